package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk assessment with an approved instrument (000:207-215, 000:365-367): which instrument, its outcome, when and by
 * whom. The outcome is the family's data: stored encrypted, never in an event or a log line.
 *
 * @param uitgevoerdDoor the professional who made the assessment
 * @param vastgelegdDoor who recorded it here
 */
public record Risicotaxatie(String id, Instrument instrument, String uitkomst, LocalDate datum, String uitgevoerdDoor, String vastgelegdDoor,
        Instant vastgelegdOp) {

    /** The instruments the seed names: ARIJ on the referral form, LIRIK on the safety plan, the Signs of Safety uitvraag. */
    public enum Instrument {
        ARIJ, LIRIK, SIGNS_OF_SAFETY
    }

    @Override
    public String toString() {
        return "Risicotaxatie[" + id + ", " + instrument + ", " + datum + ", uitkomst verborgen]";
    }
}
