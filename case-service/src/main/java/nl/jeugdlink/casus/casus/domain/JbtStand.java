package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * @param eerdereVerzoekIds the casus's earlier requests, oldest first: a casus can come back to the table after a
 *        decision with a request of its own (the jbt-service's {@code verzoekreeksen}), and the stand follows the newest
 */
public record JbtStand(String verzoekId, Status status, @Nullable String uitkomst, @Nullable String besluitvorming,
        @Nullable LocalDate gesprekOp, @Nullable LocalDate evaluatieMoment, Instant bijgewerktOp, List<String> eerdereVerzoekIds) {

    public JbtStand {
        eerdereVerzoekIds = List.copyOf(eerdereVerzoekIds);
    }

    /** What one event of one request says, before it is held against the stand. */
    public JbtStand(String verzoekId, Status status, @Nullable String uitkomst, @Nullable String besluitvorming,
            @Nullable LocalDate gesprekOp, @Nullable LocalDate evaluatieMoment, Instant bijgewerktOp) {
        this(verzoekId, status, uitkomst, besluitvorming, gesprekOp, evaluatieMoment, bijgewerktOp, List.of());
    }

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

    /**
     * The stand after {@code nieuw}, or empty when it is no news. Within one request: a later phase, or a change within the
     * same one (a redelivery or an old event never moves it back). Another request: one of the earlier ones is old news;
     * any other is the casus's newer request (the jbt-service files the next only after a decision, and publishes all of a
     * casus's requests keyed by the casus, so they arrive in order), and the stand moves to it, remembering this one.
     */
    public java.util.Optional<JbtStand> na(JbtStand nieuw) {
        if (nieuw.verzoekId.equals(verzoekId)) {
            boolean nieuws = nieuw.status.fase > status.fase || (nieuw.status.fase == status.fase && nieuw.status != status);
            return nieuws ? java.util.Optional.of(nieuw.metEerdere(eerdereVerzoekIds)) : java.util.Optional.empty();
        }
        if (eerdereVerzoekIds.contains(nieuw.verzoekId)) {
            return java.util.Optional.empty();
        }
        List<String> eerdere = new ArrayList<>(eerdereVerzoekIds);
        eerdere.add(verzoekId);
        return java.util.Optional.of(nieuw.metEerdere(eerdere));
    }

    private JbtStand metEerdere(List<String> eerdere) {
        return new JbtStand(verzoekId, status, uitkomst, besluitvorming, gesprekOp, evaluatieMoment, bijgewerktOp, eerdere);
    }
}
