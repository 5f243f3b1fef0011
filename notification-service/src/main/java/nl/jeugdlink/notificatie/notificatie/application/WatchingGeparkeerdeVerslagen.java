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
 * Watches the summaries and the other letters parked for want of the family's contact: a round gives up those older than
 * the term (see {@link SharingVerslagMetGezin#geefOpNa}, {@link Gezinspost#geefOpNa}) and refreshes the gauges ops alert on - how many
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
    private final Gezinspost gezinspost;
    private final AtomicLong brieven = new AtomicLong();
    private final AtomicLong oudsteBriefSeconden = new AtomicLong();

    public WatchingGeparkeerdeVerslagen(SharingVerslagMetGezin verslagen, GeparkeerdeVerslagen parkeerplaats, Gezinspost gezinspost, Duration termijn,
            Clock clock, MeterRegistry meters) {
        this.verslagen = verslagen;
        this.gezinspost = gezinspost;
        Gauge.builder("jeugdlink.notificaties.geparkeerde.gezinspost", brieven, AtomicLong::get)
                .description("Other letters to a family waiting for the family's contact (invitations, decisions, links)").register(meters);
        Gauge.builder("jeugdlink.notificaties.geparkeerde.gezinspost.oudste.seconden", oudsteBriefSeconden, AtomicLong::get)
                .description("How long the oldest parked letter to a family has waited; it is given up as undeliverable after the term").register(meters);
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
            int brievenOpgegeven = gezinspost.geefOpNa(termijn);
            if (brievenOpgegeven > 0) {
                log.warn("{} letter(s) to a family recorded as undeliverable: no contact arrived within {}", brievenOpgegeven, termijn);
            }
            Stand wachtend = gezinspost.stand();
            brieven.set(wachtend.aantal());
            oudsteBriefSeconden.set(wachtend.oudste() == null ? 0 : Math.max(0, Duration.between(wachtend.oudste(), clock.instant()).toSeconds()));
        } catch (RuntimeException e) {
            log.warn("round over the parked summaries failed: {}", e.getMessage());
        }
    }
}
