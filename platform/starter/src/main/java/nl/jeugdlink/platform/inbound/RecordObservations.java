package nl.jeugdlink.platform.inbound;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One observation per record of a batch (ADR 0023): spring-kafka observes record listeners only, so a
 * binding in batch mode would run outside any trace and what it writes would start new ones. Each
 * record gets a receiving observation whose carrier is the record's own headers, so the tracing
 * handler continues the trace its {@code traceparent} names (the relay's, or a producer's) as a
 * consumer span, and whatever the record's handler appends to the outbox stores that trace's
 * {@code traceparent} in turn: one referral stays one trace across the services.
 */
final class RecordObservations {

    /** The observation's name; its timer is {@code jeugdlink.inbound} by binding and topic. */
    static final String NAME = "jeugdlink.inbound";

    private final ObservationRegistry registry;

    RecordObservations(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Starts the observation of one record; the caller opens its scope while it handles the record and stops it when done. */
    Observation start(String binding, InboundRecord record) {
        if (registry.isNoop()) {
            return Observation.NOOP;
        }
        ReceiverContext<InboundRecord> context = new ReceiverContext<>(RecordObservations::header);
        context.setCarrier(record);
        context.setRemoteServiceName("kafka");
        return Observation.createNotStarted(NAME, () -> context, registry)
                .contextualName(record.topic() + " receive")
                .lowCardinalityKeyValue("messaging.system", "kafka")
                .lowCardinalityKeyValue("messaging.destination.name", record.topic())
                .lowCardinalityKeyValue("jeugdlink.binding", binding)
                .start();
    }

    /** The trace the record's {@code traceparent} names ({@code 00-<trace id>-<span id>-<flags>}), or null without one. */
    static @Nullable String traceId(InboundRecord record) {
        String traceparent = header(record, "traceparent");
        return traceparent == null || traceparent.length() < 35 ? null : traceparent.substring(3, 35);
    }

    /** A header of the record as text: the binder hands them over as bytes or, when mapped, as strings. */
    private static @Nullable String header(InboundRecord record, String name) {
        Object value = record.headers().get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
