package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusAfgesloten;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.EersteContactGelegd;
import nl.jeugdlink.contracts.casus.HulpIngezet;
import nl.jeugdlink.contracts.casus.PlanVastgesteld;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.jspecify.annotations.Nullable;

/**
 * The casus stream, as facts for the clock: which casus, who holds the regie, first contact, plan,
 * help, closure. Keyed by casus on its topic; the traject is found by the referral every casus
 * event carries. Binding {@code casussen-in-0} (group, retries, DLQ in application.yaml).
 */
public class CasusListener extends FeitListener {

    public CasusListener(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        super(inbound, bijhouden);
    }

    @Override
    @Nullable Gemeld lees(InboundEvent event) {
        String type = event.type();
        if (type.equals(CaseEvents.CASUS_GEOPEND.type())) {
            var c = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.CasusGeopend(c.casusId()));
        }
        if (type.equals(CaseEvents.REGISSEUR_GEKOPPELD.type())) {
            var c = inbound.data(event, CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                    new Feit.RegisseurGekoppeld(c.casusId(), c.regisseurId(), c.gekoppeldOp()));
        }
        if (type.equals(CaseEvents.EERSTE_CONTACT_GELEGD.type())) {
            var c = inbound.data(event, CaseEvents.EERSTE_CONTACT_GELEGD, EersteContactGelegd.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.EersteContactGelegd(c.casusId(), c.contactOp()));
        }
        if (type.equals(CaseEvents.PLAN_VASTGESTELD.type())) {
            var c = inbound.data(event, CaseEvents.PLAN_VASTGESTELD, PlanVastgesteld.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.PlanVastgesteld(c.casusId(), c.vastgesteldOp()));
        }
        if (type.equals(CaseEvents.HULP_INGEZET.type())) {
            var c = inbound.data(event, CaseEvents.HULP_INGEZET, HulpIngezet.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.HulpIngezet(c.casusId(), c.ingezetOp()));
        }
        if (type.equals(CaseEvents.CASUS_AFGESLOTEN.type())) {
            var c = inbound.data(event, CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class);
            return gemeld(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.CasusAfgesloten(c.casusId(), c.afgeslotenOp()));
        }
        // GesprekVastgelegd and later types share the topic; they start or stop no deadline.
        return null;
    }

    private static Gemeld gemeld(InboundEvent event, String casusId, String aanmeldingId, String gemeenteCode, Feit feit) {
        onderwerpIs(event, "casus", casusId);
        return new Gemeld(aanmeldingId, gemeenteCode, feit);
    }
}
