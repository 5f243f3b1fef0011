package nl.jeugdlink.escalatie.escalatie.adapter.messaging;

import java.util.Objects;
import nl.jeugdlink.contracts.escalatie.EscalatieGestart;
import nl.jeugdlink.contracts.escalatie.EscalatieverslagGoedgekeurd;
import nl.jeugdlink.contracts.escalatie.EscalatieverslagOpgesteld;
import nl.jeugdlink.contracts.escalatie.EscalatiestapAfgerond;
import nl.jeugdlink.contracts.escalatie.EscalatiestapGezet;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.escalatie.GezinGeinformeerdOverEscalatie;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.EscalatieEvent;
import nl.jeugdlink.escalatie.escalatie.domain.Stap;
import nl.jeugdlink.platform.persistence.ContractEvent;

/**
 * Maps what happened in an escalation to the published contracts: ids, codes, numbers and moments.
 * Names, the minutes' text, reactions and the family's explanation stay at the service. The feature's
 * configuration hands {@link #toContract} to the store as its {@code EventMapper}.
 */
public final class EscalatieContracts {

    private EscalatieContracts() {
    }

    public static ContractEvent toContract(EscalatieEvent event) {
        Escalatie e = event.escalatie();
        int situatie = e.situatie().nummer();
        return switch (event) {
            case EscalatieEvent.Gestart g -> new ContractEvent(EscalationEvents.ESCALATIE_GESTART, new EscalatieGestart(e.id(), e.aanmeldingId(),
                    e.casusId(), e.gemeenteCode(), situatie, e.partijen().stream().map(Enum::name).sorted().toList(), e.geopendOp()));
            case EscalatieEvent.StapGezet g -> new ContractEvent(EscalationEvents.ESCALATIESTAP_GEZET, new EscalatiestapGezet(e.id(),
                    e.aanmeldingId(), e.casusId(), e.gemeenteCode(), situatie, g.stap().nummer(), g.stap().gezetAls().name(),
                    g.stap().ambtelijkBetrokken(), g.stap().gezetOp()));
            case EscalatieEvent.StapAfgerond a -> new ContractEvent(EscalationEvents.ESCALATIESTAP_AFGEROND, new EscalatiestapAfgerond(e.id(),
                    e.aanmeldingId(), e.casusId(), e.gemeenteCode(), situatie, a.stap().nummer(),
                    Objects.requireNonNull(a.stap().uitkomst(), "uitkomst").name(), a.stap().gezetOp(),
                    Objects.requireNonNull(a.stap().afgerondOp(), "afgerondOp")));
            case EscalatieEvent.GezinGeinformeerd g -> {
                Integer stap = g.informatie().stap();
                yield new ContractEvent(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, new GezinGeinformeerdOverEscalatie(e.id(),
                        e.aanmeldingId(), e.casusId(), e.gemeenteCode(), situatie, stap, stap == null ? null : Stap.aanZet(stap).name(),
                        g.informatie().moment().name(), g.informatie().op()));
            }
            case EscalatieEvent.VerslagOpgesteld v -> new ContractEvent(EscalationEvents.ESCALATIEVERSLAG_OPGESTELD, new EscalatieverslagOpgesteld(
                    v.verslag().id(), e.id(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), situatie, v.verslag().stap(), v.verslag().vergaderdOp(),
                    v.verslag().deelnemers(), v.verslag().opgesteldOp()));
            case EscalatieEvent.VerslagGoedgekeurd v -> new ContractEvent(EscalationEvents.ESCALATIEVERSLAG_GOEDGEKEURD,
                    new EscalatieverslagGoedgekeurd(v.verslag().id(), e.id(), e.aanmeldingId(), e.casusId(), e.gemeenteCode(), situatie,
                            v.verslag().stap(), Objects.requireNonNull(v.verslag().goedgekeurdOp(), "goedgekeurdOp")));
        };
    }
}
