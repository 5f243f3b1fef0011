package nl.jeugdlink.escalatie.escalatie.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.ToIntFunction;
import nl.jeugdlink.escalatie.escalatie.application.Escalatiemetingen;
import nl.jeugdlink.escalatie.escalatie.domain.EscalatieEvent;

/**
 * The escalation model's figures for the region's yearly evaluation (REQUIREMENTS §4.3: per situation
 * and step reached, and success at each step): escalations opened, steps taken and ended (by outcome,
 * with their working days), the family informed (before or after), minutes approved. Tagged by
 * situation, step and municipality; no casus or person.
 */
public class MicrometerEscalatiemetingen implements Escalatiemetingen {

    private final MeterRegistry meters;

    public MicrometerEscalatiemetingen(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void vastgelegd(List<EscalatieEvent> events, ToIntFunction<EscalatieEvent> werkdagen) {
        for (EscalatieEvent event : events) {
            var e = event.escalatie();
            Tags tags = Tags.of("situatie", String.valueOf(e.situatie().nummer()), "gemeente", e.gemeenteCode());
            switch (event) {
                case EscalatieEvent.Gestart g -> counter("jeugdlink.escalaties.gestart", "Escalaties geopend, per situatie", tags);
                case EscalatieEvent.StapGezet s -> counter("jeugdlink.escalatiestappen.gezet", "Escalatiestappen gezet",
                        tags.and("stap", String.valueOf(s.stap().nummer())));
                case EscalatieEvent.StapAfgerond a -> {
                    Tags stap = tags.and("stap", String.valueOf(a.stap().nummer()));
                    counter("jeugdlink.escalatiestappen.afgerond", "Escalatiestappen afgerond, naar uitkomst",
                            stap.and("uitkomst", String.valueOf(a.stap().uitkomst())));
                    DistributionSummary.builder("jeugdlink.escalatiestap.duur.werkdagen")
                            .description("Werkdagen van het zetten tot het afronden van een escalatiestap")
                            .baseUnit("werkdagen").tags(stap).register(meters).record(werkdagen.applyAsInt(event));
                }
                case EscalatieEvent.GezinGeinformeerd g -> counter("jeugdlink.escalaties.gezin.geinformeerd", "Gezin geinformeerd, vooraf of achteraf",
                        tags.and("moment", g.informatie().moment().name()));
                case EscalatieEvent.VerslagOpgesteld v -> counter("jeugdlink.escalatieverslagen.opgesteld", "Verslagen van escalatieoverleg opgesteld",
                        tags.and("stap", String.valueOf(v.verslag().stap())));
                case EscalatieEvent.VerslagGoedgekeurd v -> counter("jeugdlink.escalatieverslagen.goedgekeurd",
                        "Verslagen door alle deelnemers goedgekeurd", tags.and("stap", String.valueOf(v.verslag().stap())));
            }
        }
    }

    private void counter(String naam, String beschrijving, Tags tags) {
        Counter.builder(naam).description(beschrijving).tags(tags).register(meters).increment();
    }
}
