package nl.jeugdlink.platform.persistence;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * How often, and how far apart, a write that lost a race is tried again: the one policy of every
 * repository ({@code jeugdlink.persistence.retry.*}). The pause doubles from {@code initialBackoff} up
 * to {@code maxBackoff} and is drawn at random below that bound ("full jitter"), so that writers that
 * collided once do not collide again in step.
 *
 * @param maxAttempts attempts in all, the first included; at least 1
 * @param initialBackoff the bound of the pause after the first lost attempt
 * @param maxBackoff the largest bound of any pause
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
    }

    /**
     * Runs {@code attempt} until it returns or throws something other than {@code retryOn}; after
     * {@link #maxAttempts} lost attempts the last {@code retryOn} is thrown on, so an inbound binding
     * retries later and a web request answers 409.
     */
    public <T> T run(Class<? extends RuntimeException> retryOn, Supplier<T> attempt) {
        for (int poging = 1; ; poging++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (!retryOn.isInstance(e) || poging >= maxAttempts) {
                    throw e;
                }
                pauseAfter(poging);
            }
        }
    }

    /** The bound of the pause after {@code lostAttempts}: doubled each time, capped at {@link #maxBackoff}. */
    Duration backoffBound(int lostAttempts) {
        long initial = initialBackoff.toNanos();
        if (initial == 0) {
            return Duration.ZERO;
        }
        long bound = initial << Math.min(lostAttempts - 1, 30);
        return Duration.ofNanos(bound <= 0 ? maxBackoff.toNanos() : Math.min(bound, maxBackoff.toNanos()));
    }

    private void pauseAfter(int lostAttempts) {
        long bound = backoffBound(lostAttempts).toNanos();
        if (bound <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(ThreadLocalRandom.current().nextLong(bound + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write again", e);
        }
    }
}
