package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.deadLetter;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The casus stream's consumer: store outages retried, unreadable and contract-breaking messages to its DLQ. */
@NotificatieIntegrationTest
class CasusListenerIntegrationTest {

    private static final String DLQ = "jeugdlink.casus.casus.notification-service.dlq";
    private final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    Notificaties notificaties;

    @Autowired
    TcpProxy mongoProxy;

    @Test
    void retriesWhileTheStoreIsDownAndRecordsAndSendsOnceItIsBack() throws Exception {
        String casusId = UUID.randomUUID().toString();
        mongoProxy.cut();
        try {
            stuur(CaseEvents.REGISSEUR_GEKOPPELD, casusId,
                    voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, Map.of(GOUDEN_CASUS, casusId, GOUDEN_AANMELDING, UUID.randomUUID().toString())));
            Thread.sleep(3_000); // a real outage of some length, not an assertion
        } finally {
            mongoProxy.restore();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> notificaties.overCasus(casusId).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.aan("r.bakker@st-ede.test", casusId).size() == 1);
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false)).noneMatch(r -> casusId.equals(r.key()));
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + System.nanoTime();

        kafka.send(CaseEvents.TOPIC, key, Map.of("content-type", "application/json"), "geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        assertThat(KafkaProbe.header(deadLetter(DLQ, key), "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }

    @Test
    void sendsAPayloadThatBreaksTheContractToTheDeadLetterTopic() {
        String casusId = UUID.randomUUID().toString();

        stuur(CaseEvents.CASUS_GEOPEND, casusId, "{\"casusId\": [], \"dossierhouder\": 7}");

        assertThat(KafkaProbe.header(deadLetter(DLQ, casusId), "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
        assertThat(notificaties.overCasus(casusId)).isEmpty();
    }
}
