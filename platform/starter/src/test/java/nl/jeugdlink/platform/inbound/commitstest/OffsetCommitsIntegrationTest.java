package nl.jeugdlink.platform.inbound.commitstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A consumer binding commits what it handled on a timer ({@code OffsetCommits}), not after every poll: events that arrive one
 * poll at a time are committed together, and all of them are committed within the interval.
 */
@JeugdLinkIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.application.name=commits-test",
        "jeugdlink.crypto.keyset-file=target/commits-test-keyset.json",
        "spring.cloud.function.definition=geteld",
        "spring.cloud.stream.bindings.geteld-in-0.destination=" + OffsetCommitsIntegrationTest.TOPIC,
        "spring.cloud.stream.bindings.geteld-in-0.group=" + OffsetCommitsIntegrationTest.GROUP,
        "spring.cloud.stream.bindings.geteld-in-0.content-type=application/octet-stream",
        "spring.cloud.stream.kafka.bindings.geteld-in-0.consumer.configuration.interceptor.classes="
                + "nl.jeugdlink.platform.inbound.commitstest.OffsetCommitsIntegrationTest$CommitsCounted"})
class OffsetCommitsIntegrationTest {

    static final String TOPIC = "jeugdlink.test.commits";
    static final String GROUP = "commits-test";
    static final AtomicInteger HANDLED = new AtomicInteger();

    /** Sees every commit the binding's consumer makes (the interceptor is Kafka's own hook; the commit goes to the broker). */
    public static class CommitsCounted implements ConsumerInterceptor<Object, Object> {

        static final AtomicInteger COMMITS = new AtomicInteger();

        @Override
        public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
            return records;
        }

        @Override
        public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
            COMMITS.incrementAndGet();
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    @SpringBootApplication
    static class CommitsTestApplication {

        @Bean
        Consumer<Message<byte[]>> geteld() {
            return message -> HANDLED.incrementAndGet();
        }
    }

    @Test
    void eventsHandledOnePollAtATimeAreCommittedTogetherWithinTheInterval(@Value("${spring.kafka.bootstrap-servers}") String bootstrap)
            throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrap);
        int handledBefore = HANDLED.get();
        int commitsBefore = CommitsCounted.COMMITS.get();
        int events = 20;

        for (int i = 1; i <= events; i++) {
            kafka.send(TOPIC, "ding-" + i, Map.of(), ("event " + i).getBytes());
            int handled = handledBefore + i;
            await().atMost(Duration.ofSeconds(20)).until(() -> HANDLED.get() >= handled); // each in a poll of its own
        }

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get().values().stream().mapToLong(OffsetAndMetadata::offset).sum())
                    .as("every handled event committed").isEqualTo((long) HANDLED.get()));
        }
        // After every poll that would be at least one commit per event.
        assertThat(CommitsCounted.COMMITS.get() - commitsBefore).isPositive().isLessThan(events / 2);
    }
}
