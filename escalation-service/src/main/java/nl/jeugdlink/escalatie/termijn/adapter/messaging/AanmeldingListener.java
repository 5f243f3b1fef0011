package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import org.springframework.messaging.Message;

/**
 * The intake's referral stream, as facts for the clock: a referral received starts the
 * first-contact deadline, a declined one ends the traject, a screening names the team.
 * Binding {@code aanmeldingen-in-0} (group, retries, DLQ in application.yaml).
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    static final String ANONIEM_CONSULT = "ANONIEM_CONSULT";

    private final InboundEvents inbound;
    private final FeitVerwerker verwerker;

    public AanmeldingListener(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        this.inbound = inbound;
        this.verwerker = new FeitVerwerker(inbound, bijhouden);
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        String type = event.type();
        if (type.equals(IntakeEvents.AANMELDING_ONTVANGEN.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class);
            subjectIs(event, a.aanmeldingId());
            boolean termijnPlichtig = !ANONIEM_CONSULT.equals(a.soort()) && a.toestemmingOuders();
            verwerker.verwerk(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Ontvangen(a.ontvangenOp(), termijnPlichtig));
        } else if (type.equals(IntakeEvents.AANMELDING_AFGEWEZEN.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_AFGEWEZEN, AanmeldingAfgewezen.class);
            subjectIs(event, a.aanmeldingId());
            verwerker.verwerk(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Afgewezen(a.afgewezenOp()));
        } else if (type.equals(IntakeEvents.AANMELDING_GESCREEND.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class);
            subjectIs(event, a.aanmeldingId());
            Set<String> team = new TreeSet<>();
            team.add(a.gedragswetenschapperId());
            team.add(a.teamleiderId());
            a.gekoppeldeProfessionals().forEach(k -> team.add(k.medewerkerId()));
            verwerker.verwerk(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Gescreend(team));
        } else {
            // StartoverlegGepland and later types share the topic; they start no deadline here.
            inbound.record(event, InboundEvents.Outcome.IGNORED);
        }
    }

    private static void subjectIs(InboundEvent event, String aanmeldingId) {
        if (!aanmeldingId.equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the aanmelding " + aanmeldingId);
        }
    }
}
