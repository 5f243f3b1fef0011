package nl.jeugdlink.casus.casus.adapter.messaging;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.casus.casus.application.OpeningCasus;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.CasusGeweigerd;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Ouder;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.contracts.intake.AanmeldingGescreend;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.BatchEventHandler;
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
 *
 * <p>The binding is in batch mode (ADR 0018): the casussen of one poll's screenings are decided one by
 * one in memory and inserted in one bulk write, whose save events wake the outbox relay for all of them
 * at once.
 */
public class AanmeldingListener implements Consumer<Message<List<byte[]>>> {

    private final Consumer<Message<List<byte[]>>> table;
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
                .onEvents(IntakeEvents.AANMELDING_GESCREEND, AanmeldingGescreend.class,
                        Subject.of("aanmelding", AanmeldingGescreend::aanmeldingId).inMunicipality(AanmeldingGescreend::gemeenteCode),
                        new Openen())
                .rejecting(CasusGeweigerd.class)
                .buildBatch();
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        table.accept(batch);
    }

    /** Decides each casus in memory, then stores the batch's casussen in one write. */
    private final class Openen implements BatchEventHandler<AanmeldingGescreend, Casus.Opening> {

        @Override
        public Casus.@org.jspecify.annotations.Nullable Opening prepare(InboundEvent event, AanmeldingGescreend gescreend) {
            return opening.voorbereid(screening(gescreend)).orElse(null);
        }

        @Override
        public List<InboundEvents.Outcome> write(List<Casus.Opening> openingen) {
            List<OpeningCasus.Uitkomst> uitkomsten = opening.open(openingen);
            List<InboundEvents.Outcome> outcomes = new ArrayList<>(uitkomsten.size());
            for (int i = 0; i < uitkomsten.size(); i++) {
                if (uitkomsten.get(i) == OpeningCasus.Uitkomst.GEOPEND) {
                    meetOpening(openingen.get(i).casus());
                    outcomes.add(InboundEvents.Outcome.APPLIED);
                } else {
                    outcomes.add(InboundEvents.Outcome.DUPLICATE);
                }
            }
            return outcomes;
        }
    }

    private static Casus.Screening screening(AanmeldingGescreend g) {
        return new Casus.Screening(g.aanmeldingId(), g.gemeenteCode(), g.soort(), g.verwijzer().organisatie(), g.verwijzer().medewerkerId(),
                g.gedragswetenschapperId(), g.teamleiderId(),
                g.gekoppeldeProfessionals().stream().map(k -> new Casus.Koppeling(k.medewerkerId(), Expertise.valueOf(k.expertise()))).toList(),
                g.kinderen().stream().map(k -> new Kind(k.kindId(), Leeftijdscategorie.valueOf(k.leeftijdscategorie()))).toList(),
                g.toestemmingOuders(), g.gescreendOp(), g.ouders().stream().map(o -> new Ouder(o.ouderId(), o.relatie())).toList());
    }

    /** Monitoring figures of 000:128-139: casussen per municipality, children and professionals per casus. */
    private void meetOpening(Casus casus) {
        meters.counter("jeugdlink.casussen.geopend", "gemeente", casus.gemeenteCode()).increment();
        kinderenPerCasus.record(casus.kinderen().size());
        // The professionals the screening coupled: at opening they are the team's JeugdLink professionals, each once.
        professionalsBijScreening.record(casus.team().stream().filter(t -> t.rol() == TeamRol.JEUGDLINK_PROFESSIONAL).count());
    }
}
