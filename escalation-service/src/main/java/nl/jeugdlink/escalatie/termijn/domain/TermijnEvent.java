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

    /** Suspended, resumed or extended: the termijn's latest history entry says which, by whom and why. */
    record Gewijzigd(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {

        public Wijziging wijziging() {
            return termijn.laatsteWijziging();
        }
    }
}
