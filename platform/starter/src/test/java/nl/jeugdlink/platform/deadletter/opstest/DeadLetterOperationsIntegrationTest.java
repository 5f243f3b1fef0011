package nl.jeugdlink.platform.deadletter.opstest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import nl.jeugdlink.platform.audit.AuditTrail;
import nl.jeugdlink.platform.deadletter.DeadLetterQueues;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.test.context.TestPropertySource;

/**
 * A record that a consumer refuses lands on its dead-letter topic: the depth gauge of the binding
 * shows it, the beheerder lists it (ids and the exception's class, not the payload) and, after the
 * fix, replays it to its topic, where the consumer now takes it; the gauge returns to zero, and list
 * and replay are in the audit trail.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=dlq-ops-test",
        "jeugdlink.crypto.keyset-file=target/dlq-ops-test-keyset.json",
        "spring.cloud.function.definition=verwerk",
        "spring.cloud.stream.bindings.verwerk-in-0.destination=jeugdlink.test.dlq-ops",
        "spring.cloud.stream.bindings.verwerk-in-0.group=dlq-ops-test"})
class DeadLetterOperationsIntegrationTest {

    static volatile boolean kapot = true;
    /** Stands for a payload with personal data (see the test). */
    static final String PERSOONLIJK = "persoonsgegeven-" + java.util.UUID.randomUUID();
    static final List<String> VERWERKT = new CopyOnWriteArrayList<>();

    @SpringBootApplication
    static class DeadLetterTestApplication {
        @Bean
        Consumer<byte[]> verwerk() {
            return bytes -> {
                String waarde = new String(bytes, StandardCharsets.UTF_8);
                if (kapot) {
                    throw new RejectedEventException("weigert " + waarde);
                }
                VERWERKT.add(waarde);
            };
        }
    }

    @Autowired
    StreamBridge bridge;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AuditTrail trail;

    @Autowired
    DeadLetterQueues queues;

    @LocalServerPort
    int port;

    @Test
    void aDeadLetteredRecordIsListedReplayedAfterTheFixAndTheGaugeReturnsToZero() {
        var api = ApiCaller.onPort(port);
        String beheerder = ApiCaller.token("beheerder-1", "BEHEERDER", ApiCaller.HELE_REGIO);
        // The payload stands for personal data: a marker, not a name or BSN, because the suite's privacy scan
        // rightly flags every fixture BSN or name it finds on a test broker, and this record is on one in clear.
        bridge.send("jeugdlink.test.dlq-ops", MessageBuilder.withPayload(PERSOONLIJK)
                .setHeader("ce_type", "nl.jeugdlink.test.ding-gebeurd.v1").setHeader("ce_id", "ding-1").build());

        // Asked of the topic itself: the gauge answers from a 5 s cache (a scrape must not cost an admin round trip per
        // binding), so waiting on the gauge waited out that cache. Asking refreshes it; then the gauge must say the same.
        var queue = queues.queue("verwerk-in-0");
        await().atMost(Duration.ofSeconds(120)).until(() -> queues.depth(queue) == 1);
        assertThat(depth()).isEqualTo(1.0);

        var lijst = api.get("/api/v1/dead-letters/verwerk-in-0", beheerder);
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.body()).contains("\"diepte\":1").contains("\"eventType\":\"nl.jeugdlink.test.ding-gebeurd.v1\"").contains("\"eventId\":\"ding-1\"")
                .containsPattern("\"exception\":\"[a-zA-Z.]+Exception\"").contains("\"originalTopic\":\"jeugdlink.test.dlq-ops\"")
                .doesNotContain(PERSOONLIJK).doesNotContain("weigert");
        assertThat(api.get("/api/v1/dead-letters/verwerk-in-0", ApiCaller.token("regisseur-1", "REGISSEUR", ApiCaller.HELE_REGIO)).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/dead-letters/bestaat-niet", beheerder).statusCode()).isEqualTo(404);

        kapot = false; // the fix
        var herhaling = api.post("/api/v1/dead-letters/verwerk-in-0/herhaling", "{}", beheerder);
        assertThat(herhaling.statusCode()).as(herhaling.body()).isEqualTo(200);
        assertThat(herhaling.body()).contains("\"opnieuwAangeboden\":1");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(VERWERKT).containsExactly(PERSOONLIJK));
        assertThat(depth()).isZero();
        assertThat(api.get("/api/v1/dead-letters", beheerder).body()).contains("\"binding\":\"verwerk-in-0\"").contains("\"diepte\":0");
        assertThat(trail.about("verwerk-in-0")).extracting(r -> r.actie()).contains("LEZEN", "WIJZIGEN");
    }

    /** As in production, the embedded defaults check the token's audience: a token the issuer made for another API is refused. */
    @Test
    void aTokenForAnotherAudienceIsRefused() {
        var api = ApiCaller.onPort(port);
        var issuer = nl.jeugdlink.platform.test.TestIssuer.get();
        java.util.List<String> rollen = java.util.List.of("beheerder");
        assertThat(api.get("/api/v1/dead-letters", issuer.tokenFor("jeugdlink", "beheerder-1", rollen, ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/dead-letters", issuer.tokenFor("andere-dienst", "beheerder-1", rollen, ApiCaller.HELE_REGIO)).statusCode())
                .isEqualTo(401);
        assertThat(api.get("/api/v1/dead-letters", issuer.tokenFor(null, "beheerder-1", rollen, ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(401);
    }

    private double depth() {
        return meters.get("jeugdlink.dlq.depth").tag("binding", "verwerk-in-0").gauge().value();
    }
}
