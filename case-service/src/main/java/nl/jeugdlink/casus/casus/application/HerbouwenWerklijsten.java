package nl.jeugdlink.casus.casus.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the worklists from the casussen, the truth they are a read model of. Heals what a crash between a casus
 * write and its line writes left behind (a line missing, or one that should have gone), and builds the lists the
 * first time this layout meets a store. Logs its progress every {@value #VOORTGANG} casussen.
 */
public final class HerbouwenWerklijsten {

    private static final Logger log = LoggerFactory.getLogger(HerbouwenWerklijsten.class);
    static final int VOORTGANG = 1_000;

    private final Casussen casussen;
    private final Werklijsten werklijsten;

    public HerbouwenWerklijsten(Casussen casussen, Werklijsten werklijsten) {
        this.casussen = casussen;
        this.werklijsten = werklijsten;
    }

    /** At start: rebuilds when asked to ({@code altijd}) or when the lists were never built in this layout. */
    public void bijStart(boolean altijd) {
        if (altijd || !werklijsten.opgebouwd()) {
            herbouw();
        }
    }

    /** @return how many casussen were gone through */
    public long herbouw() {
        Instant begin = Instant.now();
        log.info("Werklijsten herbouwen uit de casussen: begonnen");
        AtomicLong gedaan = new AtomicLong();
        long totaal;
        try (Stream<Casus> alle = casussen.alle()) {
            totaal = werklijsten.herbouw(alle.map(casus -> {
                long n = gedaan.incrementAndGet();
                if (n % VOORTGANG == 0) {
                    log.info("Werklijsten herbouwen: {} casussen gelezen ({} ms)", n, Duration.between(begin, Instant.now()).toMillis());
                }
                return new Werklijsten.Casusregels(casus.id(), Werklijstregel.van(casus));
            }));
        }
        log.info("Werklijsten herbouwen: klaar, {} casussen in {} ms", totaal, Duration.between(begin, Instant.now()).toMillis());
        return totaal;
    }
}
