package nl.jeugdlink.notificatie.webhook;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.delivery.DeliverySettings;
import nl.jeugdlink.platform.test.ApiCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * E-mail and webhooks each follow their own retry schedule between rounds (issue 14: the platform's
 * {@code jeugdlink.delivery.channels.<name>.*}, set from this service's {@code jeugdlink.notificatie.bezorging.*} and
 * {@code jeugdlink.webhooks.bezorging.*}). The test settings keep them apart: e-mail waits 200 ms after a first failed round,
 * a webhook 1 s. A mail server that is down and a receiver that answers 503 each fail a round; the pause each delivery then
 * gets (from its last attempt's end to its next attempt) is its own channel's.
 */
@NotificatieIntegrationTest
class BezorgschemaPerKanaalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    DeliveryLog bezorglog;

    @Autowired
    DeliverySettings instellingen;

    @Autowired
    Notificaties notificaties;

    @Test
    void eachChannelIsReadWithItsOwnScheduleFromTheServicesSettings() {
        assertThat(instellingen.schedule("smtp")).isEqualTo(new DeliverySettings.Schedule(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofDays(3)));
        assertThat(instellingen.schedule("webhook")).isEqualTo(new DeliverySettings.Schedule(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofDays(3)));
    }

    @Test
    void aFailedMailWaitsEmailsPauseAndAFailedWebhookDeliveryTheWebhooksPause() throws Exception {
        String agb = WebhookIntegrationTest.nieuweAgb();
        try (Ontvanger ontvanger = new Ontvanger()) {
            ontvanger.status = 503;
            HttpResponse<String> r = ApiCaller.onPort(port).post("/api/v1/abonnementen", """
                    {"callbackUrl":"%s","kanalen":[{"naam":"toewijzingen"}]}""".formatted(ontvanger.url()), WebhookIntegrationTest.token(agb));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String abonnement = json.readTree(r.body()).get("id").asString();
            WebhookIntegrationTest.toewijzing(agb, UUID.randomUUID().toString());
            String pad = "/api/v1/abonnementen/" + abonnement + "/bezorgingen";
            AtomicReference<String> bezorging = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var lijst = json.readTree(ApiCaller.onPort(port).get(pad, WebhookIntegrationTest.token(agb)).body()).get("bezorgingen");
                if (lijst.isEmpty()) {
                    return false;
                }
                bezorging.set(lijst.get(0).get("bezorgingId").asString());
                return true;
            });
            Duration webhookPauze = pauzeNaEersteRonde(bezorging.get());

            TestMail.stop();
            Duration mailPauze;
            try {
                String aanmelding = UUID.randomUUID().toString();
                String eventId = stuur(IntakeEvents.AANMELDING_AFGEWEZEN, aanmelding, voorbeeld(IntakeEvents.AANMELDING_AFGEWEZEN,
                        Map.of(GOUDEN_AANMELDING, aanmelding)));
                String mail = Notificatie.idVoor(eventId, new nl.jeugdlink.notificatie.notificatie.domain.Ontvanger("VERWIJZER", verwijzerVan(aanmelding)));
                mailPauze = pauzeNaEersteRonde(mail);
            } finally {
                TestMail.restart();
            }

            // Each at least its own channel's first pause; the mail's well under the webhook's (it is not the webhook's schedule).
            assertThat(webhookPauze).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(mailPauze).isGreaterThanOrEqualTo(Duration.ofMillis(200)).isLessThan(Duration.ofSeconds(1));
            ontvanger.status = 200;
        }
    }

    /** The golden rejection's referrer: the one message it calls for. */
    private String verwijzerVan(String aanmelding) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !notificaties.overAanmelding(aanmelding).isEmpty());
        return notificaties.overAanmelding(aanmelding).getFirst().ontvanger().id();
    }

    /**
     * The pause the delivery got after its first failed round: from its last attempt's end to the next attempt, read as soon
     * as the round's outcome is written (before a later round or an open circuit breaker moves it).
     */
    private Duration pauzeNaEersteRonde(String id) {
        AtomicReference<Duration> pauze = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> {
            Delivery d = bezorglog.find(id).orElse(null);
            if (d == null || d.status() != Delivery.Status.PENDING || d.nextAttemptAt() == null || d.attempts().isEmpty()) {
                return false;
            }
            Delivery.Attempt laatste = d.lastAttempt();
            if (laatste == null || laatste.outcome() != Delivery.Attempt.Outcome.FAILED || laatste.endedAt() == null
                    || !d.nextAttemptAt().isAfter(laatste.endedAt())) {
                return false;
            }
            Duration tot = Duration.between(laatste.endedAt(), d.nextAttemptAt());
            // Between a round's tries the next attempt is the sender's lease (30 s in the tests), not a pause: wait for the round's end.
            if (tot.compareTo(Duration.ofSeconds(10)) >= 0) {
                return false;
            }
            pauze.set(tot);
            return true;
        });
        return pauze.get();
    }
}
