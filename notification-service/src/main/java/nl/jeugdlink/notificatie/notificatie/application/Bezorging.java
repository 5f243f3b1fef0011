package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender;
import nl.jeugdlink.notificatie.notificatie.domain.Verzender.Resultaat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers recorded messages. A message is claimed, handed to the {@link Verzender} (which retries
 * with back-off behind a circuit breaker) and its outcome written back. A message that could not be
 * sent stays waiting with a growing pause between attempts; the sweep ({@link #ronde()}) picks it
 * up again - also after a restart, because the waiting state is in the store, not in memory.
 *
 * <p>At-least-once: if the process dies after the SMTP server accepted a message and before
 * "verzonden" is written, the claim runs out and the message is sent again. The Message-ID header
 * is derived from the message id, so the copies can be recognised as one message downstream.
 */
public class Bezorging {

    private static final Logger log = LoggerFactory.getLogger(Bezorging.class);

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
    private final Map<String, AtomicLong> wachtend = new ConcurrentHashMap<>();

    public Bezorging(Notificaties notificaties, Verzender verzender, Clock clock, Wachttijden wachttijden, MeterRegistry meters, Executor direct) {
        this.notificaties = notificaties;
        this.direct = direct;
        this.verzender = verzender;
        this.clock = clock;
        this.wachttijden = wachttijden;
        this.meters = meters;
        for (String sjabloon : Sjablonen.NAMEN) {
            AtomicLong aantal = new AtomicLong();
            wachtend.put(sjabloon, aantal);
            Gauge.builder("jeugdlink.notificaties.wachtend", aantal, AtomicLong::get)
                    .description("Messages recorded and not yet accepted by the mail server, by template (as of the last sweep)")
                    .tag("sjabloon", sjabloon)
                    .register(meters);
        }
    }

    /** One sending attempt for this message, if it is waiting and due; else nothing. */
    public void bezorg(String id) {
        Instant nu = clock.instant();
        Notificatie notificatie;
        try {
            var geclaimd = notificaties.claim(id, nu, nu.plus(wachttijden.claim()));
            if (geclaimd.isEmpty()) {
                return; // sent, undeliverable, not yet due, or being sent by another thread
            }
            notificatie = geclaimd.get();
        } catch (RuntimeException e) {
            log.warn("could not claim message {} ({}); the sweep will try again", id, e.getMessage());
            return;
        }
        Resultaat resultaat = verzender.verstuur(notificatie);
        Instant klaar = clock.instant();
        try {
            switch (resultaat) {
                case Resultaat.Verzonden v -> {
                    notificaties.verzonden(id, klaar, notificatie.pogingen() + v.pogingen());
                    tel("jeugdlink.notificaties.verzonden", "Messages accepted by the mail server, by template", notificatie.sjabloon());
                }
                case Resultaat.Mislukt m -> {
                    int pogingen = notificatie.pogingen() + m.pogingen();
                    notificaties.mislukt(id, klaar, pogingen, m.fout(), klaar.plus(wachttijden.na(pogingen)));
                    tel("jeugdlink.notificaties.mislukt", "Sending attempts that failed (the message stays waiting), by template", notificatie.sjabloon());
                    log.warn("message {} ({}) not sent after {} attempt(s): {}", id, notificatie.sjabloon(), pogingen, m.fout());
                }
                case Resultaat.NietGeprobeerd n -> notificaties.uitstellen(id, n.reden(), klaar.plus(wachttijden.eerste()));
            }
        } catch (RuntimeException e) {
            // The claim runs out and the sweep tries again; if the mail did go out, that is the at-least-once window.
            log.warn("could not record the outcome of message {} ({}): {}", id, resultaat.getClass().getSimpleName(), e.getMessage());
        }
    }

    /** The sweep: every waiting message whose time has come, and the waiting gauges. */
    public void ronde() {
        try {
            List<String> ids = notificaties.teVersturen(clock.instant(), 100);
            ids.forEach(this::bezorg);
            Map<String, Long> perSjabloon = notificaties.wachtendPerSjabloon();
            wachtend.forEach((sjabloon, aantal) -> aantal.set(perSjabloon.getOrDefault(sjabloon, 0L)));
        } catch (RuntimeException e) {
            log.warn("delivery sweep failed: {}", e.getMessage());
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

    private void tel(String naam, String omschrijving, String sjabloon) {
        Counter.builder(naam).description(omschrijving).tag("sjabloon", sjabloon).register(meters).increment();
    }
}
