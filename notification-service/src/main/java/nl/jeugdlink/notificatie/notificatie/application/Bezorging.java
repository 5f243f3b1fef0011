package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender.Resultaat;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers recorded messages. A message is claimed, handed to the {@link Verzender} (which retries
 * with back-off behind a circuit breaker) and its outcome written back. A message that could not be
 * sent stays waiting with a growing pause between attempts; the round ({@link #ronde()}) picks it
 * up again - also after a restart, because the waiting state is in the store, not in memory.
 *
 * <p>The round reads the store only when there is something to do: when a next attempt this instance
 * knows of has come (a failure, a deferral, an outcome that could not be written, a due time seen in
 * the last read), and on a full round every {@code volledigeRonde} and at start, which finds what
 * nobody here knew of (left by a stopped instance, recorded but never handed on). A message is sent
 * the moment it is recorded, so normally nothing waits and the round costs no query - on the
 * embedded store every query that is not by id scans the whole collection.
 *
 * <p>At-least-once: if the process dies after the SMTP server accepted a message and before
 * "verzonden" is written, the claim runs out and the message is sent again. The Message-ID header
 * is derived from the message id, so the copies can be recognised as one message downstream.
 */
public class Bezorging {

    private static final Logger log = LoggerFactory.getLogger(Bezorging.class);
    private static final int PER_RONDE = 100;

    /** How the pause between sending attempts grows: first, doubling, at most. */
    public record Wachttijden(Duration eerste, Duration hoogstens, Duration claim) {
        Duration na(int pogingen) {
            Duration wachttijd = eerste;
            for (int i = 1; i < pogingen && wachttijd.compareTo(hoogstens) < 0; i++) {
                wachttijd = wachttijd.multipliedBy(2);
            }
            return wachttijd.compareTo(hoogstens) > 0 ? hoogstens : wachttijd;
        }
    }

    private final Notificaties notificaties;
    private final Verzender verzender;
    private final Clock clock;
    private final Wachttijden wachttijden;
    private final MeterRegistry meters;
    private final Executor direct;
    private final long volledigeRondeNanos;
    private final Map<String, AtomicLong> wachtend = new ConcurrentHashMap<>();
    /** The earliest moment a waiting message is known to be due; null when none is known. */
    private final AtomicReference<@Nullable Instant> eerstVolgende = new AtomicReference<>();
    /** Monotonic, not the (adjustable) clock: a clock set back must not postpone the full round. */
    private volatile long vorigeVolledigeRonde;

    public Bezorging(Notificaties notificaties, Verzender verzender, Clock clock, Wachttijden wachttijden, Duration volledigeRonde,
            MeterRegistry meters, Executor direct) {
        this.notificaties = notificaties;
        this.direct = direct;
        this.verzender = verzender;
        this.clock = clock;
        this.wachttijden = wachttijden;
        this.meters = meters;
        this.volledigeRondeNanos = volledigeRonde.toNanos();
        this.vorigeVolledigeRonde = System.nanoTime() - volledigeRondeNanos; // the first round is a full one
        for (String sjabloon : Sjablonen.NAMEN) {
            AtomicLong aantal = new AtomicLong();
            wachtend.put(sjabloon, aantal);
            Gauge.builder("jeugdlink.notificaties.wachtend", aantal, AtomicLong::get)
                    .description("Messages recorded and not yet accepted by the mail server, by template (as of the round's last read)")
                    .tag("sjabloon", sjabloon)
                    .register(meters);
        }
    }

    /** One sending attempt for this message, if it is waiting and due; else nothing. */
    public void bezorg(String id) {
        Instant nu = clock.instant();
        Instant claimTot = nu.plus(wachttijden.claim());
        Notificatie notificatie;
        try {
            var geclaimd = notificaties.claim(id, nu, claimTot);
            if (geclaimd.isEmpty()) {
                return; // sent, undeliverable, not yet due, or being sent by another thread
            }
            notificatie = geclaimd.get();
        } catch (RuntimeException e) {
            log.warn("could not claim message {} ({}); the round will try again", id, e.getMessage());
            verwacht(nu);
            return;
        }
        Resultaat resultaat = verzender.verstuur(notificatie);
        Instant klaar = clock.instant();
        try {
            switch (resultaat) {
                case Resultaat.Verzonden v -> {
                    notificaties.verzonden(id, klaar, notificatie.pogingen() + v.pogingen(), notificatie.voorGezin());
                    tel("jeugdlink.notificaties.verzonden", "Messages accepted by the mail server, by template", notificatie.sjabloon());
                }
                case Resultaat.Mislukt m -> {
                    int pogingen = notificatie.pogingen() + m.pogingen();
                    Instant volgende = klaar.plus(wachttijden.na(pogingen));
                    notificaties.mislukt(id, klaar, pogingen, m.fout(), volgende);
                    verwacht(volgende);
                    tel("jeugdlink.notificaties.mislukt", "Sending attempts that failed (the message stays waiting), by template", notificatie.sjabloon());
                    log.warn("message {} ({}) not sent after {} attempt(s): {}", id, notificatie.sjabloon(), pogingen, m.fout());
                }
                case Resultaat.NietGeprobeerd n -> {
                    Instant volgende = klaar.plus(wachttijden.eerste());
                    notificaties.uitstellen(id, n.reden(), volgende);
                    verwacht(volgende);
                }
            }
        } catch (RuntimeException e) {
            // The claim runs out and the round tries again; if the mail did go out, that is the at-least-once window.
            log.warn("could not record the outcome of message {} ({}): {}", id, resultaat.getClass().getSimpleName(), e.getMessage());
            verwacht(claimTot);
        }
    }

    /**
     * The round: reads the waiting messages when one is known to be due or a full round is due; sends
     * what is due, sets the waiting gauges and remembers when the next one comes.
     */
    public void ronde() {
        Instant nu = clock.instant();
        Instant bekend = eerstVolgende.getAndUpdate(v -> v != null && !v.isAfter(nu) ? null : v);
        boolean volledig = System.nanoTime() - vorigeVolledigeRonde >= volledigeRondeNanos;
        if (!volledig && (bekend == null || bekend.isAfter(nu))) {
            return;
        }
        if (volledig) {
            vorigeVolledigeRonde = System.nanoTime();
        }
        try {
            List<Notificaties.Wachtend> alle = notificaties.wachtend();
            Map<String, Long> perSjabloon = alle.stream().collect(Collectors.groupingBy(Notificaties.Wachtend::sjabloon, Collectors.counting()));
            wachtend.forEach((sjabloon, aantal) -> aantal.set(perSjabloon.getOrDefault(sjabloon, 0L)));
            List<String> teVersturen = alle.stream().filter(w -> !w.volgendePogingNa().isAfter(nu))
                    .sorted(Comparator.comparing(Notificaties.Wachtend::volgendePogingNa))
                    .limit(PER_RONDE).map(Notificaties.Wachtend::id).toList();
            alle.stream().map(Notificaties.Wachtend::volgendePogingNa).filter(na -> na.isAfter(nu)).min(Comparator.naturalOrder())
                    .ifPresent(this::verwacht);
            if (!teVersturen.isEmpty()) {
                verwacht(nu); // read again next round: more may be due, and the gauges catch up with what went out now
            }
            teVersturen.forEach(this::bezorg);
        } catch (RuntimeException e) {
            log.warn("delivery round failed: {}", e.getMessage());
            verwacht(nu);
        }
    }

    /**
     * A message was just recorded: a deliverable one is sent at once, on another thread (the
     * consumer does not wait for SMTP); an undeliverable one is counted.
     */
    public void nieuw(Notificatie notificatie) {
        if (notificatie.status() == Notificatie.Status.WACHTEND) {
            direct.execute(() -> bezorg(notificatie.id()));
        } else if (notificatie.status() == Notificatie.Status.ONBESTELBAAR) {
            tel("jeugdlink.notificaties.onbestelbaar", "Messages without a known recipient address, by template", notificatie.sjabloon());
        }
    }

    /** A waiting message comes due at this moment: the round reads the store then. */
    private void verwacht(Instant moment) {
        eerstVolgende.accumulateAndGet(moment, (huidig, nieuw) -> huidig == null || nieuw.isBefore(huidig) ? nieuw : huidig);
    }

    private void tel(String naam, String omschrijving, String sjabloon) {
        Counter.builder(naam).description(omschrijving).tag("sjabloon", sjabloon).register(meters).increment();
    }
}
