package nl.jeugdlink.platform.outbox.relaytest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdlink.platform.outbox.IdentifiedAggregate;
import nl.jeugdlink.platform.outbox.OutboxRelay;
import nl.jeugdlink.platform.outbox.PendingEvent;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The outbox relay under concurrent saves, so that it publishes many documents per batch: every
 * event arrives, each document's events in their order (per key), and every document is emptied
 * once its events are acknowledged. No periodic sweep runs here (interval 0): the wake after each
 * save carries the steady state, and the sweep only finds what was left in a collection when it
 * became known (a crash, in a real start).
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=relay-test",
        "jeugdlink.crypto.keyset-file=target/relay-test-keyset.json",
        "jeugdlink.outbox.sweep-interval=0s"})
class OutboxRelayIntegrationTest {

    private static final String TOPIC = "jeugdlink.test.relay";
    private static final int DOCUMENTS = 300;
    private static final int EVENTS_PER_DOCUMENT = 3;

    @SpringBootApplication
    static class RelayTestApplication {
    }

    @Document("relaytest")
    static class Aggregate extends IdentifiedAggregate {
        Aggregate(String id) {
            super(id);
        }
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    StoreQueries queries;

    @Test
    void publishesEveryEventInOrderPerDocumentAndEmptiesTheDocuments() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        long mark = queries.mark();
        try (ExecutorService writers = Executors.newFixedThreadPool(6)) {
            List<Future<?>> saves = new ArrayList<>();
            for (int d = 0; d < DOCUMENTS; d++) {
                String id = run + "-" + d;
                ids.add(id);
                saves.add(writers.submit(() -> {
                    Aggregate aggregate = new Aggregate(id);
                    for (int e = 1; e <= EVENTS_PER_DOCUMENT; e++) {
                        aggregate.publish(new PendingEvent(UUID.randomUUID().toString(), "nl.jeugdlink.test.relay.v1", TOPIC, id,
                                Instant.now(), "{\"seq\":" + e + "}"));
                    }
                    mongo.insert(aggregate);
                }));
            }
            for (Future<?> save : saves) {
                save.get();
            }
        }

        List<ConsumerRecord<String, byte[]>> records = new KafkaProbe().read(TOPIC, Duration.ofSeconds(60),
                all -> all.stream().filter(r -> r.key() != null && r.key().startsWith(run)).count() >= (long) DOCUMENTS * EVENTS_PER_DOCUMENT);
        Map<String, List<String>> perKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (r.key() != null && r.key().startsWith(run)) {
                perKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new String(r.value(), StandardCharsets.UTF_8));
            }
        }
        assertThat(perKey).hasSize(DOCUMENTS);
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("relaytest")))
                .as("the relay's steady state reads and writes its documents by _id only").isEmpty();
        assertThat(queries.since(mark)).as("it removed the published events").anyMatch(q -> q.collection().equals("relaytest"));
        perKey.forEach((key, values) -> assertThat(values).as("events of " + key + ", in order, each once")
                .containsExactly("{\"seq\":1}", "{\"seq\":2}", "{\"seq\":3}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.count(
                Query.query(Criteria.where("_id").in(ids).and("pendingEvents.0").exists(true)), "relaytest"))
                .as("documents still holding events").isZero());
    }

    @Test
    void aSaveOfADocumentLoadedBeforeItsEventsWereRemovedFailsItsLockInsteadOfPublishingThemAgain() {
        String id = "stale-" + UUID.randomUUID();
        Aggregate aggregate = new Aggregate(id);
        aggregate.publish(new PendingEvent(UUID.randomUUID().toString(), "nl.jeugdlink.test.relay.v1", TOPIC, id, Instant.now(), "{\"seq\":1}"));
        mongo.insert(aggregate);
        Aggregate loadedBeforeRemoval = mongo.findById(id, Aggregate.class);

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.findById(id, Aggregate.class).getPendingEvents().isEmpty());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mongo.save(loadedBeforeRemoval))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(mongo.findById(id, Aggregate.class).getPendingEvents()).isEmpty();
    }

    @Test
    void eventsLeftInACollectionByACrashArePublishedWhenTheCollectionBecomesKnownAndCountAsBacklogUntilThen() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String collection = "relaytest_crashed_" + run;
        for (int d = 0; d < 3; d++) {
            String id = run + "-crashed-" + d;
            // Written as a crashed service left it: events in the document, no wake-up (a raw write, no save hook).
            mongo.insert(new org.bson.Document("_id", id).append("version", 0L).append("pendingEvents", List.of(
                    new org.bson.Document("eventId", UUID.randomUUID().toString()).append("type", "nl.jeugdlink.test.relay.v1")
                            .append("topic", TOPIC).append("subject", id).append("time", java.util.Date.from(Instant.now()))
                            .append("data", "{\"seq\":1}"))), collection);
        }

        relay.register(collection);

        List<ConsumerRecord<String, byte[]>> records = new KafkaProbe().read(TOPIC, Duration.ofSeconds(60),
                all -> all.stream().filter(r -> r.key() != null && r.key().startsWith(run + "-crashed-")).count() >= 3);
        assertThat(records.stream().filter(r -> r.key() != null && r.key().startsWith(run + "-crashed-")).map(ConsumerRecord::key).distinct())
                .hasSize(3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mongo.count(
                Query.query(Criteria.where("pendingEvents.0").exists(true)), collection)).as("documents still holding events").isZero());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(relay.backlog()).isZero());
    }
}
