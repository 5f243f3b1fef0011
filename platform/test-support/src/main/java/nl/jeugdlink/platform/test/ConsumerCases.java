package nl.jeugdlink.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The cases every consumer binding passes (CONVENTIONS.md §Events 6, ADR 0015), written once: it
 * consumes a valid event; retries while its store is down and applies the event once it is back;
 * sends an event that breaks a rule to its dead-letter topic with the reason; sends an unreadable
 * message there; ignores a duplicate delivery. Two more come with the platform's handler table: a
 * payload that breaks its schema is unreadable, an event whose subject is not the aggregate its
 * payload names is rejected. And one for batches (ADR 0018): records sent together, one of them
 * unreadable and one breaking a rule, are each dealt with as if they came alone.
 *
 * <p>A binding's {@code *IntegrationTest} (a Spring context against the real broker and store)
 * extends this and says which binding it is, what a valid and a rule-breaking event look like, how
 * to cut its store ({@link TcpProxy}) and how to see that an event was applied.
 */
public abstract class ConsumerCases {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String UNREADABLE = "nl.jeugdlink.platform.inbound.UnreadableEventException";
    private static final String REJECTED = "nl.jeugdlink.platform.inbound.RejectedEventException";

    protected final KafkaProbe kafka = new KafkaProbe();

    /** The binding's topic (its destination). */
    protected abstract String topic();

    @Value("${spring.application.name}")
    private String applicationName;

    @Autowired
    private TcpProxy storeProxy;

    @Autowired
    private MeterRegistry meterRegistry;

    /**
     * The binding's consumer group; its dead-letter topic is {@code <topic>.<group>.dlq}. Every service
     * consumes as its own application name.
     */
    protected String group() {
        return applicationName;
    }

    /** A valid event the binding applies, with fresh ids on every call. */
    protected abstract ReceivedEvent aValidEvent();

    /** A readable, schema-valid event about its own subject that breaks a rule, so the binding refuses it. */
    protected abstract ReceivedEvent anEventThatBreaksARule();

    /** Text that the dead letter's reason ({@code x-exception-message}) of that event contains. */
    protected abstract String theRuleItBreaks();

    /** Whether the effect of {@code event} is visible in the service's store. */
    protected abstract boolean applied(ReceivedEvent event);

    /** The forwarder between the service and its store (the test infrastructure's one). */
    protected TcpProxy store() {
        return storeProxy;
    }

    protected MeterRegistry meters() {
        return meterRegistry;
    }

    /** More the binding checks once a valid event was applied (and once more after a duplicate): what it published, say. */
    protected void thenAppliedOnce(ReceivedEvent event) {
    }

    protected final String deadLetterTopic() {
        return topic() + "." + group() + ".dlq";
    }

    @Test
    void consumesAValidEvent() {
        ReceivedEvent event = aValidEvent();
        double before = consumed(event.type(), "applied");

        event.sendWith(kafka);

        await().atMost(PATIENCE).until(() -> applied(event));
        await().atMost(PATIENCE).until(() -> consumed(event.type(), "applied") > before);
        thenAppliedOnce(event);
    }

    @Test
    void retriesWhileTheStoreIsDownAndAppliesOnceItIsBack() throws InterruptedException {
        ReceivedEvent event = aValidEvent();
        double failedBefore = failed(event.type());

        store().cut();
        try {
            event.sendWith(kafka);
            // Until an attempt to apply it failed against the unreachable store (the table counts each such attempt; it is
            // retried with the binding's back-off): a positive signal instead of a fixed pause that only hoped for one.
            await().atMost(PATIENCE).until(() -> failed(event.type()) > failedBefore);
        } finally {
            store().restore();
        }

        await().atMost(PATIENCE).until(() -> applied(event));
        thenAppliedOnce(event);
        // Applied, so done with: a dead letter of it would have been sent before (the binding dead-letters only what it gives
        // up on), and is on the topic by now. What the topic holds is enough; no need to wait for more.
        assertThat(kafka.readAll(deadLetterTopic())).noneMatch(r -> event.key().equals(r.key()));
    }

