package nl.jeugdlink.casus.casus.adapter.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.application.OpeningCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusGeweigerd;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import org.springframework.messaging.Message;

/**
 * Consumes the intake's referral stream and opens a casus for each screened referral: the GW and
 * teamleider accepted it and coupled the team (000:163). The other events of the stream (received,
 * refused, startoverleg planned) are acknowledged and ignored. Binding {@code aanmeldingGescreend-in-0}:
 * group, retries, back-off and dead-letter topic are in application.yaml. Unreadable and rejected
 * events go to the dead-letter topic; a store outage is thrown on, so the binding retries it.
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    private final InboundEvents inbound;
    private final OpeningCasus opening;
    private final MeterRegistry meters;
    private final DistributionSummary kinderenPerCasus;
    private final DistributionSummary professionalsBijScreening;

    public AanmeldingListener(InboundEvents inbound, OpeningCasus opening, MeterRegistry meters) {
        this.inbound = inbound;
        this.opening = opening;
        this.meters = meters;
        this.kinderenPerCasus = DistributionSummary.builder("jeugdlink.casus.kinderen")
                .description("Children per casus (000:135), at opening")
                .register(meters);
        this.professionalsBijScreening = DistributionSummary.builder("jeugdlink.casus.professionals")
                .description("JeugdLink professionals who supported the family (000:136): coupled at screening, and in all at closure")
                .tag("moment", "screening")
                .register(meters);
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent event = inbound.read(message);
        if (!IntakeEvents.AANMELDING_GESCREEND.type().equals(event.type())) {
            inbound.record(event, InboundEvents.Outcome.IGNORED);
            return;
        }
        // The producer's schema is the contract: a payload that breaks it (a missing list, an unknown
        // age band) is unreadable here rather than a half-opened casus or an endless retry.
        var violations = SchemaCheck.violations(IntakeEvents.AANMELDING_GESCREEND, new String(event.data(), StandardCharsets.UTF_8));
        if (!violations.isEmpty()) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " breaks its schema: " + violations);
        }
        AanmeldingGescreend gescreend = inbound.data(event, IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class);
        if (!gescreend.aanmeldingId().equals(event.subject())) {
            throw new RejectedEventException("subject " + event.subject() + " is not the aanmelding " + gescreend.aanmeldingId());
        }
        Casus.Screening screening = screening(gescreend);
        try {
            var uitkomst = opening.open(screening);
            if (uitkomst == OpeningCasus.Uitkomst.GEOPEND) {
                meetOpening(screening);
            }
            inbound.record(event, switch (uitkomst) {
                case GEOPEND -> InboundEvents.Outcome.APPLIED;
                case AL_GEOPEND -> InboundEvents.Outcome.DUPLICATE;
                case NIET_VAN_TOEPASSING -> InboundEvents.Outcome.IGNORED;
            });
        } catch (CasusGeweigerd e) {
            throw new RejectedEventException(e.getMessage());
        }
    }

    private static Casus.Screening screening(AanmeldingGescreend g) {
        return new Casus.Screening(g.aanmeldingId(), g.gemeenteCode(), g.soort(), g.verwijzer().organisatie(), g.verwijzer().medewerkerId(),
                g.gedragswetenschapperId(), g.teamleiderId(),
                g.gekoppeldeProfessionals().stream().map(k -> new Casus.Koppeling(k.medewerkerId(), Expertise.valueOf(k.expertise()))).toList(),
                g.kinderen().stream().map(k -> new Kind(k.kindId(), Leeftijdscategorie.valueOf(k.leeftijdscategorie()))).toList(),
                g.toestemmingOuders(), g.gescreendOp());
    }

    /** Monitoring figures of 000:128-139: casussen per municipality, children and professionals per casus. */
    private void meetOpening(Casus.Screening screening) {
        meters.counter("jeugdlink.casussen.geopend", "gemeente", screening.gemeenteCode()).increment();
        kinderenPerCasus.record(screening.kinderen().size());
        professionalsBijScreening.record(screening.gekoppeldeProfessionals().stream().map(Casus.Koppeling::medewerkerId).distinct().count());
    }
}
