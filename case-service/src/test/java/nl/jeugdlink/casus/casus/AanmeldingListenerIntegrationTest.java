package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TcpProxy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The five cases every consumer passes (CONVENTIONS.md §Events 6), on a real broker and store. */
@JeugdLinkIntegrationTest
class AanmeldingListenerIntegrationTest {

    private static final String DLQ = "jeugdlink.intake.aanmelding.case-service.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    Casussen casussen;

    @Autowired
    TcpProxy mongoProxy;

    @Autowired
    MeterRegistry meters;

    private void send(AanmeldingOntvangenMother.Event event) {
        kafka.send(IntakeEvents.TOPIC, event.aanmeldingId(), event.headers(), event.payload());
    }

    private List<ConsumerRecord<String, byte[]>> casusEvents(String casusId, int atLeast, Duration wait) {
        return kafka.read(CaseEvents.TOPIC, wait, records -> records.stream().filter(r -> casusId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> casusId.equals(r.key())).toList();
    }

    private ConsumerRecord<String, byte[]> deadLetterWith(String key) {
        var found = kafka.read(DLQ, PATIENCE, records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key).hasSize(1);
        return found.getFirst();
    }

    private double consumed(String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", IntakeEvents.AANMELDING_ONTVANGEN.type()).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void opensACasusFromTheIntakesGoldenExampleAndPublishesCasusGeopend() {
        var event = AanmeldingOntvangenMother.goldenExample();
        CasusId casusId = CasusId.uitAanmelding(event.aanmeldingId());

        send(event);

        await().atMost(PATIENCE).until(() -> casussen.find(casusId).isPresent());
        var casus = casussen.find(casusId).orElseThrow();
        assertThat(casus.gemeenteCode()).isEqualTo("GM0228");
        assertThat(casus.dossierhouder().medewerkerId()).isEqualTo("st-ede-0042");
        var published = casusEvents(casusId.toString(), 1, PATIENCE);
        assertThat(published).hasSize(1);
        assertThat(KafkaProbe.header(published.getFirst(), "ce_type")).isEqualTo(CaseEvents.CASUS_GEOPEND.type());
        assertThat(SchemaCheck.violations(CaseEvents.CASUS_GEOPEND, new String(published.getFirst().value(), StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void ignoresADuplicateDelivery() {
        var event = AanmeldingOntvangenMother.goldenExample();
        CasusId casusId = CasusId.uitAanmelding(event.aanmeldingId());
        double duplicatesBefore = consumed("duplicate");

        send(event);
        send(event);

        await().atMost(PATIENCE).until(() -> consumed("duplicate") > duplicatesBefore);
        assertThat(casussen.find(casusId)).isPresent();
        // A second CasusGeopend would be a visible duplicate; give it time to show before asserting there is none.
        assertThat(casusEvents(casusId.toString(), 2, Duration.ofSeconds(4))).hasSize(1);
    }

    @Test
    void retriesWhileTheStoreIsDownAndAppliesOnceItIsBack() throws Exception {
        var event = AanmeldingOntvangenMother.goldenExample();
        CasusId casusId = CasusId.uitAanmelding(event.aanmeldingId());

        mongoProxy.cut();
        try {
            send(event);
            // Long enough for several failed attempts against the unreachable store.
            Thread.sleep(3_000);
        } finally {
            mongoProxy.restore();
        }

        await().atMost(PATIENCE).until(() -> casussen.find(casusId).isPresent());
        assertThat(casusEvents(casusId.toString(), 1, PATIENCE)).hasSize(1);
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false)).noneMatch(r -> event.aanmeldingId().equals(r.key()));
    }

    @Test
    void sendsAReferralOfAnotherRegionToTheDeadLetterTopicWithItsReason() {
        var event = AanmeldingOntvangenMother.inGemeente("GM0363");

        send(event);

        var dead = deadLetterWith(event.aanmeldingId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName());
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("GM0363");
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(IntakeEvents.TOPIC);
        assertThat(casussen.find(CasusId.uitAanmelding(event.aanmeldingId()))).isEmpty();
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + System.nanoTime();

        kafka.send(IntakeEvents.TOPIC, key, Map.of("content-type", "application/json"), "{ dit is geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        var dead = deadLetterWith(key);
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }

    @Test
    void sendsAPayloadThatBreaksTheContractToTheDeadLetterTopic() {
        var valid = AanmeldingOntvangenMother.goldenExample();
        var broken = new AanmeldingOntvangenMother.Event(valid.eventId(), valid.aanmeldingId(), valid.headers(),
                "{\"aanmeldingId\": 42, \"verwijzer\": \"niemand\"}".getBytes(StandardCharsets.UTF_8));

        send(broken);

        var dead = deadLetterWith(valid.aanmeldingId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }
}
