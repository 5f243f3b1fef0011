package nl.jeugdlink.routing.toewijzing.adapter.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.Metingen;
import nl.jeugdlink.routing.toewijzing.domain.Zoektocht;

/**
 * {@code jeugdlink.routing.afwijzingen{grond,reden}}: declines by ground and reason; {@code jeugdlink.routing.zoektocht.duur}: the time
 * from a decline to the new toewijzing (the search's use of network or RET: {@code jeugdlink.routing.zoektochten{route}}) to another provider that closed its search (Bouwsteen 5's figure);
 * {@code jeugdlink.routing.ret.besprekingen{uitkomst}}: the RET's discussions (step 5B); {@code jeugdlink.routing.zoektocht.opschalingen{bestuurlijk}}:
 * {@code jeugdlink.routing.route.stap.duur{stap}}: the 301 route's steps (see {@link Metingen.Stap});
 * step 6 escalations, each timed from the decline ({@code jeugdlink.routing.zoektocht.opschaling.duur}).
 */
public class MicrometerMetingen implements Metingen {

    private final MeterRegistry meters;

    public MicrometerMetingen(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void afgewezen(Afwijzing.Grond grond, Afwijzing.Reden reden) {
        meters.counter("jeugdlink.routing.afwijzingen", "grond", grond.name(), "reden", reden.name()).increment();
    }

    @Override
    public void zoektochtIngeschakeld(Zoektocht.Route route) {
        meters.counter("jeugdlink.routing.zoektochten", "route", route.name()).increment();
    }

    @Override
    public void zoektochtAfgesloten(java.time.Duration sindsAfwijzing) {
        meters.timer("jeugdlink.routing.zoektocht.duur").record(sindsAfwijzing);
    }

    /** One timer family, {@code jeugdlink.routing.route.stap.duur{stap}}, so a dashboard puts the steps side by side. */
    @Override
    public void stap(Stap stap, java.time.Duration duur) {
        meters.timer("jeugdlink.routing.route.stap.duur", "stap", stap.name().toLowerCase(java.util.Locale.ROOT)).record(duur);
    }

    @Override
    public void retBesproken(Zoektocht.Uitkomst uitkomst) {
        meters.counter("jeugdlink.routing.ret.besprekingen", "uitkomst", uitkomst.name()).increment();
    }

    @Override
    public void zoektochtOpgeschaald(boolean bestuurlijk, java.time.Duration sindsAfwijzing) {
        meters.counter("jeugdlink.routing.zoektocht.opschalingen", "bestuurlijk", Boolean.toString(bestuurlijk)).increment();
        meters.timer("jeugdlink.routing.zoektocht.opschaling.duur").record(sindsAfwijzing);
    }
}
