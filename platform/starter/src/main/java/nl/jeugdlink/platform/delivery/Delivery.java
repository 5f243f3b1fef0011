package nl.jeugdlink.platform.delivery;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One unit of outbound work and its delivery log line: every attempt made, in order, each recorded
 * before it was sent.
 *
 * @param id the service's id for what is delivered; also what a repeat is recognised by downstream
 * @param channel which {@link DeliveryChannel} sends it
 * @param destination where it goes, as far as failing goes: the circuit breaker and retry instances are named after it
 * @param label what the service groups it by in its metrics (an e-mail's template); no personal data
 * @param status where it stands
 * @param attempts every attempt, oldest first
 * @param createdAt when it was handed over for delivery
 * @param nextAttemptAt not tried before this moment (back-off, or the lease of a sender at work); null once it stopped
 * @param sentAt when the peer accepted it
 * @param reason why it waits (the last failure), or why it was parked or given up
 */
public record Delivery(String id, String channel, String destination, String label, Status status, List<Attempt> attempts, Instant createdAt,
        @Nullable Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String reason) {

    public Delivery {
        attempts = List.copyOf(attempts);
    }

    public enum Status {
        /** Not yet accepted; the round keeps trying. */
        PENDING,
        /** Accepted by the peer. Final. */
        SENT,
        /** The channel said it cannot go as it is; kept with the reason until someone releases it. */
        PARKED,
        /** Tried for longer than the give-up term; kept with the last reason. */
        GIVEN_UP
    }

    /**
     * One attempt to send.
     *
     * @param number 1, 2, ...
     * @param startedAt when it was recorded, just before sending
     * @param endedAt when its outcome was written; null while it runs or when it never was
     * @param outcome what became of it
     * @param error why it failed
     */
    public record Attempt(int number, Instant startedAt, @Nullable Instant endedAt, Outcome outcome, @Nullable String error) {

        public enum Outcome {
            /** Recorded, about to be sent or being sent. */
            STARTED,
            SENT,
            FAILED,
            /**
             * The sender stopped (a crash, a kill) after recording the attempt and before writing its outcome:
             * the peer may have accepted it. Found so when the lease ran out and the next sender claimed it.
             */
            UNKNOWN
        }
    }

    /** Attempts made so far - every one, also those whose outcome was never written. */
    public int attemptCount() {
        return attempts.size();
    }

    public @Nullable Attempt lastAttempt() {
        return attempts.isEmpty() ? null : attempts.getLast();
    }
}
