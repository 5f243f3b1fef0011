package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.CasusGeopend;
import nl.jeugdlink.notificatie.notificatie.application.NotifyingVerwijzer;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.messaging.Message;

/**
 * Consumes the casus stream and records the messages it calls for. Binding
 * {@code casusGeopend-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class CasusListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final NotifyingVerwijzer notifying;

    public CasusListener(InboundEvents inbound, NotifyingVerwijzer notifying) {
        this.inbound = inbound;
        this.notifying = notifying;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!CaseEvents.CASUS_GEOPEND.type().equals(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        CasusGeopend geopend = inbound.data(event, CaseEvents.CASUS_GEOPEND, CasusGeopend.class);
        boolean nieuw = notifying.casusGeopend(event.id(), geopend.casusId(), geopend.gemeenteCode(), geopend.dossierhouder().medewerkerId());
        inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }
}
