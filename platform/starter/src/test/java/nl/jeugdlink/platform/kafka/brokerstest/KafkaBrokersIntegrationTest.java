package nl.jeugdlink.platform.kafka.brokerstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.jeugdlink.platform.audit.AuditAnchor;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.audit.AuditTrail;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaBootstrapRecorder;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code JEUGDLINK_KAFKA_BROKERS} is the one setting every Kafka client of a service bootstraps from:
 * the binder's consumer, producer and topic provisioner, the topic declarations, and the audit anchor's producer, consumer and
 * admin client. The test gives the setting the address of a recorder in front of the real broker
 * (and no connection details), and the recorder names each client that came in through it.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=kafka-brokers-test",
        "jeugdlink.crypto.keyset-file=target/kafka-brokers-test-keyset.json",
        "jeugdlink.audit.anker-interval=100ms",
        "spring.cloud.function.definition=ontvang",
        "spring.cloud.stream.bindings.ontvang-in-0.destination=jeugdlink.test.brokers",
        "spring.cloud.stream.bindings.ontvang-in-0.group=brokers-test"})
class KafkaBrokersIntegrationTest {

    static final KafkaBootstrapRecorder RECORDER = new KafkaBootstrapRecorder(RealInfrastructure.get().kafkaBootstrap());
    static final List<String> ONTVANGEN = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void brokers(DynamicPropertyRegistry registry) {
        registry.add("JEUGDLINK_KAFKA_BROKERS", RECORDER::address);
    }

    @SpringBootApplication
    static class BrokersTestApplication {
        @Bean
        Consumer<byte[]> ontvang() {
            return waarde -> ONTVANGEN.add(new String(waarde, StandardCharsets.UTF_8));
        }
    }

    @Autowired
    StreamBridge bridge;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    Environment environment;

    @Test
    void everyKafkaClientBootstrapsFromJeugdlinkKafkaBrokers() throws Exception {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(RECORDER.address());

        bridge.send("jeugdlink.test.brokers", "hallo");
        trail.record(new AuditEntry("tester", "BEHEERDER", null, "iets", AuditEntry.Actie.LEZEN, "test", "127.0.0.1",
                AuditEntry.Resultaat.TOEGESTAAN, null));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(ONTVANGEN).as("the binder's consumer received what its producer sent").contains("hallo");
            assertThat(anchor.laatste().anker()).as("the audit anchor was published").isNotNull();
        });
        assertThat(RECORDER.clientIds())
                .as("the clients that bootstrapped through JEUGDLINK_KAFKA_BROKERS")
                .anyMatch(id -> id.startsWith("consumer-brokers-test-"))
                .anyMatch(id -> id.startsWith("producer-"))
                .anyMatch(id -> id.startsWith("adminclient-"))
                .anyMatch(id -> id.equals("jeugdlink-topics"))
                .anyMatch(id -> id.startsWith(AuditAnchor.CLIENT_ID + "-admin-"))
                .anyMatch(id -> id.startsWith(AuditAnchor.CLIENT_ID + "-consumer-"))
                .anyMatch(id -> id.startsWith(AuditAnchor.CLIENT_ID + "-producer-"));
    }
}
