package nl.jeugdlink.casus.casus.adapter.messaging;

import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.EersteContactGelegd;
import nl.jeugdlink.contracts.casus.GesprekVastgelegd;
import nl.jeugdlink.contracts.casus.HulpIngezet;
import nl.jeugdlink.contracts.casus.PlanVastgesteld;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;

/**
 * Maps the casus's domain events to its published contracts: ids and facts, no personal data. A
 * conversation's summary stays in the case-service; no mapping here reads it.
 */
public final class CasusContracts {

    /** A contract payload with the event type it is published as. */
    public record Uitgaand(EventType type, Record payload) {
    }

    private CasusContracts() {
    }

    public static Uitgaand toContract(CasusEvent event) {
        Casus c = event.casus();
        String casusId = c.id().toString();
        return switch (event) {
            case CasusEvent.Geopend g -> new Uitgaand(CaseEvents.CASUS_GEOPEND, new CasusGeopend(casusId, c.aanmeldingId(), c.gemeenteCode(),
                    new CasusGeopend.Dossierhouder(c.dossierhouder().rol().name(), c.dossierhouder().organisatie(), c.dossierhouder().medewerkerId()),
                    c.geopendOp()));
            case CasusEvent.RegisseurGekoppeld r -> new Uitgaand(CaseEvents.REGISSEUR_GEKOPPELD, new RegisseurGekoppeld(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), r.regisseurId(), r.vorigeDossierhouderId(), r.door(), r.op()));
            case CasusEvent.GesprekVastgelegd v -> {
                var g = v.gesprek();
                yield new Uitgaand(CaseEvents.GESPREK_VASTGELEGD, new GesprekVastgelegd(casusId, c.aanmeldingId(), c.gemeenteCode(),
                        g.gesprekId(), g.soort().name(), g.gehoudenOp(), g.professionals(), g.gezinAanwezig(),
                        g.kindcontacten().stream().map(k -> new GesprekVastgelegd.Kindcontact(k.kindId(), k.gezien(), k.gesproken())).toList(),
                        g.netwerkUitgenodigd(), g.verslagGedeeldMetGezin(), g.vastgelegdDoor(), g.vastgelegdOp()));
            }
            case CasusEvent.EersteContactGelegd e -> new Uitgaand(CaseEvents.EERSTE_CONTACT_GELEGD, new EersteContactGelegd(casusId,
                    c.aanmeldingId(), c.gemeenteCode(), e.gesprekId(), e.contactOp(), e.medewerkerId()));
            case CasusEvent.PlanVastgesteld p -> new Uitgaand(CaseEvents.PLAN_VASTGESTELD, new PlanVastgesteld(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), p.op(), p.door()));
            case CasusEvent.HulpIngezet h -> new Uitgaand(CaseEvents.HULP_INGEZET, new HulpIngezet(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), h.op(), h.door()));
            case CasusEvent.Afgesloten a -> new Uitgaand(CaseEvents.CASUS_AFGESLOTEN, new CasusAfgesloten(casusId, c.aanmeldingId(),
                    c.gemeenteCode(), a.afsluiting().reden().name(), a.afsluiting().door(), a.afsluiting().op()));
        };
    }
}
