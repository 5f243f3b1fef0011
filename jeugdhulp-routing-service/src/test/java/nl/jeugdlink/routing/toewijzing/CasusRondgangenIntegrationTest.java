package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11: what the casus projection costs its store per case-service event, counted by a driver command listener on the service's
 * own client (every command sent to {@code casussen}, nothing stubbed). A poll of CasusGeopend is one bulk insert, not one insert per
 * event; a redelivered CasusGeopend or CasusAfgesloten, and the stream's other events, write nothing. The counts are logged for the
 * performance record; the assertions are on the numbers of commands, never on time.
 */
@JeugdLinkIntegrationTest
// A group of its own from the topic's end: the counted client is this context's, so its consumer must see every event sent here, not
// share the partitions with the suite's other contexts (which still take the events in, into the same store); closed after the class,
// so that it takes nothing from the tests that follow.
@TestPropertySource(properties = {
        "spring.cloud.stream.bindings.casussen-in-0.group=jeugdhulp-routing-service-rondgangen",
        "spring.cloud.stream.kafka.bindings.casussen-in-0.consumer.start-offset=latest"})
@DirtiesContext
class CasusRondgangenIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(CasusRondgangenIntegrationTest.class);
    private static final int AANTAL = 40;

    /** Commands the service sent, by command name, to the collection {@code casussen}. */
    static final class Rondgangen implements CommandListener {

        private final Map<String, AtomicInteger> perCommando = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            var command = event.getCommand();
            String name = event.getCommandName();
            if (command.containsKey(name) && command.get(name).isString() && "casussen".equals(command.getString(name).getValue())) {
                perCommando.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
            }
        }

        Map<String, Integer> stand() {
            Map<String, Integer> stand = new java.util.TreeMap<>();
            perCommando.forEach((name, count) -> stand.put(name, count.get()));
            return stand;
        }

        int sinds(Map<String, Integer> eerder, String name) {
            return stand().getOrDefault(name, 0) - eerder.getOrDefault(name, 0);
        }
    }

    @TestConfiguration
    static class Meting {

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
    MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    /** Waits on the platform's consumed-events counter, so that waiting sends nothing to the store. */
    private double verwerkt(String type) {
        return meters.find("jeugdlink.events.consumed").tag("type", type).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Test
    void aPollOfOpenedCasussenIsOneBulkInsert_andWhatChangesNothingWritesNothing() {
        String geopend = CaseEvents.CASUS_GEOPEND.type();
        String afgesloten = CaseEvents.CASUS_AFGESLOTEN.type();
        List<CasusGeopendMother.Event> events = new ArrayList<>();
        for (int i = 0; i < AANTAL; i++) {
            events.add(CasusGeopendMother.geopend());
        }
        List<KafkaProbe.Outgoing> poll = new ArrayList<>(events.stream().map(e -> new KafkaProbe.Outgoing(e.casusId(), e.headers(), e.payload())).toList());
        // The same CasusGeopend again, and an event of the stream the routing does not read.
        poll.add(poll.getFirst());
        var ander = CasusGeopendMother.anderEvent(CaseEvents.PLAN_VASTGESTELD);
        poll.add(new KafkaProbe.Outgoing(ander.casusId(), ander.headers(), ander.payload()));
        // Until this context's consumer has its partitions (it starts at the topic's end), a casus of its own to take in.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            if (verwerkt(geopend) > 0) {
                return true;
            }
            CasusGeopendMother.send(kafka, CasusGeopendMother.geopend());
            return false;
        });
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        double geopendVoor = verwerkt(geopend);
        var voor = rondgangen.stand();

        kafka.sendAll(CaseEvents.TOPIC, poll);
        await().atMost(Duration.ofSeconds(60)).until(() -> verwerkt(geopend) - geopendVoor >= AANTAL + 1);

        int inserts = rondgangen.sinds(voor, "insert");
        int reads = rondgangen.sinds(voor, "find");
        int updates = rondgangen.sinds(voor, "update");
        log.info("casussen-in-0: {} CasusGeopend (+1 redelivered, +1 ignored) cost {} insert command(s), {} find(s), {} update(s) on casussen "
                + "- {} round trip(s) per event", AANTAL, inserts, reads, updates, String.format("%.3f", (inserts + reads + updates) / (double) (AANTAL + 2)));
        assertThat(reads).as("inserting needs no read").isZero();
        assertThat(updates).isZero();
        assertThat(inserts).as("one bulk insert per run of CasusGeopend in a poll, never one per event").isLessThan(AANTAL).isPositive();

        // A closure: one read and one write; the same closure again: the read alone.
        String casusId = events.getFirst().casusId();
        var sluiting = CasusGeopendMother.afgesloten(casusId);
        double afgeslotenVoor = verwerkt(afgesloten);
        var voorSluiting = rondgangen.stand();
        CasusGeopendMother.send(kafka, sluiting);
        await().atMost(Duration.ofSeconds(30)).until(() -> verwerkt(afgesloten) - afgeslotenVoor >= 1);
        // Once - or not at all when another context of the suite closed it in the shared store first.
        assertThat(rondgangen.sinds(voorSluiting, "update")).as("closing writes at most once").isLessThanOrEqualTo(1);
        var voorHerhaling = rondgangen.stand();
        CasusGeopendMother.send(kafka, CasusGeopendMother.metPayload(sluiting, new String(sluiting.payload(), java.nio.charset.StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(30)).until(() -> verwerkt(afgesloten) - afgeslotenVoor >= 2);
        log.info("casussen-in-0: CasusAfgesloten cost {} find(s) and {} update(s); delivered again {} find(s) and {} update(s)",
                rondgangen.sinds(voorSluiting, "find") - rondgangen.sinds(voorHerhaling, "find"),
                rondgangen.sinds(voorSluiting, "update") - rondgangen.sinds(voorHerhaling, "update"),
                rondgangen.sinds(voorHerhaling, "find"), rondgangen.sinds(voorHerhaling, "update"));
        assertThat(rondgangen.sinds(voorHerhaling, "update")).as("a closure delivered again writes nothing").isZero();
    }
}
