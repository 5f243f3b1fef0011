package nl.jeugdlink.platform.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Objects;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the handler table ({@link InboundHandlers}, the front door of every consumer) reads and
 * counts with: reads the envelope, parses the payload into its contract record, and counts what
 * happened to each event type. Anything unreadable becomes an {@link UnreadableEventException} so
 * that it lands in the dead-letter topic rather than being retried or silently dropped.
 */
public class InboundEvents {

    /**
     * What became of a received event, as a metric tag: applied, recognised as applied before, not
     * for this consumer, or sent to the dead-letter topic because it was unreadable or broke a rule.
     */
    public enum Outcome { APPLIED, DUPLICATE, IGNORED, UNREADABLE, REJECTED }

    private final JsonMapper json;
    private final MeterRegistry meters;
    /** One counter per type and outcome, looked up once: building and registering one per event was a measurable share of a hop. */
    private final java.util.concurrent.ConcurrentMap<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentMap<String, Counter> failures = new java.util.concurrent.ConcurrentHashMap<>();

    public InboundEvents(JsonMapper json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    public InboundEvent read(Message<byte[]> message) {
        return read(message.getHeaders(), message.getPayload());
    }

    /** As {@link #read(Message)}, from a record's own headers and payload: a batch reads each record without building a message. */
    public InboundEvent read(java.util.Map<String, Object> headers, byte[] payload) {
        try {
            CloudEventHeaders.Envelope event = CloudEventHeaders.read(headers, payload);
            if (event.subject() == null || event.subject().isBlank()) {
                throw new UnreadableEventException("event " + event.id() + " has no subject");
            }
            Instant time = event.time() == null ? Instant.EPOCH : event.time();
            return new InboundEvent(event.id(), event.type(), event.source(), event.subject(), time, event.data());
        } catch (UnreadableEventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableEventException("not a readable CloudEvent: " + e.getMessage(), e);
        }
    }

    /**
     * The payload as a JSON object; anything else is unreadable. Read once per record by the handler table: the schema is
     * checked on it, and a record row reads its contract record from it ({@link #data}), a JSON row hands it on.
     */
    public JsonNode tree(InboundEvent event) {
        try {
            JsonNode payload = json.readTree(event.data());
            if (payload == null || !payload.isObject()) {
                throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " is no JSON object");
            }
            return payload;
        } catch (JacksonException e) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " is no JSON", e);
        }
    }

    /**
     * The payload as its contract record, read from the tree the schema was checked on ({@link #tree}): the bytes are parsed
     * once per record (issue 11). A payload that does not fit the contract is unreadable.
     */
    public <T extends Record> T data(InboundEvent event, JsonNode tree, EventType type, Class<T> payload) {
        if (!type.type().equals(event.type()) || !type.payload().equals(payload)) {
            throw new UnreadableEventException("event " + event.id() + " of type " + event.type() + " read as " + type.type());
        }
        try {
            T value = json.treeToValue(tree, payload);
            return Objects.requireNonNull(value, "payload");
        } catch (JacksonException | NullPointerException e) {
            throw new UnreadableEventException("payload of " + event.type() + " " + event.id() + " does not fit its contract", e);
        }
    }

    /**
     * The meters of one batch binding's polls, registered once: {@code jeugdlink.inbound.polls} (a timer: polls and the time each
     * took, read to applied) and {@code jeugdlink.inbound.records} (records per poll), by binding. Per poll, not per record: a
     * timer per record was part of what following each record's trace cost (issue 11).
     */
    public PollMeter poll(String binding) {
        return new PollMeter(
                io.micrometer.core.instrument.Timer.builder("jeugdlink.inbound.polls")
                        .description("Polls of a batch binding taken by the handler table, and how long each took from read to applied")
                        .tag("binding", binding)
                        .register(meters),
                io.micrometer.core.instrument.DistributionSummary.builder("jeugdlink.inbound.records")
                        .description("Records per poll of a batch binding")
                        .tag("binding", binding)
                        .register(meters));
    }

    /** What {@link #poll} registered for one binding. */
    public record PollMeter(io.micrometer.core.instrument.Timer time, io.micrometer.core.instrument.DistributionSummary records) {

        /** One poll of {@code count} records that took {@code nanos}. */
        public void record(int count, long nanos) {
            time.record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            records.record(count);
        }
    }

    /**
     * Counts a failed attempt to apply a received event for a transient reason (the store out of reach, a lost race):
     * {@code jeugdlink.events.failed} by type. The attempt is retried with the binding's back-off and dead-lettered when every
     * retry failed; the final outcome is still counted once by {@link #record}. What an operator sees rising while a store is
     * down, and what a test waits for instead of a fixed pause.
     */
    public void failed(InboundEvent event) {
        failureCounter(event.type()).increment();
    }

    /**
     * A type a handler table applies: its failure counter exists from the start, at 0, so that the first failures are
     * counted by {@code increase()} and the alert on it (a counter made at its first failure starts at 1 and that failure is
     * seen nowhere; {@link nl.jeugdlink.platform.metrics.CountersFromZero} says why).
     */
    public void expect(String type) {
        failureCounter(type);
    }

    private Counter failureCounter(String type) {
        return failures.computeIfAbsent(type, key -> Counter.builder("jeugdlink.events.failed")
                .description("Attempts to apply a received event that failed for a transient reason and were retried or dead-lettered")
                .tag("type", type)
                .register(meters));
    }

    /** Counts a received event by type and outcome: {@code jeugdlink.events.consumed}. */
    public void record(InboundEvent event, Outcome outcome) {
        counters.computeIfAbsent(event.type() + '\u0000' + outcome.name(), key -> Counter.builder("jeugdlink.events.consumed")
                .description("Events received, by CloudEvents type and what became of them")
                .tag("type", event.type())
                .tag("outcome", outcome.name().toLowerCase())
                .register(meters))
                .increment();
    }
}
