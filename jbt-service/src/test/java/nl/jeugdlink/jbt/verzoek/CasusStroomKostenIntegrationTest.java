package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreWrites;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * What the casus stream costs the jbt-service's store per event (issue 11): round trips and documents written per
 * collection, counted on the wire by a driver command listener while a burst of the case-service's events is applied,
 * as in the hop bench (every casus of one referrer). The figures are logged for the performance notes; what is asserted
 * holds whatever the polls look like: one document per state change, no write for what changes nothing.
 */
@JeugdLinkIntegrationTest
class CasusStroomKostenIntegrationTest {

    private static final Logger LOG = LoggerFactory.getLogger(CasusStroomKostenIntegrationTest.class);
    private static final int N = 200;

    @TestConfiguration(proxyBeanMethods = false)
    static class Meten {

        @Bean
        StoreWrites storeWrites() {
            return new StoreWrites();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer storeWritesListener(StoreWrites writes) {
            return settings -> settings.addCommandListener(writes);
        }
    }

    @Autowired
    StoreWrites writes;

    @Autowired
    MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void aBurstOfTheCasusStreamCostsOneDocumentPerStateChangeAndNoWriteForWhatChangesNothing() {
        String verwijzer = "verwijzer-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> casussen = new ArrayList<>();
        List<ReceivedEvent> geopend = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String casusId = UUID.randomUUID().toString();
            casussen.add(casusId);
            geopend.add(CasusEventMother.geopend(casusId, "GM0228", verwijzer));
        }

        // The binding joins its group first (on a fresh broker that takes a while): one casus, waited for, before counting.
        burst(CaseEvents.CASUS_GEOPEND, "applied", List.of(CasusEventMother.geopend(UUID.randomUUID().toString(), "GM0228", verwijzer)));

        var openingen = burst(CaseEvents.CASUS_GEOPEND, "applied", geopend);
        var koppelingen = burst(CaseEvents.REGISSEUR_GEKOPPELD, "applied",
                casussen.stream().map(c -> CasusEventMother.regisseurGekoppeld(c, "GM0228", "st-ede-" + c.substring(0, 4))).toList());
        var herhaald = burst(CaseEvents.CASUS_GEOPEND, "duplicate", geopend);
        var andereSluitingen = burst(CaseEvents.CASUS_AFGESLOTEN, "ignored",
                casussen.stream().map(c -> CasusEventMother.afgesloten(c, "GM0228", "DOELEN_BEHAALD", "st-ede-0001")).toList());

        LOG.info("Store cost of {} events each, per collection (round trips, documents written):\n  CasusGeopend {}\n  RegisseurGekoppeld {}\n"
                + "  CasusGeopend again {}\n  CasusAfgesloten (not naar JBT) {}", N, openingen, koppelingen, herhaald, andereSluitingen);

        // One document per opened casus; the known casussen do not grow with what a person was involved in.
        assertThat(written(openingen)).isEqualTo(N);
        assertThat(written(koppelingen)).isEqualTo(N);
        // A redelivery or an event the jbt does not need writes nothing.
        assertThat(written(herhaald)).isZero();
        assertThat(roundTrips(andereSluitingen)).isZero();
    }

    /** Sends the events at once and waits (by the consumer's own count, not the store) until each is counted with {@code outcome}. */
    private Map<String, StoreWrites.Count> burst(EventType type, String outcome, List<ReceivedEvent> events) {
        double before = consumed(type.type(), outcome);
        var start = writes.now();
        kafka.sendAll(CaseEvents.TOPIC, events.stream().map(e -> new KafkaProbe.Outgoing(e.key(), e.headers(), e.payload())).toList());
        await().atMost(Duration.ofSeconds(180)).until(() -> consumed(type.type(), outcome) >= before + events.size());
        return writes.since(start);
    }

    private double consumed(String type, String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long written(Map<String, StoreWrites.Count> counts) {
        return counts.values().stream().mapToLong(StoreWrites.Count::documentsWritten).sum();
    }

    private static long roundTrips(Map<String, StoreWrites.Count> counts) {
        return counts.values().stream().mapToLong(StoreWrites.Count::roundTrips).sum();
    }
}
