package nl.jeugdlink.escalatie.termijn.adapter.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.jeugdlink.escalatie.termijn.application.Metingen;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Termijnregel;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.metrics.CountersFromZero;
import nl.jeugdlink.platform.metrics.CountersFromZero.TagValues;

/**
 * The clock's figures on /actuator/prometheus: deadlines started, stopped (by outcome) and
 * overschreden per soort and municipality, and the breaches withdrawn when a late-arriving fact showed the deadline met on
 * time; deadlines still running (as last counted); every stopped deadline's duration in working days per soort and outcome
 * (each route step against its term); and seed 003's monitoring
 * figure, the time from referral to first contact, in working days and in days. Counted where the
 * write succeeded, so an instance that lost a race counts nothing.
 *
 * <p>The counters of every kind in the rule table are registered at 0 for every municipality of the region when the service starts
 * (issue 16): Prometheus's {@code increase()} takes a series' first sample as its start, so a counter that appeared only at its first
 * event - at 1 - never counted that event, and "Overschrijdingen per soort" showed 0 with breaches open.
 */
public class MicrometerMetingen implements Metingen {

    private static final String GESTART = "jeugdlink.termijnen.gestart";
    private static final String GESTOPT = "jeugdlink.termijnen.gestopt";
    private static final String OVERSCHREDEN = "jeugdlink.termijnen.overschreden";
    private static final String OPGESCHAALD = "jeugdlink.termijnen.opgeschaald";
    private static final String INGETROKKEN = "jeugdlink.termijnen.overschrijding.ingetrokken";
    /** Every stopped deadline's duration in working days, per soort, uitkomst and municipality: each route step against its term. */
    private static final String DUUR = "jeugdlink.termijnen.duur.werkdagen";
    /**
     * Buckets at every term of the shipped registry in working days (1, 3, 5, 8, 10, 20, 30; a term in weeks is about 5, 10, 15 or 20
     * of them), so the share within a kind's term is a bucket over the count.
     */
    private static final double[] DUUR_GRENZEN = {1, 2, 3, 4, 5, 8, 10, 15, 20, 30, 60};
    /** Every way a deadline stops: the final states. */
    private static final List<Status> UITKOMSTEN = java.util.Arrays.stream(Status.values()).filter(s -> !s.lopend()).toList();
    private static final Map<String, String> BESCHRIJVINGEN = Map.of(
            GESTART, "Gestarte termijnen",
            GESTOPT, "Gestopte termijnen, naar uitkomst",
            OVERSCHREDEN, "Overschreden termijnen",
            OPGESCHAALD, "Overschrijdingen die de volgende betrokkene bereikten (betreft.daarna), naar rol",
            // The breach counted stays counted (a counter only grows): breaches that stand = overschreden - ingetrokken (ADR 0041).
            INGETROKKEN, "Overschrijdingen ingetrokken: later gehaald met een moment op of voor de laatste dag (ADR 0041)");

    private final MeterRegistry meters;
    private final Termijnklok klok;
    private final MultiGauge lopend;
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong overschreden = new AtomicLong();

    /** @param gemeenten the region's municipalities (CBS codes), whose counters start at 0 */
    public MicrometerMetingen(MeterRegistry meters, Termijnklok klok, Collection<String> gemeenten) {
        this.meters = meters;
        this.klok = klok;
        registreerOpNul(gemeenten);
        this.lopend = MultiGauge.builder("jeugdlink.termijnen.lopend")
                .description("Termijnen die nog lopen, per soort, gemeente en status (OPEN, OPGESCHORT of OVERSCHREDEN), bij de laatste telling (jeugdlink.termijnen.telling-interval)")
                .register(meters);
        Gauge.builder("jeugdlink.termijnen.open", open, AtomicLong::get)
                .description("Open termijnen, nog niet verstreken, over alle gemeenten")
                .register(meters);
        Gauge.builder("jeugdlink.termijnen.open.overschreden", overschreden, AtomicLong::get)
                .description("Overschreden termijnen die nog niet gehaald of vervallen zijn, over alle gemeenten")
                .register(meters);
    }

    @Override
    public void vastgelegd(List<TermijnEvent> events) {
        for (TermijnEvent event : events) {
            Termijn t = event.termijn();
            Tags tags = Tags.of("soort", t.soort().name(), "gemeente", event.gemeenteCode());
            switch (event) {
                case TermijnEvent.Gestart e -> teller(GESTART, tags).increment();
                case TermijnEvent.Gestopt e -> {
                    Tags uitkomst = tags.and("uitkomst", t.status().name());
                    teller(GESTOPT, uitkomst).increment();
                    werkdagen(DUUR, "Werkdagen van de start van een termijn tot zijn stop (gehaald, te laat of vervallen), per soort en uitkomst",
                            DUUR_GRENZEN, uitkomst, t);
                    if (Soort.EERSTE_CONTACT.equals(t.soort()) && t.status() != Status.VERVALLEN) {
                        aanmeldingTotContact(event.gemeenteCode(), t);
                    }
                }
                case TermijnEvent.Overschreden e -> teller(OVERSCHREDEN, tags).increment();
                case TermijnEvent.Opgeschaald e -> teller(OPGESCHAALD, tags.and("rol", e.wie().rol())).increment();
                case TermijnEvent.OverschrijdingIngetrokken e -> teller(INGETROKKEN, tags).increment();
                case TermijnEvent.Gewijzigd e -> counter("jeugdlink.termijnen.bijgesteld", "Termijnen opgeschort, hervat of verlengd, naar aard",
                        tags.and("aard", e.wijziging().aard().name()));
            }
        }
    }

