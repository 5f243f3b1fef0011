package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.messaging.Message;

/**
 * Consumes the referral stream: received, screened (accepted) and declined referrals become
 * messages. Binding {@code aanmeldingen-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Berichtgever berichtgever;

    public AanmeldingListener(InboundEvents inbound, Berichtgever berichtgever) {
        this.inbound = inbound;
        this.berichtgever = berichtgever;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        boolean nieuw;
        if (IntakeEvents.AANMELDING_ONTVANGEN.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingOntvangen(event.id(), inbound.data(event, IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class));
        } else if (IntakeEvents.AANMELDING_GESCREEND.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingGescreend(event.id(), inbound.data(event, IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class));
        } else if (IntakeEvents.AANMELDING_AFGEWEZEN.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingAfgewezen(event.id(), inbound.data(event, IntakeEvents.AANMELDING_AFGEWEZEN, AanmeldingAfgewezen.class));
        } else {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }
}
