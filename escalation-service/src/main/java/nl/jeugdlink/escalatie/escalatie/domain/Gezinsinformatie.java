package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * That the family was informed (seed 002:834): beforehand, or afterwards with the explanation the
 * professional must be able to give. The explanation stays here; it never goes on Kafka.
 *
 * @param stap the step under way when they were informed; null before the first step
 */
public record Gezinsinformatie(Moment moment, Instant op, String door, @Nullable Integer stap, @Nullable String uitleg) {

    public enum Moment { VOORAF, ACHTERAF }
}
