package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.function.Consumer;
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
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.springframework.messaging.Message;

/**
 * The casus stream, as facts for the clock: which casus, who holds the regie, first contact, plan,
 * help, closure. Keyed by casus on its topic; the traject is found by the referral every casus
 * event carries. Binding {@code casussen-in-0} (group, retries, DLQ in application.yaml).
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final FeitVerwerker verwerker;

    public CasusListener(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        this.inbound = inbound;
        this.verwerker = new FeitVerwerker(inbound, bijhouden);
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        String type = event.type();
        if (type.equals(CaseEvents.CASUS_GEOPEND.type())) {
            var c = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.CasusGeopend(c.casusId()));
        } else if (type.equals(CaseEvents.REGISSEUR_GEKOPPELD.type())) {
            var c = inbound.data(event, CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(),
                    new Feit.RegisseurGekoppeld(c.casusId(), c.regisseurId(), c.gekoppeldOp()));
        } else if (type.equals(CaseEvents.EERSTE_CONTACT_GELEGD.type())) {
            var c = inbound.data(event, CaseEvents.EERSTE_CONTACT_GELEGD, EersteContactGelegd.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.EersteContactGelegd(c.casusId(), c.contactOp()));
        } else if (type.equals(CaseEvents.PLAN_VASTGESTELD.type())) {
            var c = inbound.data(event, CaseEvents.PLAN_VASTGESTELD, PlanVastgesteld.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.PlanVastgesteld(c.casusId(), c.vastgesteldOp()));
        } else if (type.equals(CaseEvents.HULP_INGEZET.type())) {
            var c = inbound.data(event, CaseEvents.HULP_INGEZET, HulpIngezet.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.HulpIngezet(c.casusId(), c.ingezetOp()));
        } else if (type.equals(CaseEvents.CASUS_AFGESLOTEN.type())) {
            var c = inbound.data(event, CaseEvents.CASUS_AFGESLOTEN, CasusAfgesloten.class);
            verwerk(event, c.casusId(), c.aanmeldingId(), c.gemeenteCode(), new Feit.CasusAfgesloten(c.casusId(), c.afgeslotenOp()));
        } else {
            // GesprekVastgelegd and later types share the topic; they start or stop no deadline.
            inbound.record(event, InboundEvents.Outcome.IGNORED);
        }
    }

    private void verwerk(InboundEvent event, String casusId, String aanmeldingId, String gemeenteCode, Feit feit) {
        if (!casusId.equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the casus " + casusId);
        }
        verwerker.verwerk(event, aanmeldingId, gemeenteCode, feit);
    }
}
