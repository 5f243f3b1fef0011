package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Objects;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.escalatie.TermijnGestart;
import nl.jeugdlink.contracts.escalatie.TermijnGestopt;
import nl.jeugdlink.contracts.escalatie.TermijnHervat;
import nl.jeugdlink.contracts.escalatie.TermijnOpgeschaald;
import nl.jeugdlink.contracts.escalatie.TermijnOpgeschort;
import nl.jeugdlink.contracts.escalatie.TermijnOverschreden;
import nl.jeugdlink.contracts.escalatie.TermijnOverschrijdingIngetrokken;
import nl.jeugdlink.contracts.escalatie.TermijnVerlengd;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Wijziging;
import nl.jeugdlink.platform.persistence.ContractEvent;

/**
 * Maps what happened to a deadline to the published contracts: ids, days and moments, no personal
 * data (a suspension's or extension's reason stays in the deadline's history). The feature's
 * configuration hands {@link #toContract} to the store as its {@code EventMapper}.
 */
public final class TermijnContracts {

    private TermijnContracts() {
    }

    public static ContractEvent toContract(TermijnEvent event) {
        Termijn t = event.termijn();
        String soort = t.soort().name();
        return switch (event) {
            case TermijnEvent.Gestart e -> new ContractEvent(EscalationEvents.TERMIJN_GESTART, new TermijnGestart(
                    e.termijnId(), soort, e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.werkdagen(), t.gestartOp(), t.uiterlijk(),
                    t.onderwerp(), t.betrokkene().rol(), t.betrokkene().organisatie()));
            case TermijnEvent.Gestopt e -> new ContractEvent(EscalationEvents.TERMIJN_GESTOPT, new TermijnGestopt(
                    e.termijnId(), soort, e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.status().name(), t.uiterlijk(),
                    Objects.requireNonNull(t.gestoptOp(), "gestoptOp"), t.onderwerp()));
            case TermijnEvent.Overschreden e -> new ContractEvent(EscalationEvents.TERMIJN_OVERSCHREDEN, new TermijnOverschreden(
                    e.termijnId(), soort, e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.uiterlijk(),
                    Objects.requireNonNull(t.overschredenOp(), "overschredenOp"), Objects.requireNonNull(t.werkdagenTeLaat(), "werkdagenTeLaat"),
                    t.onderwerp(), t.betrokkene().rol(), t.betrokkene().organisatie()));
            case TermijnEvent.Opgeschaald e -> new ContractEvent(EscalationEvents.TERMIJN_OPGESCHAALD, new TermijnOpgeschaald(
                    e.termijnId(), soort, e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.uiterlijk(),
                    Objects.requireNonNull(t.opgeschaaldOp(), "opgeschaaldOp"), e.werkdagenTeLaat(),
                    t.onderwerp(), e.wie().rol(), e.wie().organisatie()));
            case TermijnEvent.OverschrijdingIngetrokken e -> new ContractEvent(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN,
                    new TermijnOverschrijdingIngetrokken(e.termijnId(), soort, e.aanmeldingId(), e.casusId(), e.gemeenteCode(), t.uiterlijk(),
                            Objects.requireNonNull(t.gestoptOp(), "gestoptOp"), Objects.requireNonNull(t.overschredenOp(), "overschredenOp"),
                            Objects.requireNonNull(t.werkdagenTeLaat(), "werkdagenTeLaat"), t.onderwerp(), t.betrokkene().rol(),
                            t.betrokkene().organisatie(), e.opgeschaaldNaar() == null ? null : t.opgeschaaldOp(),
                            e.opgeschaaldNaar() == null ? null : e.opgeschaaldNaar().rol(),
                            e.opgeschaaldNaar() == null ? null : e.opgeschaaldNaar().organisatie()));
            case TermijnEvent.Gewijzigd e -> gewijzigd(e, soort);
        };
    }

    private static ContractEvent gewijzigd(TermijnEvent.Gewijzigd e, String soort) {
        Termijn t = e.termijn();
        Wijziging w = e.wijziging();
        return switch (w.aard()) {
            case OPGESCHORT -> new ContractEvent(EscalationEvents.TERMIJN_OPGESCHORT, new TermijnOpgeschort(
                    e.termijnId(), soort, t.onderwerp(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), w.op(), w.door(), w.uiterlijk()));
            case HERVAT -> new ContractEvent(EscalationEvents.TERMIJN_HERVAT, new TermijnHervat(
                    e.termijnId(), soort, t.onderwerp(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), w.op(), w.door(), w.werkdagen(),
                    w.uiterlijk()));
            case VERLENGD -> new ContractEvent(EscalationEvents.TERMIJN_VERLENGD, new TermijnVerlengd(
                    e.termijnId(), soort, t.onderwerp(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), w.op(), w.door(), w.werkdagen(),
                    w.uiterlijk()));
        };
    }
}
