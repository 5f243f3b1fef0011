package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;

/** A fact of the casus with when it happened and who recorded it (plan fixed, help started). */
public record Vastlegging(Instant op, String door) {
}
