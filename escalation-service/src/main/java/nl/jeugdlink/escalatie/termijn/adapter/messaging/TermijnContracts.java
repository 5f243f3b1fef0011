package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Objects;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.escalatie.TermijnGestart;
import nl.jeugdlink.contracts.escalatie.TermijnGestopt;
import nl.jeugdlink.contracts.escalatie.TermijnOverschreden;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;

/** Maps what happened to a deadline to the published contracts: ids, days and moments, no personal data. */
public final class TermijnContracts {

    /** A contract payload with the event type it is published as. */
    public record Uitgaand(EventType type, Record payload) {
    }

    private TermijnContracts() {
    }

    public static Uitgaand toContract(TermijnEvent event) {
        Termijn t = event.termijn();
        return switch (event) {
            case TermijnEvent.Gestart e -> new Uitgaand(EscalationEvents.TERMIJN_GESTART, new TermijnGestart(
                    e.termijnId(), t.soort().name(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.werkdagen(), t.gestartOp(), t.uiterlijk()));
            case TermijnEvent.Gestopt e -> new Uitgaand(EscalationEvents.TERMIJN_GESTOPT, new TermijnGestopt(
                    e.termijnId(), t.soort().name(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.status().name(), t.uiterlijk(),
                    Objects.requireNonNull(t.gestoptOp(), "gestoptOp")));
            case TermijnEvent.Overschreden e -> new Uitgaand(EscalationEvents.TERMIJN_OVERSCHREDEN, new TermijnOverschreden(
                    e.termijnId(), t.soort().name(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.uiterlijk(),
                    Objects.requireNonNull(t.overschredenOp(), "overschredenOp"), Objects.requireNonNull(t.werkdagenTeLaat(), "werkdagenTeLaat")));
        };
    }
}
