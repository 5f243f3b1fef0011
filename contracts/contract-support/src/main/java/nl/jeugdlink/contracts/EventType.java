package nl.jeugdlink.contracts;

import java.util.Objects;

/**
 * What travels on Kafka under one CloudEvents type: the topic it is published on, the versioned
 * type name, and where its JSON Schema and golden example live on the classpath of the producer's
 * contract jar.
 *
 * @param name the event's name in the domain's words, e.g. {@code AanmeldingOntvangen}
 * @param version the wire version; a breaking change is a new version next to the old one
 * @param type the CloudEvents {@code type}, reverse-DNS and versioned
 * @param topic the Kafka topic; the record key is the aggregate id the event is about
 * @param payload the Java record the payload maps to
 */
public record EventType(String name, int version, String type, String topic, Class<? extends Record> payload) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        if (!type.endsWith(".v" + version)) {
            throw new IllegalArgumentException("type " + type + " must end with .v" + version);
        }
    }

    /** Classpath location of the JSON Schema, e.g. {@code schemas/nl.jeugdlink.intake.aanmelding-ontvangen.v1.json}. */
    public String schemaResource() {
        return "schemas/" + type + ".json";
    }

    /** Classpath location of the golden example payload every consumer replays in its tests. */
    public String exampleResource() {
        return "examples/" + type + ".json";
    }
}
