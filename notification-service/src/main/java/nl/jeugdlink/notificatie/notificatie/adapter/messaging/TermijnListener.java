package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.escalatie.TermijnOverschreden;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.messaging.Message;

/**
 * Consumes the deadline stream: a passed deadline goes to the teamleiders of the municipality.
 * Binding {@code termijnen-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class TermijnListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Berichtgever berichtgever;

    public TermijnListener(InboundEvents inbound, Berichtgever berichtgever) {
        this.inbound = inbound;
        this.berichtgever = berichtgever;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!EscalationEvents.TERMIJN_OVERSCHREDEN.type().equals(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        boolean nieuw = berichtgever.termijnOverschreden(event.id(),
                    Aanleidingen.van(inbound.data(event, EscalationEvents.TERMIJN_OVERSCHREDEN, TermijnOverschreden.class)));
        inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }
}