    @Test
    void sendsAnEventThatBreaksARuleToTheDeadLetterTopicWithItsReason() {
        ReceivedEvent event = anEventThatBreaksARule();

        event.sendWith(kafka);

        var dead = deadLetterWith(event.key());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + REJECTED);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains(theRuleItBreaks());
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(topic());
        assertThat(KafkaProbe.header(dead, "ce_id")).isEqualTo(event.id());
        assertThat(applied(event)).isFalse();
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + UUID.randomUUID();

        kafka.send(topic(), key, Map.of("content-type", "application/json"), "{ dit is geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        var dead = deadLetterWith(key);
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UNREADABLE);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("not a readable CloudEvent");
    }

    @Test
    void ignoresADuplicateDelivery() {
        ReceivedEvent event = aValidEvent();
        double duplicates = consumed(event.type(), "duplicate");

        event.sendWith(kafka);
        event.sendWith(kafka);

        await().atMost(PATIENCE).until(() -> consumed(event.type(), "duplicate") > duplicates);
        assertThat(applied(event)).isTrue();
        thenAppliedOnce(event);
    }

    @Test
    void sendsAPayloadThatBreaksItsSchemaToTheDeadLetterTopic() {
        ReceivedEvent valid = aValidEvent();
        ReceivedEvent broken = valid.withPayload("{}");

        broken.sendWith(kafka);

        var dead = deadLetterWith(broken.key());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UNREADABLE);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("breaks its schema");
        assertThat(applied(valid)).isFalse();
    }

    @Test
    void sendsAnEventWhoseSubjectIsNotTheAggregateItNamesToTheDeadLetterTopic() {
        ReceivedEvent valid = aValidEvent();
        String other = UUID.randomUUID().toString();
        ReceivedEvent elsewhere = valid.withHeader("ce_subject", other);

        elsewhere.sendWith(kafka);

        var dead = deadLetterWith(elsewhere.key());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + REJECTED);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("subject " + other);
        assertThat(applied(valid)).isFalse();
    }

    @Test
    void appliesTheRestOfABatchAndDeadLettersOnlyItsPoisonRecords() {
        ReceivedEvent first = aValidEvent();
        ReceivedEvent second = aValidEvent();
        ReceivedEvent third = aValidEvent();
        ReceivedEvent rule = anEventThatBreaksARule();
        String poison = "poison-" + UUID.randomUUID();

        kafka.sendAll(topic(), java.util.List.of(outgoing(first),
                new KafkaProbe.Outgoing(poison, Map.of("content-type", "application/json"), "{ dit is geen CloudEvent".getBytes(StandardCharsets.UTF_8)),
                outgoing(second), outgoing(rule), outgoing(third)));

        await().atMost(PATIENCE).until(() -> applied(first) && applied(second) && applied(third));
        assertThat(KafkaProbe.header(deadLetterWith(poison), "x-exception-message")).contains("not a readable CloudEvent");
        assertThat(KafkaProbe.header(deadLetterWith(rule.key()), "x-exception-message")).contains(theRuleItBreaks());
        assertThat(applied(rule)).isFalse();
        thenAppliedOnce(first);
        thenAppliedOnce(second);
        thenAppliedOnce(third);
    }

    private static KafkaProbe.Outgoing outgoing(ReceivedEvent event) {
        return new KafkaProbe.Outgoing(event.key(), event.headers(), event.payload());
    }

    /** How often the service counted an event of {@code type} with {@code outcome}. */
    protected final double consumed(String type, String outcome) {
        var counter = meters().find("jeugdlink.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** How many attempts to apply an event of {@code type} failed for a transient reason and were retried (or dead-lettered). */
    protected final double failed(String type) {
        var counter = meters().find("jeugdlink.events.failed").tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The one dead letter with this key, waiting for it. */
    protected final ConsumerRecord<String, byte[]> deadLetterWith(String key) {
        var found = kafka.read(deadLetterTopic(), PATIENCE, records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key).hasSize(1);
        return found.getFirst();
    }
}
