package nl.jeugdlink.platform.kafka.prefixtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.platform.deadletter.DeadLetterQueues;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.outbox.IdentifiedAggregate;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two regions on one cluster (issue 16): with {@code jeugdlink.kafka.topic-prefix} set, every name the
 * service uses in Kafka carries the region's prefix, while the service's configuration, contracts and
 * stored events keep the plain names - the binding's destination and consumer group, its dead-letter
 * topic (and the dead-letter operations that read it), the topics declared at start, the topic the outbox
 * relay publishes to, and the audit anchor. Nothing of this service lands on a plain name.
 */
@JeugdLinkIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.application.name=prefix-test",
        "jeugdlink.kafka.topic-prefix=" + TopicPrefixIntegrationTest.REGIO,
        "jeugdlink.crypto.keyset-file=target/prefix-test-keyset.json",
        "jeugdlink.kafka.topics.events=" + TopicPrefixIntegrationTest.TOPIC + "," + TopicPrefixIntegrationTest.GEDECLAREERD,
        "spring.cloud.function.definition=ontvang",
        "spring.cloud.stream.bindings.ontvang-in-0.destination=" + TopicPrefixIntegrationTest.TOPIC,
        "spring.cloud.stream.bindings.ontvang-in-0.group=prefix-test",
        "spring.cloud.stream.bindings.ontvang-in-0.content-type=application/octet-stream"})
class TopicPrefixIntegrationTest {

    static final String REGIO = "regio-a.";
    static final String TOPIC = "jeugdlink.test.prefix";
    /** An event topic the service declares without consuming it. */
    static final String GEDECLAREERD = "jeugdlink.test.prefix.gedeclareerd";
    private static final EventType GEBEURD = new EventType("PrefixGebeurd", 1, "nl.jeugdlink.test.prefix-gebeurd.v1", TOPIC, Gebeurd.class);

    record Gebeurd(String id, boolean weigeren) {
    }

    @SpringBootApplication
    static class PrefixTestApplication {

        static final BlockingQueue<String> ONTVANGEN = new LinkedBlockingQueue<>();

        /** Says on which topic each record came in; refuses those that ask for it, so that they go to the dead-letter topic. */
        @Bean
        Consumer<Message<byte[]>> ontvang() {
            return message -> {
                String payload = new String(message.getPayload(), StandardCharsets.UTF_8);
                if (payload.contains("\"weigeren\":true")) {
                    throw new RejectedEventException("geweigerd");
                }
                ONTVANGEN.add(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC) + " " + payload);
            };
        }
    }

    @Document("prefixtest")
    static class Aggregate extends IdentifiedAggregate {
        Aggregate(String id) {
            super(id);
        }
    }

    @Autowired
    OutgoingEvents outgoing;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DeadLetterQueues deadLetters;

    private void publish(String id, boolean weigeren) {
        Aggregate aggregate = new Aggregate(id);
        var event = outgoing.append(aggregate, GEBEURD, new Gebeurd(id, weigeren));
        // Stored with its plain name: a prefix set later (or changed) applies to events already waiting too.
        assertThat(event.topic()).isEqualTo(TOPIC);
        mongo.save(aggregate);
    }

    @Test
    void everyNameTheServiceUsesInKafkaCarriesTheRegionsPrefix() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(id, false);

        // The relay published to the prefixed topic, where the binding (its destination prefixed too) consumed it.
        String ontvangen = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && (ontvangen == null || !ontvangen.contains(id))) {
            ontvangen = PrefixTestApplication.ONTVANGEN.poll(1, TimeUnit.SECONDS);
        }
        assertThat(ontvangen).as("consumed").isNotNull().startsWith(REGIO + TOPIC + " ").contains(id);

        // A refused record goes to the prefixed dead-letter topic, which the beheerder's operations read.
        String geweigerd = UUID.randomUUID().toString();
        publish(geweigerd, true);
        String dlq = REGIO + TOPIC + ".prefix-test.dlq";
        assertThat(deadLetters.queues()).extracting(DeadLetterQueues.Queue::topic).containsExactly(dlq);
        var dead = new KafkaProbe().read(dlq, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> geweigerd.equals(r.key())));
        assertThat(dead).anySatisfy(r -> {
            assertThat(r.key()).isEqualTo(geweigerd);
            assertThat(KafkaProbe.header(r, "x-original-topic")).isEqualTo(REGIO + TOPIC);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.depth(deadLetters.queues().getFirst()) == 1);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", RealInfrastructure.get().kafkaBootstrap()))) {
            // Declared at start, the audit anchor included; nothing of this service on a plain name.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .contains(REGIO + TOPIC, REGIO + GEDECLAREERD, dlq, REGIO + "jeugdlink.audit.anker")
                    .doesNotContain(TOPIC, GEDECLAREERD, TOPIC + ".prefix-test.dlq"));
            // The consumer group is the region's too: two regions' case-services do not share a group.
            Set<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream().map(ConsumerGroupListing::groupId)
                    .collect(java.util.stream.Collectors.toSet());
            assertThat(groups).contains(REGIO + "prefix-test").doesNotContain("prefix-test");
        }
    }
}
