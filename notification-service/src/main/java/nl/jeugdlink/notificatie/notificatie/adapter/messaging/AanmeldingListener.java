package nl.jeugdlink.notificatie.notificatie.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.notificatie.application.Berichtgever;
import nl.jeugdlink.notificatie.notificatie.application.VerslagVoorGezin;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.springframework.messaging.Message;

/**
 * Consumes the referral stream: received, screened (accepted) and declined referrals become
 * messages; the family's contact, shared sealed once a referral is accepted, is kept for the
 * written summaries of their conversations (and delivers those that came before it). A contact
 * that does not open goes to the dead-letter topic, kept nowhere else. Binding
 * {@code aanmeldingen-in-0}; group, retries and dead-letter topic are in application.yaml.
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final Berichtgever berichtgever;
    private final VerslagVoorGezin verslagVoorGezin;
    private final Zegels zegels;

    public AanmeldingListener(InboundEvents inbound, Berichtgever berichtgever, VerslagVoorGezin verslagVoorGezin, Zegels zegels) {
        this.inbound = inbound;
        this.berichtgever = berichtgever;
        this.verslagVoorGezin = verslagVoorGezin;
        this.zegels = zegels;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        boolean nieuw;
        if (IntakeEvents.AANMELDING_ONTVANGEN.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingOntvangen(event.id(),
                    Aanleidingen.van(inbound.data(event, IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class)));
        } else if (IntakeEvents.AANMELDING_GESCREEND.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingGescreend(event.id(),
                    Aanleidingen.van(inbound.data(event, IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class)));
        } else if (IntakeEvents.AANMELDING_AFGEWEZEN.type().equals(event.type())) {
            nieuw = berichtgever.aanmeldingAfgewezen(event.id(),
                    Aanleidingen.van(inbound.data(event, IntakeEvents.AANMELDING_AFGEWEZEN, AanmeldingAfgewezen.class)));
        } else if (IntakeEvents.GEZINSCONTACT_GEDEELD.type().equals(event.type())) {
            GezinscontactGedeeld gedeeld = inbound.data(event, IntakeEvents.GEZINSCONTACT_GEDEELD, GezinscontactGedeeld.class);
            nieuw = verslagVoorGezin.contactGedeeld(zegels.gezinscontact(gedeeld));
        } else {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        inbound.record(event, nieuw ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE);
    }
}
