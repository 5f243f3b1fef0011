package nl.jeugdlink.platform.inbound;

import java.time.Duration;

/**
 * How a batch table retries a transient failure: the binding defaults of
 * {@code spring.cloud.stream.default.consumer} (max attempts, back-off doubling from the initial to
 * the max interval), applied inside the table because in batch mode the binder does not retry.
 *
 * @param maxAttempts attempts in all, the first included
 */
public record InboundRetry(int maxAttempts, Duration initialInterval, double multiplier, Duration maxInterval) {

    public InboundRetry {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The pause after the failed attempt {@code attempt} (1-based). */
    Duration pauseAfter(int attempt) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, maxInterval.toMillis()));
    }
}
