package nl.jeugdlink.notificatie.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TcpProxy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@JeugdLinkIntegrationTest
class CasusListenerIntegrationTest {

    private static final String GOLDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    private final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    Notificaties notificaties;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TcpProxy mongoProxy;

    private static final String DLQ = "jeugdlink.casus.casus.notification-service.dlq";

    private ConsumerRecord<String, byte[]> deadLetterWith(String key) {
        var found = kafka.read(DLQ, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key).hasSize(1);
        return found.getFirst();
    }

    private double duplicates() {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", CaseEvents.CASUS_GEOPEND.type()).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private String sendCasusGeopend(String eventId) {
        String casusId = UUID.randomUUID().toString();
        String payload = SchemaCheck.example(CaseEvents.CASUS_GEOPEND).replace(GOLDEN_CASUS, casusId);
        kafka.send(CaseEvents.TOPIC, casusId, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_type", CaseEvents.CASUS_GEOPEND.type(), "ce_subject", casusId, "ce_time", "2026-11-23T09:15:02Z",
                "content-type", "application/json"), payload.getBytes(StandardCharsets.UTF_8));
        return casusId;
    }

    @Test
    void recordsAMessageForTheReferrerWhenACasusOpens() {
        String casusId = sendCasusGeopend(UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> !notificaties.forCasus(casusId).isEmpty());
        var notificatie = notificaties.forCasus(casusId).getFirst();
        assertThat(notificatie.ontvanger().rol()).isEqualTo("VERWIJZER");
        assertThat(notificatie.ontvanger().id()).isEqualTo("st-ede-0042");
        assertThat(notificatie.tekst()).contains("Uw aanmelding bij JeugdLink is ontvangen");
    }

    @Test
    void recordsOneMessageWhenTheSameEventArrivesTwice() {
        double duplicatesBefore = duplicates();
        String eventId = UUID.randomUUID().toString();
        String casusId = sendCasusGeopend(eventId);
        // The same event again: same id, same casus.
        String payload = SchemaCheck.example(CaseEvents.CASUS_GEOPEND).replace(GOLDEN_CASUS, casusId);
        kafka.send(CaseEvents.TOPIC, casusId, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_type", CaseEvents.CASUS_GEOPEND.type(), "ce_subject", casusId, "ce_time", "2026-11-23T09:15:02Z",
                "content-type", "application/json"), payload.getBytes(StandardCharsets.UTF_8));

        // Both copies have been consumed once the second is counted as a duplicate.
        await().atMost(Duration.ofSeconds(30)).until(() -> duplicates() > duplicatesBefore);
        assertThat(notificaties.forCasus(casusId)).hasSize(1);
    }

    @Test
    void retriesWhileTheStoreIsDownAndRecordsOnceItIsBack() throws Exception {
        String casusId;
        mongoProxy.cut();
        try {
            casusId = sendCasusGeopend(UUID.randomUUID().toString());
            Thread.sleep(3_000);
        } finally {
            mongoProxy.restore();
        }

        String id = casusId;
        await().atMost(Duration.ofSeconds(30)).until(() -> notificaties.forCasus(id).size() == 1);
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false)).noneMatch(r -> id.equals(r.key()));
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + System.nanoTime();

        kafka.send(CaseEvents.TOPIC, key, Map.of("content-type", "application/json"), "geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        assertThat(KafkaProbe.header(deadLetterWith(key), "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }

    @Test
    void sendsAPayloadThatBreaksTheContractToTheDeadLetterTopic() {
        String casusId = UUID.randomUUID().toString();

        kafka.send(CaseEvents.TOPIC, casusId, Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_type", CaseEvents.CASUS_GEOPEND.type(), "ce_subject", casusId, "ce_time", "2026-11-23T09:15:02Z",
                "content-type", "application/json"), "{\"casusId\": [], \"dossierhouder\": 7}".getBytes(StandardCharsets.UTF_8));

        assertThat(KafkaProbe.header(deadLetterWith(casusId), "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
        assertThat(notificaties.forCasus(casusId)).isEmpty();
    }
}
