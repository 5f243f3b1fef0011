package nl.jeugdlink.casus.casus.adapter.messaging;

import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.application.OpeningCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusGeweigerd;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.springframework.messaging.Message;

/**
 * Consumes the intake's referral stream and opens a casus for each referral that needs one.
 * Binding {@code aanmeldingOntvangen-in-0}: group, retries, back-off and dead-letter topic are in
 * application.yaml. Unreadable and rejected events go to the dead-letter topic; a store outage is
 * thrown on, so the binding retries it.
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final OpeningCasus opening;

    public AanmeldingListener(InboundEvents inbound, OpeningCasus opening) {
        this.inbound = inbound;
        this.opening = opening;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!IntakeEvents.AANMELDING_ONTVANGEN.type().equals(event.type())) {
            // Later intake events share the topic; this consumer only opens casussen.
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        AanmeldingOntvangen aanmelding = inbound.data(event, IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class);
        if (!aanmelding.aanmeldingId().equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the aanmelding " + aanmelding.aanmeldingId());
        }
        try {
            var uitkomst = opening.open(new Casus.Aanmelding(aanmelding.aanmeldingId(), aanmelding.gemeenteCode(), aanmelding.soort(),
                    aanmelding.verwijzer().organisatie(), aanmelding.verwijzer().medewerkerId(), aanmelding.toestemmingOuders()));
            inbound.record(event, switch (uitkomst) {
                case GEOPEND -> InboundEvents.Outcome.APPLIED;
                case AL_GEOPEND -> InboundEvents.Outcome.DUPLICATE;
                case NIET_VAN_TOEPASSING -> InboundEvents.Outcome.IGNORED;
            });
        } catch (CasusGeweigerd e) {
            throw new RejectedEventException(e.getMessage());
        }
    }
}
