package nl.jeugdlink.platform.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The envelope a consumer reads is the SDK's reading of it: {@link CanonicalEnvelope} takes what the producers write and gives
 * exactly what the SDK gives; every other form is left to the SDK, which accepts or refuses it as before.
 */
class CloudEventHeadersTest {

    private static final byte[] PAYLOAD = "{\"casusId\": \"c-1\"}".getBytes(StandardCharsets.UTF_8);

    private final CloudEventHeaders producer = new CloudEventHeaders(URI.create("urn:nld:jeugdlink:foodvalley:case-service"),
            "https://jeugdlink.nl/schemas/");

    @Test
    void whatTheProducersWriteIsReadWithoutTheSdkAndAsTheSdkReadsIt() {
        Map<String, Object> headers = producer.headersFor(new TestEvent("e-1", "nl.jeugdlink.casus.casus-geopend.v1", "c-1",
                Instant.parse("2026-12-07T01:02:03.123456Z")));

        CloudEventHeaders.Envelope canonical = CanonicalEnvelope.read(headers, PAYLOAD);

        assertThat(canonical).as("the producers' form is read without the SDK").isNotNull();
        assertSame(canonical, CloudEventHeaders.bySdk(headers, PAYLOAD));
        assertThat(canonical.time()).isEqualTo(Instant.parse("2026-12-07T01:02:03.123456Z"));
        assertThat(canonical.source()).isEqualTo("urn:nld:jeugdlink:foodvalley:case-service");
        assertThat(canonical.subject()).isEqualTo("c-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24T10:02:11Z", "2026-11-24T10:02:11.5Z", "2026-11-24T10:02:11.123456789+01:00",
        "2026-11-24T10:02:11-05:30", "2024-02-29T23:59:59.000Z", "2026-11-24T10:02:11+18:00", "0001-01-01T00:00:00Z"})
    void aTimeInTheProducersFormIsReadAsTheSdkReadsIt(String time) {
        Map<String, Object> headers = headers(h -> h.put("ce_time", time));

        assertThat(CanonicalEnvelope.read(headers, PAYLOAD)).isNotNull();
        assertSameAsSdk(headers);
    }

    /** Other spellings the SDK accepts (or refuses): all left to it, so the answer is the SDK's. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-24t10:02:11z", "2026-11-24T10:02Z", "2026-11-24T10:02:11+01:00:30", "2026-11-24T10:02:11",
        "2026-02-29T10:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:02:60Z", "2026-11-24T10:02:11+19:00", "2026-11-24T10:02:11+01:60",
        "2026-11-24T10:02:11.Z", "2026-11-24T10:02:11.1234567891Z", "2026-13-01T00:00:00Z", "gisteren", "", "+12026-11-24T10:02:11Z"})
    void anyOtherTimeIsTheSdksToAcceptOrRefuse(String time) {
        Map<String, Object> headers = headers(h -> h.put("ce_time", time));

        assertThat(CanonicalEnvelope.read(headers, PAYLOAD)).isNull();
        assertSameAsSdk(headers);
    }

    @Test
    void otherEnvelopesAreTheSdksToAcceptOrRefuse() {
        assertLeftToSdk(headers(h -> h.put("ce_specversion", "0.3")));
        assertLeftToSdk(headers(h -> h.put("ce_specversion", "2.0")));
        assertLeftToSdk(headers(h -> h.remove("ce_id")));
        assertLeftToSdk(headers(h -> h.put("ce_id", "")));
        assertLeftToSdk(headers(h -> h.remove("ce_type")));
        assertLeftToSdk(headers(h -> h.remove("ce_source")));
        assertLeftToSdk(headers(h -> h.put("ce_source", "geen uri met spaties")));
        assertLeftToSdk(headers(h -> h.put("ce_dataschema", "::")));
        assertLeftToSdk(headers(h -> h.put("ce_Subject", "c-1")));
        assertLeftToSdk(headers(h -> h.put("ce_mijn-extensie", "x")));
        assertLeftToSdk(headers(h -> h.put("ce_", "x")));
        assertLeftToSdk(headers(h -> h.put("ce_subject", null)));
    }

    @Test
    void anEnvelopeWithoutSubjectTimeOrPayloadIsReadAsTheSdkReadsIt() {
        Map<String, Object> headers = headers(h -> {
            h.remove("ce_subject");
            h.remove("ce_time");
            h.put("ce_traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        });

        CloudEventHeaders.Envelope canonical = CanonicalEnvelope.read(headers, null);

        assertThat(canonical).isNotNull();
        assertThat(canonical.subject()).isNull();
        assertThat(canonical.time()).isNull();
        assertSame(canonical, CloudEventHeaders.bySdk(headers, null));
    }

    @Test
    void aMessageWithoutSpecversionIsNoCloudEvent() {
        assertThatThrownBy(() -> CloudEventHeaders.read(headers(h -> h.remove("ce_specversion")), PAYLOAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no ce_specversion");
    }

    private static Map<String, Object> headers(Consumer<Map<String, Object>> change) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", bytes("1.0"));
        headers.put("ce_id", bytes("e-1"));
        headers.put("ce_source", bytes("urn:nld:jeugdlink:foodvalley:intake-service"));
        headers.put("ce_type", "nl.jeugdlink.intake.aanmelding-gescreend.v1"); // a String, as a test's message carries it
        headers.put("ce_subject", bytes("a-1"));
        headers.put("ce_time", bytes("2026-11-24T10:02:11Z"));
        headers.put("ce_dataschema", bytes("https://jeugdlink.nl/schemas/nl.jeugdlink.intake.aanmelding-gescreend.v1.json"));
        headers.put("content-type", bytes("application/json"));
        headers.put("kafka_offset", 17L);
        change.accept(headers);
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertLeftToSdk(Map<String, Object> headers) {
        assertThat(CanonicalEnvelope.read(headers, PAYLOAD)).as("left to the SDK: %s", headers.keySet()).isNull();
        assertSameAsSdk(headers);
    }

    /** {@link CloudEventHeaders#read} gives what the SDK gives, or fails where it fails. */
    private static void assertSameAsSdk(Map<String, Object> headers) {
        CloudEventHeaders.Envelope sdk;
        try {
            sdk = CloudEventHeaders.bySdk(headers, PAYLOAD);
        } catch (RuntimeException refused) {
            assertThatThrownBy(() -> CloudEventHeaders.read(headers, PAYLOAD)).isInstanceOf(refused.getClass());
            return;
        }
        assertSame(CloudEventHeaders.read(headers, PAYLOAD), sdk);
    }

    private static void assertSame(CloudEventHeaders.Envelope read, CloudEventHeaders.Envelope sdk) {
        assertThat(read.id()).isEqualTo(sdk.id());
        assertThat(read.source()).isEqualTo(sdk.source());
        assertThat(read.type()).isEqualTo(sdk.type());
        assertThat(read.subject()).isEqualTo(sdk.subject());
        assertThat(read.time()).isEqualTo(sdk.time());
        assertThat(read.data()).isEqualTo(sdk.data());
    }

    private record TestEvent(String eventId, String type, String subject, Instant time) implements PublishableEvent {

        @Override
        public String topic() {
            return "jeugdlink.casus.casus";
        }

        @Override
        public String data() {
            return new String(PAYLOAD, StandardCharsets.UTF_8);
        }
    }
}
