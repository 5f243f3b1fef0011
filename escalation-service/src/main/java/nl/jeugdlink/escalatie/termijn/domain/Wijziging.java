package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry in a deadline's history: who suspended, resumed or extended it, when, why, and where
 * that left its last day.
 *
 * @param werkdagen the working days it moved (0 for a suspension; the days suspended for a resumption)
 * @param uiterlijk the last day after this change
 */
public record Wijziging(Aard aard, Instant op, String door, String reden, int werkdagen, LocalDate uiterlijk) {

    public enum Aard { OPGESCHORT, HERVAT, VERLENGD }
}
