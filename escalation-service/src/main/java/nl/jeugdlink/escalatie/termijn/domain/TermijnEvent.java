package nl.jeugdlink.escalatie.termijn.domain;

import org.jspecify.annotations.Nullable;

/** What happened to a deadline, with the traject it belongs to as it stood at that moment. */
public sealed interface TermijnEvent {

    Termijn termijn();

    String aanmeldingId();

    @Nullable String casusId();

    String gemeenteCode();

    default String termijnId() {
        return termijn().id();
    }

    record Gestart(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }

    record Gestopt(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }

    record Overschreden(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }

    /** Still not met after its breach was reported: the breach now reaches the next person ({@code wie}), once; so many working days late by then. */
    record Opgeschaald(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode, Betrokkene wie, int werkdagenTeLaat)
            implements TermijnEvent {
    }

    /**
     * A breach reported earlier is withdrawn: the fact that met the deadline arrived after the breach but names a moment on or before
     * its last day, so it is met on time ({@link Gestopt} with GEHAALD, just before this). Tells those the breach reached: the deadline's
     * {@code betrokkene} and, when it got that far, the next person ({@code opgeschaaldNaar}). Once per deadline, ever (ADR 0041).
     */
    record OverschrijdingIngetrokken(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode,
            @Nullable Betrokkene opgeschaaldNaar) implements TermijnEvent {
    }

    /** Suspended, resumed or extended: the termijn's latest history entry says which, by whom and why. */
    record Gewijzigd(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {

        public Wijziging wijziging() {
            return termijn.laatsteWijziging();
        }
    }
}
