package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen.Stand;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the summaries parked for want of the family's contact: a round gives up those older than
 * the term (see {@link SharingVerslagMetGezin#geefOpNa}) and refreshes the gauges ops alert on - how many
 * wait, and how long the oldest has. The gauges read the last round, not the store, so a scrape
 * costs nothing.
 */
public class WatchingGeparkeerdeVerslagen {

    private static final Logger log = LoggerFactory.getLogger(WatchingGeparkeerdeVerslagen.class);

    private final SharingVerslagMetGezin verslagen;
    private final GeparkeerdeVerslagen parkeerplaats;
    private final Duration termijn;
    private final Clock clock;
    private final AtomicLong aantal = new AtomicLong();
    private final AtomicLong oudsteSeconden = new AtomicLong();

    public WatchingGeparkeerdeVerslagen(SharingVerslagMetGezin verslagen, GeparkeerdeVerslagen parkeerplaats, Duration termijn, Clock clock, MeterRegistry meters) {
        this.verslagen = verslagen;
        this.parkeerplaats = parkeerplaats;
        this.termijn = termijn;
        this.clock = clock;
        Gauge.builder("jeugdlink.notificaties.geparkeerde.verslagen", aantal, AtomicLong::get)
                .description("Summaries for a family waiting for the family's contact").register(meters);
        Gauge.builder("jeugdlink.notificaties.geparkeerde.verslagen.oudste.seconden", oudsteSeconden, AtomicLong::get)
                .description("How long the oldest parked summary has waited; it is given up as undeliverable after the term").register(meters);
    }

    /** One round; the store may be away for a moment: nothing is lost, the next round finds the same summaries. */
    public void ronde() {
        try {
            int opgegeven = verslagen.geefOpNa(termijn);
            if (opgegeven > 0) {
                log.warn("{} summary(ies) for a family recorded as undeliverable: no contact arrived within {}", opgegeven, termijn);
            }
            Stand stand = parkeerplaats.stand();
            aantal.set(stand.aantal());
            oudsteSeconden.set(stand.oudste() == null ? 0 : Math.max(0, Duration.between(stand.oudste(), clock.instant()).toSeconds()));
        } catch (RuntimeException e) {
            log.warn("round over the parked summaries failed: {}", e.getMessage());
        }
    }
}
