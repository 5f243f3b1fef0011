package nl.jeugdlink.platform.cloudevents;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents envelope in binary mode, following the NL GOV profile for CloudEvents: the
 * attributes travel as {@code ce_*} Kafka headers, the payload is the plain JSON record value. The
 * CloudEvents SDK writes the headers, so the format is never written by hand; it reads them too, but for the form the
 * platform's producers write, which {@link CanonicalEnvelope} reads at a fraction of the cost and holds to the SDK's answer.
 */
public final class CloudEventHeaders {

    public static final String JSON = "application/json";

    private final URI source;
    private final String schemaBase;

    /**
     * @param source URN naming the producing service and region, e.g.
     *     {@code urn:nld:jeugdlink:foodvalley:intake-service}
     * @param schemaBase where published schemas live; {@code dataschema} = base + type + ".json"
     */
    public CloudEventHeaders(URI source, String schemaBase) {
        this.source = source;
        this.schemaBase = schemaBase;
    }

    /** The Kafka headers (raw bytes, as the CloudEvents Kafka binding defines them) for one event. */
    public Map<String, Object> headersFor(PublishableEvent event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(schemaBase + event.type() + ".json"))
                .withData(JSON, event.data().getBytes(StandardCharsets.UTF_8))
                .build();
        ProducerRecord<Void, byte[]> record = KafkaMessageFactory.<Void>createWriter(event.topic()).writeBinary(cloudEvent);
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return headers;
    }

    /**
     * What a consumer reads of a received event: its attributes and payload.
     *
     * @param time null when the event carries none
     * @param subject null when the event carries none
     */
    public record Envelope(String id, String source, String type, @Nullable String subject, @Nullable Instant time, byte[] data) {
    }

    /**
     * Reads the envelope out of received headers and payload: the form the producers write by {@link CanonicalEnvelope}, any
     * other by the SDK, which accepts or refuses it.
     *
     * @throws IllegalArgumentException when the message is not a binary-mode CloudEvent
     * @throws RuntimeException (the SDK's) when it is not a valid one
     */
    public static Envelope read(Map<String, Object> messageHeaders, byte @Nullable [] payload) {
        Envelope canonical = CanonicalEnvelope.read(messageHeaders, payload);
        return canonical != null ? canonical : bySdk(messageHeaders, payload);
    }

    /** The SDK's reading of the envelope: every form the CloudEvents Kafka binding allows, and its refusals. */
    static Envelope bySdk(Map<String, Object> messageHeaders, byte @Nullable [] payload) {
        CloudEvent event = readEvent(messageHeaders, payload);
        return new Envelope(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                event.getTime() == null ? null : event.getTime().toInstant(), event.getData() == null ? new byte[0] : event.getData().toBytes());
    }

    private static CloudEvent readEvent(Map<String, Object> messageHeaders, byte @Nullable [] payload) {
        RecordHeaders headers = new RecordHeaders();
        messageHeaders.forEach((name, value) -> {
            if (name.startsWith("ce_") || name.equals("content-type")) {
                headers.add(name, value instanceof byte[] bytes ? bytes : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            }
        });
        if (headers.lastHeader("ce_specversion") == null) {
            throw new IllegalArgumentException("no ce_specversion header: not a CloudEvent in binary mode");
        }
        return KafkaMessageFactory.createReader(headers, payload).toEvent();
    }
}
