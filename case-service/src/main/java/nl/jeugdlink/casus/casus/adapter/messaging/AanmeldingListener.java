package nl.jeugdlink.casus.casus.adapter.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.application.OpeningCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusGeweigerd;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.InboundEvent;
import nl.jeugdlink.platform.inbound.InboundEvents;
import nl.jeugdlink.platform.inbound.InboundHandlers;
import nl.jeugdlink.platform.inbound.Subject;
import org.springframework.messaging.Message;

/**
 * Consumes the intake's referral stream and opens a casus for each screened referral: the GW and
 * teamleider accepted it and coupled the team (000:163). The other events of the stream (received,
 * refused, startoverleg planned) are acknowledged and ignored. Binding {@code aanmeldingGescreend-in-0}
 * on the platform's handler table (ADR 0015): envelope, schema, subject and region are checked there,
 * retries and the dead-letter topic are platform defaults; a casus the domain refuses goes to the
 * dead-letter topic with its reason.
 */
public class AanmeldingListener implements Consumer<Message<byte[]>> {

    private final Consumer<Message<byte[]>> table;
    private final OpeningCasus opening;
    private final MeterRegistry meters;
    private final DistributionSummary kinderenPerCasus;
    private final DistributionSummary professionalsBijScreening;

    public AanmeldingListener(InboundHandlers handlers, OpeningCasus opening, MeterRegistry meters) {
        this.opening = opening;
        this.meters = meters;
        this.kinderenPerCasus = DistributionSummary.builder("jeugdlink.casus.kinderen")
                .description("Children per casus (000:135), at opening")
                .register(meters);
        this.professionalsBijScreening = DistributionSummary.builder("jeugdlink.casus.professionals")
                .description("JeugdLink professionals who supported the family (000:136): coupled at screening, and in all at closure")
                .tag("moment", "screening")
                .register(meters);
        this.table = handlers.forBinding("aanmeldingGescreend-in-0")
                .onEvent(IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class,
                        Subject.of("aanmelding", AanmeldingGescreend::aanmeldingId).inMunicipality(AanmeldingGescreend::gemeenteCode),
                        this::gescreend)
                .rejecting(CasusGeweigerd.class)
                .build();
    }

    @Override
    public void accept(Message<byte[]> message) {
        table.accept(message);
    }

    private InboundEvents.Outcome gescreend(InboundEvent event, AanmeldingGescreend gescreend) {
        Casus.Screening screening = screening(gescreend);
        var uitkomst = opening.open(screening);
        if (uitkomst == OpeningCasus.Uitkomst.GEOPEND) {
            meetOpening(screening);
        }
        return switch (uitkomst) {
            case GEOPEND -> InboundEvents.Outcome.APPLIED;
            case AL_GEOPEND -> InboundEvents.Outcome.DUPLICATE;
            case NIET_VAN_TOEPASSING -> InboundEvents.Outcome.IGNORED;
        };
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
