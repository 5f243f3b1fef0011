package nl.jeugdlink.notificatie.webhook;

import static nl.jeugdlink.notificatie.webhook.WebhookIntegrationTest.nieuweAgb;
import static nl.jeugdlink.notificatie.webhook.WebhookIntegrationTest.toewijzing;
import static nl.jeugdlink.notificatie.webhook.WebhookIntegrationTest.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.platform.test.ApiCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receiver of the README's provider journey ({@code infra/webhook-ontvanger}), run as the provider runs it - its own
 * JVM, from its source file - receives a signed toewijzing over real HTTP on loopback: only its provider's, and its
 * Standard Webhooks check accepts it; a forged and a replayed delivery are refused by the same check.
 */
@NotificatieIntegrationTest
class WebhookOntvangerIntegrationTest {

    private static final Path BRON = Path.of("..", "infra", "webhook-ontvanger", "WebhookOntvanger.java");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theInfraReceiverGetsOnlyItsProvidersToewijzingSignedAndRefusesAForgedAndAReplayedOne() throws Exception {
        String agb = nieuweAgb();
        String ander = nieuweAgb();
        Path geheimBestand = Files.createTempFile("webhook-geheim", ".txt");
        int ontvangerPoort = vrijePoort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process ontvanger = new ProcessBuilder(java, BRON.toString(), Integer.toString(ontvangerPoort), geheimBestand.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader uitvoer = new BufferedReader(new InputStreamReader(ontvanger.getInputStream(), StandardCharsets.UTF_8));
            assertThat(uitvoer.readLine()).as("the receiver's first line").contains("luistert op http://127.0.0.1:" + ontvangerPoort + "/webhook");
            String callback = "http://127.0.0.1:" + ontvangerPoort + "/webhook";

            // The journey: subscribe with the receiver's address, keep the secret where the receiver reads it.
            HttpResponse<String> abonnement = ApiCaller.onPort(port).post("/api/v1/abonnementen", """
                    {"callbackUrl":"%s","kanalen":[{"naam":"toewijzingen"}]}""".formatted(callback), token(agb));
            assertThat(abonnement.statusCode()).as(abonnement.body()).isEqualTo(201);
            String geheim = json.readTree(abonnement.body()).get("secret").asString();
            Files.writeString(geheimBestand, geheim);
            String casus = UUID.randomUUID().toString();
            String eigen = toewijzing(agb, casus);
            String vanAnder = toewijzing(ander, UUID.randomUUID().toString());

            HttpClient http = HttpClient.newHttpClient();
            URI overzicht = URI.create("http://127.0.0.1:" + ontvangerPoort + "/");
            await().atMost(Duration.ofSeconds(30)).until(() -> http.send(HttpRequest.newBuilder(overzicht).build(), HttpResponse.BodyHandlers.ofString())
                    .body().contains(eigen));
            JsonNode ontvangen = json.readTree(http.send(HttpRequest.newBuilder(overzicht).build(), HttpResponse.BodyHandlers.ofString()).body());
            // At least once: an answer that reached JeugdLink after its timeout (a receiver JVM slow under load) makes it try again.
            // Every entry is this delivery; the receiver processed one, any other is a repeat it accepted without processing.
            assertThat(ontvangen).allSatisfy(o -> assertThat(o.get("webhookId").asString()).isEqualTo(eigen));
            assertThat(ontvangen).filteredOn(o -> !o.get("herhaling").asBoolean()).hasSize(1);
            assertThat(ontvangen).filteredOn(o -> o.get("herhaling").asBoolean()).allSatisfy(o -> assertThat(o.get("echt").asBoolean()).isTrue());
            JsonNode bezorging = ontvangen.get(0);
            assertThat(bezorging.get("webhookId").asString()).isEqualTo(eigen);
            assertThat(bezorging.get("echt").asBoolean()).as(bezorging.toString()).isTrue();
            assertThat(bezorging.get("cloudEvent").get("subject").asString()).isEqualTo(casus);
            assertThat(bezorging.get("cloudEvent").get("data").get("agbCode").asString()).isEqualTo(agb);
            assertThat(bezorging.toString()).doesNotContain(vanAnder).doesNotContain(ander);

            // A forged delivery (signed with another secret) and a replay (the right secret, a timestamp of ten minutes ago).
            String body = bezorging.get("cloudEvent").toString();
            long nu = Instant.now().getEpochSecond();
            String anderGeheim = "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> vervalst = post(http, callback, "msg_vervalst", nu, body, anderGeheim);
            assertThat(vervalst.statusCode()).isEqualTo(401);
            assertThat(vervalst.body()).isEqualTo("handtekening klopt niet");
            HttpResponse<String> herhaald = post(http, callback, eigen, nu - 600, body, geheim);
            assertThat(herhaald.statusCode()).isEqualTo(401);
            assertThat(herhaald.body()).contains("meer dan 5 minuten");
            // The same webhook-id, freshly signed with the right secret: accepted, but not processed twice.
            assertThat(post(http, callback, eigen, nu, body, geheim).statusCode()).isEqualTo(200);
        } finally {
            ontvanger.destroy();
            ontvanger.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(geheimBestand);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, String id, long timestamp, String body, String geheim) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring("whsec_".length())), "HmacSHA256"));
        String handtekening = "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("webhook-id", id).header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", handtekening).header("Content-Type", "application/cloudevents+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int vrijePoort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