    @Override
    public void lopend(Map<Trajecten.Telling, Long> telling) {
        lopend.register(telling.entrySet().stream()
                .map(rij -> MultiGauge.Row.of(Tags.of("soort", rij.getKey().soort().name(), "gemeente", rij.getKey().gemeenteCode(),
                        "status", rij.getKey().status().name()), rij.getValue()))
                .toList(), true);
        open.set(som(telling, Status.OPEN));
        overschreden.set(som(telling, Status.OVERSCHREDEN));
    }

    @Override
    public void overgeslagen(Soort soort, String gemeenteCode) {
        counter("jeugdlink.termijnen.overgeslagen", "Termijnregels overgeslagen: het startende event had de datum (moment) niet of null",
                Tags.of("soort", soort.name(), "gemeente", gemeenteCode));
    }

    private static long som(Map<Trajecten.Telling, Long> telling, Status status) {
        return telling.entrySet().stream().filter(rij -> rij.getKey().status() == status).mapToLong(Map.Entry::getValue).sum();
    }

    /**
     * Seed 003's monitoring figure under the name the regional dashboard reads (its panels "Werkdagen tot eerste contact" and "binnen
     * 5 werkdagen"): the same working days as {@link #DUUR} with {@code soort="EERSTE_CONTACT"}, met on time or late, per municipality.
     * Kept until the dashboard reads {@link #DUUR}; the calendar days are this figure's alone.
     */
    private void aanmeldingTotContact(String gemeente, Termijn t) {
        var gestopt = java.util.Objects.requireNonNull(t.gestoptOp());
        werkdagen("jeugdlink.aanmelding.tot.eerste.contact.werkdagen", "Werkdagen van aanmelding (ontvangenOp) tot eerste contact met het gezin (contactOp)",
                new double[] {1, 2, 3, 4, 5, 10, 20}, Tags.of("gemeente", gemeente), t);
        DistributionSummary.builder("jeugdlink.aanmelding.tot.eerste.contact.dagen")
                .description("Kalenderdagen van aanmelding (ontvangenOp) tot eerste contact met het gezin (contactOp)")
                .baseUnit("dagen")
                .tag("gemeente", gemeente)
                .register(meters)
                .record(Duration.between(t.gestartOp(), gestopt).toMinutes() / (24.0 * 60));
    }

    /**
     * Every counter a deadline of each kind may move, per municipality of the region, at 0: started, stopped per outcome, breached,
     * withdrawn, and - for a kind whose breach reaches a next person - reached, with that person's role in that municipality.
     */
    private void registreerOpNul(Collection<String> gemeenten) {
        TagValues inRegio = TagValues.of("gemeente", gemeenten);
        TagValues uitkomsten = TagValues.of("uitkomst", UITKOMSTEN.toArray(Status[]::new));
        for (Termijnregel regel : klok.regels().regels()) {
            TagValues soort = TagValues.of("soort", List.of(regel.soort().name()));
            for (String naam : List.of(GESTART, OVERSCHREDEN, INGETROKKEN)) {
                CountersFromZero.register(meters, naam, BESCHRIJVINGEN.get(naam), soort, inRegio);
            }
            CountersFromZero.register(meters, GESTOPT, BESCHRIJVINGEN.get(GESTOPT), soort, inRegio, uitkomsten);
            for (String gemeente : gemeenten) {
                Termijnregel.Opschaling daarna = regel.betreft(gemeente).daarna();
                if (daarna != null) {
                    CountersFromZero.register(meters, OPGESCHAALD, BESCHRIJVINGEN.get(OPGESCHAALD), soort,
                            TagValues.of("gemeente", List.of(gemeente)), TagValues.of("rol", List.of(daarna.rol())));
                }
            }
        }
    }

    /** A stopped deadline's duration, in Dutch working days from the day of its start to that of its stop (the start day not counted). */
    private void werkdagen(String naam, String beschrijving, double[] grenzen, Tags tags, Termijn t) {
        Instant gestopt = java.util.Objects.requireNonNull(t.gestoptOp(), "a stopped deadline has its stop");
        DistributionSummary.builder(naam)
                .description(beschrijving)
                .baseUnit("werkdagen")
                .serviceLevelObjectives(grenzen)
                .tags(tags)
                .register(meters)
                .record(klok.werkdagenTussen(t.gestartOp(), gestopt));
    }

    private Counter teller(String naam, Tags tags) {
        return Counter.builder(naam).description(BESCHRIJVINGEN.get(naam)).tags(tags).register(meters);
    }

    private void counter(String naam, String beschrijving, Tags tags) {
        Counter.builder(naam).description(beschrijving).tags(tags).register(meters).increment();
    }
}
