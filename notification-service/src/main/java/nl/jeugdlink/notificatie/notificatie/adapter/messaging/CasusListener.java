package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.contracts.casus.RegisseurGekoppeld;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream: a coupled regisseur hears of it; an opened casus links casus and
 * referral (no mail: see {@link Berichtgever#casusGeopend}). GesprekVastgelegd is not handled yet:
 * the family's address, for the written summary, is personal data that no event may carry.
 * Binding {@code casussen-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Berichtgever berichtgever;

    public CasusListener(InboundEvents inbound, Berichtgever berichtgever) {
        this.inbound = inbound;
        this.berichtgever = berichtgever;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (CaseEvents.REGISSEUR_GEKOPPELD.type().equals(event.type())) {
            boolean nieuw = berichtgever.regisseurGekoppeld(event.id(), inbound.data(event, CaseEvents.REGISSEUR_GEKOPPELD, RegisseurGekoppeld.class));
            inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
        } else if (CaseEvents.CASUS_GEOPEND.type().equals(event.type())) {
            CasusGeopend geopend = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
            berichtgever.casusGeopend(geopend.casusId(), geopend.aanmeldingId());
            inbound.record(event, InboundEvents.Outcome.APPLIED);
        } else {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
        }
    }
}
