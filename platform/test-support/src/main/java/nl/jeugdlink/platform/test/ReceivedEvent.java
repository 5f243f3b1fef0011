package nl.jeugdlink.platform.test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One record as a producer puts it on a topic: Kafka key, CloudEvents binary-mode headers and the
 * JSON payload. What a consumer test sends to a binding.
 *
 * @param topic where it is sent
 * @param key the Kafka key: the aggregate id the event is about
 * @param type the CloudEvents type
 * @param headers the {@code ce_*} headers and {@code content-type}, as text
 * @param payload the payload
 */
public record ReceivedEvent(String topic, String key, String type, Map<String, String> headers, byte[] payload) {

    public ReceivedEvent {
        headers = Map.copyOf(headers);
    }

    /** A CloudEvent with a fresh id, about {@code subject} (also its key), from {@code source}. */
    public static ReceivedEvent of(String topic, String type, String source, String subject, String json) {
        return new ReceivedEvent(topic, subject, type, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", source,
                "ce_type", type,
                "ce_subject", subject,
                "ce_time", "2026-11-24T10:02:11Z",
                "content-type", "application/json"), json.getBytes(StandardCharsets.UTF_8));
    }

    /** The same event (same id) with another payload: a producer that breaks its contract. */
    public ReceivedEvent withPayload(String json) {
        return new ReceivedEvent(topic, key, type, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The same event (same key and payload) with one header replaced. */
    public ReceivedEvent withHeader(String name, String value) {
        Map<String, String> changed = new HashMap<>(headers);
        changed.put(name, value);
        return new ReceivedEvent(topic, key, type, changed, payload);
    }

    public String id() {
        return headers.get("ce_id");
    }

    public void sendWith(KafkaProbe kafka) {
        kafka.send(topic, key, headers, payload);
    }
}
