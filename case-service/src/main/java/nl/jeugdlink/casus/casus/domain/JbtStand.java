package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the casus stands at the Jeugdbeschermingstafel, as the jbt-service reports it: filed, returned,
 * planned, decided, and what was decided. A fact from elsewhere, kept next to the casus (also a closed
 * one: a casus is usually closed "naar JBT" before the table sits).
 *
 * @param status INGEDIEND, TERUGGESTUURD, GEPLAND or BESLOTEN
 * @param uitkomst the decision's outcome, once decided
 * @param gesprekOp the day of the talk, once planned
 * @param evaluatieMoment the evaluation moment the table set, if any
 */
public record JbtStand(String verzoekId, Status status, @Nullable String uitkomst, @Nullable String besluitvorming,
        @Nullable LocalDate gesprekOp, @Nullable LocalDate evaluatieMoment, Instant bijgewerktOp) {

    /** In the order the table's work goes; an event never moves the stand back (a redelivery, an old event). */
    public enum Status {
        INGEDIEND(1), TERUGGESTUURD(1), GEPLAND(2), BESLOTEN(3);

        private final int fase;

        Status(int fase) {
            this.fase = fase;
        }

        public int fase() {
            return fase;
        }
    }

    /** Whether {@code nieuw} is news for this stand: a later phase, or a change within the same one. */
    public boolean wordtBijgewerktDoor(JbtStand nieuw) {
        return nieuw.status.fase > status.fase || (nieuw.status.fase == status.fase && !nieuw.equals(this) && nieuw.status != status);
    }
}
