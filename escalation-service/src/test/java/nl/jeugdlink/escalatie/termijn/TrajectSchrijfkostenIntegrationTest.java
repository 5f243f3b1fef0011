package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandFailedEvent;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What a poll of facts costs the store (issue 11): the round trips to the trajecten and their side collections (keys,
 * due-index, counters) and the documents written, per fact, counted by a driver command listener on the service's own
 * client (nothing stubbed). Printed for the canvas and docs/performance.md; asserted only where the answer is a rule: a
 * fact that changes nothing writes nothing. What the sweep and the gauge send (thread {@code termijn-bewaking}) is left out.
 */
@JeugdLinkIntegrationTest
class TrajectSchrijfkostenIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TrajectSchrijfkostenIntegrationTest.class);
    private static final int AANTAL = 40;
    private static final Set<String> COLLECTIES = Set.of("trajecten", "traject_sleutels", "termijn_vervaldagen", "termijn_tellingen");

    /** Round trips and documents written per collection, from the commands the service's client sends and their replies. */
    static final class Rondgangen implements CommandListener {

        private final Map<Integer, String> lopend = new ConcurrentHashMap<>();
        /** The test's own thread: what it reads to see that a step is done is not the service's cost. */
        private volatile Thread test;
        private final Map<String, Long> rondgangen = new ConcurrentHashMap<>();
        private final Map<String, Long> geschreven = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            // Neither the test's reads nor the sweep and the gauge (their own thread, every 30 s and 5 min) are the facts' cost.
            if (Thread.currentThread() == test || Thread.currentThread().getName().equals("termijn-bewaking")) {
                return;
            }
            BsonDocument command = event.getCommand();
            String naam = event.getCommandName();
            if (command.containsKey(naam) && command.get(naam).isString()) {
                String collectie = command.getString(naam).getValue();
                if (COLLECTIES.contains(collectie)) {
                    lopend.put(event.getRequestId(), collectie + " " + naam);
                    rondgangen.merge(collectie + " " + naam, 1L, Long::sum);
                }
            }
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            String wat = lopend.remove(event.getRequestId());
            if (wat == null) {
                return;
            }
            BsonDocument antwoord = event.getResponse();
            long aantal = switch (event.getCommandName()) {
                case "insert" -> antwoord.getNumber("n").longValue();
                case "update" -> antwoord.getNumber("nModified", new org.bson.BsonInt32(0)).longValue()
                        + (antwoord.containsKey("upserted") ? antwoord.getArray("upserted").size() : 0);
                case "findAndModify" -> antwoord.isNull("value") ? 0 : 1;
                default -> 0;
            };
            if (aantal > 0) {
                geschreven.merge(wat.substring(0, wat.indexOf(' ')), aantal, Long::sum);
            }
        }

        @Override
        public void commandFailed(CommandFailedEvent event) {
            lopend.remove(event.getRequestId());
        }

        Stand stand() {
            return new Stand(new TreeMap<>(rondgangen), new TreeMap<>(geschreven));
        }
    }

    record Stand(Map<String, Long> rondgangen, Map<String, Long> geschreven) {

        Stand sinds(Stand eerder) {
            return new Stand(verschil(rondgangen, eerder.rondgangen), verschil(geschreven, eerder.geschreven));
        }

        long alleRondgangen() {
            return rondgangen.values().stream().mapToLong(Long::longValue).sum();
        }

        long alleGeschreven() {
            return geschreven.values().stream().mapToLong(Long::longValue).sum();
        }

        private static Map<String, Long> verschil(Map<String, Long> nu, Map<String, Long> toen) {
            Map<String, Long> verschil = new TreeMap<>();
            nu.forEach((k, v) -> {
                long d = v - toen.getOrDefault(k, 0L);
                if (d != 0) {
                    verschil.put(k, d);
                }
            });
            return verschil;
        }
    }

    @TestConfiguration
    static class Luisteraar {

        @Bean
        Rondgangen rondgangen() {
            return new Rondgangen();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer rondgangenTellen(Rondgangen rondgangen) {
            return settings -> settings.addCommandListener(rondgangen);
        }
    }

    @Autowired
    Rondgangen rondgangen;

    @Autowired
    Trajecten trajecten;

    @Autowired
    MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void aPollOfFactsCostsAFewRoundTripsAndAFactThatChangesNothingWritesNothing() {
        rondgangen.test = Thread.currentThread();
        List<TrajectEventsMother> families = new ArrayList<>();
        for (int i = 0; i < AANTAL; i++) {
            families.add(TrajectEventsMother.inEde());
        }

        Stand gescreend = stap("AanmeldingGescreend (a new traject with its team)", families, TrajectEventsMother::gescreend,
                f -> trajecten.vind(f.aanmeldingId).isPresent());
        Stand geopend = stap("CasusGeopend (the casus coupled, its key)", families, TrajectEventsMother::casusGeopend,
                f -> trajecten.vindMetCasus(f.casusId).isPresent());
        Stand contact = stap("EersteContactGelegd (PLAN and HULP_INGEZET started: keys, due-index, counters)", families,
                f -> f.eersteContact("2026-04-22T10:00:00Z"),
                f -> trajecten.vindMetCasus(f.casusId).map(g -> g.traject().termijnen().stream().anyMatch(t -> t.soort().equals(Soort.of("PLAN"))))
                        .orElse(false));
        // The same casus opened again under new event ids: the traject knows its casus, so nothing changes.
        double toegepast = consumed(CaseEvents.CASUS_GEOPEND.type());
        Stand nogmaals = stap("CasusGeopend again, new event ids (changes nothing)", families, TrajectEventsMother::casusGeopend,
                f -> consumed(CaseEvents.CASUS_GEOPEND.type()) >= toegepast + AANTAL);

        log.info("store cost per fact, {} trajecten per step, polls as the binder takes them:\n{}\n{}\n{}\n{}", AANTAL, gescreend, geopend, contact,
                nogmaals);
        assertThat(nogmaals.alleGeschreven()).as("documents written for facts that change nothing").isZero();
    }

    private Stand stap(String wat, List<TrajectEventsMother> families, Function<TrajectEventsMother, TrajectEventsMother.Event> feit,
            java.util.function.Predicate<TrajectEventsMother> klaar) {
        List<TrajectEventsMother.Event> events = families.stream().map(feit).toList();
        Stand voor = rondgangen.stand();
        kafka.sendAll(events.getFirst().topic(), events.stream().map(e -> new KafkaProbe.Outgoing(e.key(), e.headers(), e.payload())).toList());
        await().pollInSameThread().atMost(Duration.ofSeconds(90)).until(() -> families.stream().allMatch(klaar));
        // The last fact's side writes (counter shares, due-index cleanup) follow its traject write.
        await().pollInSameThread().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        Stand kosten = rondgangen.stand().sinds(voor);
        log.info("{}: {} round trips ({} per fact), {} documents written ({} per fact); round trips {}, written {}", wat, kosten.alleRondgangen(),
                String.format("%.2f", kosten.alleRondgangen() / (double) AANTAL), kosten.alleGeschreven(),
                String.format("%.2f", kosten.alleGeschreven() / (double) AANTAL), kosten.rondgangen(), kosten.geschreven());
        return kosten;
    }

    private double consumed(String type) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", "applied").counter();
        var duplicates = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", "duplicate").counter();
        return (counter == null ? 0 : counter.count()) + (duplicates == null ? 0 : duplicates.count());
    }
}
