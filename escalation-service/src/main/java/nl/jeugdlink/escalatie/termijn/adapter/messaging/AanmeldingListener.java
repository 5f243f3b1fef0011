package nl.jeugdlink.escalatie.termijn.adapter.messaging;

import java.util.Set;
import java.util.TreeSet;
import nl.jeugdlink.contracts.intake.AanmeldingAfgewezen;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.AanmeldingOntvangen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.escalatie.termijn.application.BijhoudenTermijnen;
import nl.jeugdlink.escalatie.termijn.domain.Feit;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import org.jspecify.annotations.Nullable;

/**
 * The intake's referral stream, as facts for the clock: a referral received starts the
 * first-contact deadline, a declined one ends the traject, a screening names the team.
 * Binding {@code aanmeldingen-in-0} (group, retries, DLQ in application.yaml).
 */
public class AanmeldingListener extends FeitListener {

    static final String ANONIEM_CONSULT = "ANONIEM_CONSULT";

    public AanmeldingListener(InboundEvents inbound, BijhoudenTermijnen bijhouden) {
        super(inbound, bijhouden);
    }

    @Override
    @Nullable Gemeld lees(InboundEvent event) {
        String type = event.type();
        if (type.equals(IntakeEvents.AANMELDING_ONTVANGEN.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_ONTVANGEN, AanmeldingOntvangen.class);
            boolean termijnPlichtig = !ANONIEM_CONSULT.equals(a.soort()) && a.toestemmingOuders();
            return gemeld(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Ontvangen(a.ontvangenOp(), termijnPlichtig));
        }
        if (type.equals(IntakeEvents.AANMELDING_AFGEWEZEN.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_AFGEWEZEN, AanmeldingAfgewezen.class);
            return gemeld(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Afgewezen(a.afgewezenOp()));
        }
        if (type.equals(IntakeEvents.AANMELDING_GESCREEND.type())) {
            var a = inbound.data(event, IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class);
            Set<String> team = new TreeSet<>();
            team.add(a.gedragswetenschapperId());
            team.add(a.teamleiderId());
            a.gekoppeldeProfessionals().forEach(k -> team.add(k.medewerkerId()));
            return gemeld(event, a.aanmeldingId(), a.gemeenteCode(), new Feit.Gescreend(team));
        }
        // StartoverlegGepland and later types share the topic; they start no deadline here.
        return null;
    }

    private static Gemeld gemeld(InboundEvent event, String aanmeldingId, String gemeenteCode, Feit feit) {
        onderwerpIs(event, "aanmelding", aanmeldingId);
        return new Gemeld(aanmeldingId, gemeenteCode, feit);
    }
}
