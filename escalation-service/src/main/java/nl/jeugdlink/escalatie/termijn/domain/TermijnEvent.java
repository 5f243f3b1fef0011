package nl.jeugdlink.escalatie.termijn.domain;

import org.jspecify.annotations.Nullable;

/** What happened to a deadline, with the traject it belongs to as it stood at that moment. */
public sealed interface TermijnEvent {

    Termijn termijn();

    String aanmeldingId();

    @Nullable String casusId();

    String gemeenteCode();

    default String termijnId() {
        return Termijn.id(aanmeldingId(), termijn().soort());
    }

    record Gestart(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }

    record Gestopt(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }

    record Overschreden(Termijn termijn, String aanmeldingId, @Nullable String casusId, String gemeenteCode) implements TermijnEvent {
    }
}
