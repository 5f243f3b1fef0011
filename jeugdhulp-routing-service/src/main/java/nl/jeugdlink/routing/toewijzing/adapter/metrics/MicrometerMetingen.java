package nl.jeugdlink.routing.toewijzing.adapter.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.Metingen;

/** {@code jeugdlink.routing.afwijzingen{grond,reden}}: declines by ground and reason. */
public class MicrometerMetingen implements Metingen {

    private final MeterRegistry meters;

    public MicrometerMetingen(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void afgewezen(Afwijzing.Grond grond, Afwijzing.Reden reden) {
        meters.counter("jeugdlink.routing.afwijzingen", "grond", grond.name(), "reden", reden.name()).increment();
    }
}
