package nl.jeugdlink.routing.toewijzing;

import static nl.jeugdlink.routing.toewijzing.CasusGeopendMother.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TcpProxy;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The five cases every consumer passes (CONVENTIONS.md §Events 6) for the casus projection, on a real broker and store. */
@JeugdLinkIntegrationTest
class CasusListenerIntegrationTest {

    private static final String DLQ = "jeugdlink.casus.casus.jeugdhulp-routing-service.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    Casussen casussen;

    @Autowired
    TcpProxy mongoProxy;

    @Autowired
    MeterRegistry meters;

    private double consumed(String type, String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private ConsumerRecord<String, byte[]> deadLetterWith(String key) {
        var found = kafka.read(DLQ, PATIENCE, records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key).hasSize(1);
        return found.getFirst();
    }

    @Test
    void takesInTheOpenedCasusFromTheCaseServicesGoldenExample() {
        var event = CasusGeopendMother.geopend();

        send(kafka, event);

        await().atMost(PATIENCE).until(() -> casussen.find(event.casusId()).isPresent());
        var casus = casussen.find(event.casusId()).orElseThrow();
        assertThat(casus.aanmeldingId()).isEqualTo(event.aanmeldingId());
        assertThat(casus.gemeenteCode()).isEqualTo("GM0228");
        assertThat(casus.geopendOp()).isEqualTo(Instant.parse("2026-11-23T09:15:02Z"));
        assertThat(casus.toewijzingen()).isEmpty();
    }

    @Test
    void ignoresADuplicateDelivery() {
        var event = CasusGeopendMother.geopend();
        double before = consumed(CaseEvents.CASUS_GEOPEND.type(), "duplicate");

        send(kafka, event);
        send(kafka, event);

        await().atMost(PATIENCE).until(() -> consumed(CaseEvents.CASUS_GEOPEND.type(), "duplicate") > before);
        assertThat(casussen.find(event.casusId())).isPresent();
    }

    @Test
    void acknowledgesTheOtherCasusEventsWithoutTakingAnythingIn() {
        var others = List.of(CasusGeopendMother.anderEvent(CaseEvents.REGISSEUR_GEKOPPELD), CasusGeopendMother.anderEvent(CaseEvents.PLAN_VASTGESTELD));
        double[] before = others.stream().mapToDouble(e -> consumed(e.type(), "ignored")).toArray();

        others.forEach(e -> send(kafka, e));

        await().atMost(PATIENCE).until(() -> consumed(others.get(0).type(), "ignored") > before[0]
                && consumed(others.get(1).type(), "ignored") > before[1]);
        assertThat(others).allSatisfy(e -> assertThat(casussen.find(e.casusId())).isEmpty());
    }

    @Test
    void closesAKnownCasusOnceAndSendsTheClosureOfACasusItNeverTookInToTheDeadLetterTopic() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, "GM0228");
        var sluiting = CasusGeopendMother.afgesloten(casusId);
        String type = CaseEvents.CASUS_AFGESLOTEN.type();
        double toegepast = consumed(type, "applied");
        double dubbel = consumed(type, "duplicate");

        send(kafka, sluiting);
        await().atMost(PATIENCE).until(() -> casussen.find(casusId).orElseThrow().afgeslotenOp() != null);
        assertThat(casussen.find(casusId).orElseThrow().afgeslotenOp()).isEqualTo(Instant.parse("2027-05-03T12:00:00Z"));
        assertThat(consumed(type, "applied")).isEqualTo(toegepast + 1);

        // The same event again changes nothing.
        send(kafka, sluiting);
        await().atMost(PATIENCE).until(() -> consumed(type, "duplicate") > dubbel);

        // A casus whose CasusGeopend never came in (it went to the dead-letter topic): nothing is made up, and the
        // closure follows it there, so that replaying the dead letters in order opens and closes the casus.
        var onbekend = CasusGeopendMother.afgesloten(java.util.UUID.randomUUID().toString());
        send(kafka, onbekend);
        var deadLetter = deadLetterWith(onbekend.casusId());
        assertThat(KafkaProbe.header(deadLetter, "ce_type")).isEqualTo(type);
        assertThat(casussen.find(onbekend.casusId())).isEmpty();
    }

    @Test
    void retriesWhileTheStoreIsDownAndAppliesOnceItIsBack() throws Exception {
        var event = CasusGeopendMother.geopend();

        mongoProxy.cut();
        try {
            send(kafka, event);
            Thread.sleep(3_000);
        } finally {
            mongoProxy.restore();
        }

        await().atMost(PATIENCE).until(() -> casussen.find(event.casusId()).isPresent());
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false)).noneMatch(r -> event.casusId().equals(r.key()));
    }

    @Test
    void sendsACasusOfAnotherRegionToTheDeadLetterTopicWithItsReason() {
        var event = CasusGeopendMother.geopendIn("GM0363");

        send(kafka, event);

        var dead = deadLetterWith(event.casusId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName());
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("GM0363");
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(CaseEvents.TOPIC);
        assertThat(casussen.find(event.casusId())).isEmpty();
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + System.nanoTime();

        kafka.send(CaseEvents.TOPIC, key, Map.of("content-type", "application/json"), "{ geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        var dead = deadLetterWith(key);
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }

    @Test
    void sendsAPayloadThatBreaksTheContractToTheDeadLetterTopic() {
        var valid = CasusGeopendMother.geopend();
        var broken = CasusGeopendMother.metPayload(valid, """
                {"casusId": "%s", "gemeenteCode": "GM0228"}""".formatted(valid.casusId()));

        send(kafka, broken);

        var dead = deadLetterWith(valid.casusId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
        assertThat(casussen.find(valid.casusId())).isEmpty();
    }
}
