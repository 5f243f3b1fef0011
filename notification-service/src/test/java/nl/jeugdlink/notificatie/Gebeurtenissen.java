package nl.jeugdlink.notificatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Plays the producers: golden examples from the contract jars, with fresh ids, sent as CloudEvents over the real broker. */
public final class Gebeurtenissen {

    /** The ids in the golden examples. */
    public static final String GOUDEN_AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    public static final String GOUDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    /** The casus and conversation of VerslagGedeeldMetGezin's golden example, and the stand-in for a sealed value in the sealed events (JbtVerslagGereed's too). */
    public static final String GOUDEN_VERSLAG_CASUS = "5f0e2c1a-8b3d-3c4e-9f21-7a6b5c4d3e2f";
    public static final String GOUDEN_GESPREK = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final String GOUDEN_ZEGEL = "AQ8b2kQBl3Xw4uJ0nYxq6m1rS0eWc2p7cEw9Zq0tHkFhR2lL4p1nYbW8cQ==";

    private static final KafkaProbe KAFKA = new KafkaProbe();

    private Gebeurtenissen() {
    }

    /** The golden example of {@code type} with these replacements, checked against its schema. */
    public static String voorbeeld(EventType type, Map<String, String> vervangingen) {
        String payload = SchemaCheck.example(type);
        for (var v : vervangingen.entrySet()) {
            assertThat(payload).as("golden example of " + type.name() + " contains " + v.getKey()).contains(v.getKey());
            payload = payload.replace(v.getKey(), v.getValue());
        }
        assertThat(SchemaCheck.violations(type, payload)).as("schema violations of " + type.name()).isEmpty();
        return payload;
    }

    /**
     * A date or moment field of a payload as a message writes it ("29 april 2026", Dutch time), so
     * that a test follows the golden example when the producer changes it.
     */
    public static String datumIn(String payload, String veld) {
        Matcher m = Pattern.compile("\"" + veld + "\"\\s*:\\s*\"([^\"]+)\"").matcher(payload);
        assertThat(m.find()).as(veld + " in " + payload).isTrue();
        String waarde = m.group(1);
        LocalDate dag = waarde.length() == 10 ? LocalDate.parse(waarde) : Instant.parse(waarde).atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate();
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")).format(dag);
    }

    /** Sends {@code payload} as a CloudEvent of {@code type} with this id; key and subject {@code key}. */
    public static void stuur(EventType type, String key, String eventId, String payload) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId);
        headers.put("ce_source", "urn:nld:jeugdlink:foodvalley:test");
        headers.put("ce_type", type.type());
        headers.put("ce_subject", key);
        headers.put("ce_time", "2026-11-23T09:15:02Z");
        headers.put("content-type", "application/json");
        KAFKA.send(type.topic(), key, headers, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** The one record with this key that landed in a dead-letter topic, waiting for it. */
    public static ConsumerRecord<String, byte[]> deadLetter(String dlq, String key) {
        var found = KAFKA.read(dlq, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key + " in " + dlq).hasSize(1);
        return found.getFirst();
    }

    /** Sends and returns the event id. */
    public static String stuur(EventType type, String key, String payload) {
        String eventId = UUID.randomUUID().toString();
        stuur(type, key, eventId, payload);
        return eventId;
    }
}
