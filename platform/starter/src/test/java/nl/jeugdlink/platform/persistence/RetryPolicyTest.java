package nl.jeugdlink.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void succeedsOnTheAttemptAfterALostRace() {
        AtomicInteger attempts = new AtomicInteger();

        String outcome = policy.run(OptimisticLockingFailureException.class, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("lost");
            }
            return "written";
        });

        assertThat(outcome).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void throwsTheLastConflictOnceEveryAttemptIsSpent() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> policy.run(OptimisticLockingFailureException.class, () -> {
            throw new OptimisticLockingFailureException("lost " + attempts.incrementAndGet());
        })).isInstanceOf(OptimisticLockingFailureException.class).hasMessage("lost 4");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void doesNotRetryAFailureOfAnotherKind() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> policy.run(OptimisticLockingFailureException.class, () -> {
            attempts.incrementAndGet();
            throw new DuplicateKeyException("E11000");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void backOffDoublesUpToItsCap() {
        assertThat(policy.backoffBound(1)).isEqualTo(Duration.ofMillis(1));
        assertThat(policy.backoffBound(2)).isEqualTo(Duration.ofMillis(2));
        assertThat(policy.backoffBound(3)).isEqualTo(Duration.ofMillis(4));
        assertThat(policy.backoffBound(40)).isEqualTo(Duration.ofMillis(4));
    }

    @Test
    void refusesAPolicyWithoutAnAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
