package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The walking skeleton across three services, each its own process from its jar: a referral is
 * posted to the intake, the case-service opens a casus, the notification-service records a message
 * for the referrer. Then the case-service is killed mid-stream and restarted: nothing is lost and
 * nothing is visibly duplicated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SkeletonJourneyIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Passes the elfproef; must never show up outside the intake's encrypted field. */
    private static final String BSN = "123456782";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-st-" + run);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-st-" + run);
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-st-" + run);
    private final KafkaProbe kafka = new KafkaProbe();

    @BeforeAll
    void startServices() {
        List.of(intake, casus, notificatie).forEach(ServiceProcess::start);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> intake.awaitHealthy(Duration.ofMinutes(3))),
                CompletableFuture.runAsync(() -> casus.awaitHealthy(Duration.ofMinutes(3))),
                CompletableFuture.runAsync(() -> notificatie.awaitHealthy(Duration.ofMinutes(3)))).join();
    }

    @AfterAll
    void stopServices() {
        List.of(intake, casus, notificatie).forEach(ServiceProcess::close);
    }

    private static String referral(String medewerkerId) {
        return """
                {
                  "gemeenteCode": "GM0345",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "VEILIG_THUIS", "medewerkerId": "%s", "email": "melder@veiligthuis-fv.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-11-19", "vastgelegdDoor": "%s" },
                  "minderjarigen": [ { "geboortedatum": "2014-05-09", "bsn": "%s" } ],
                  "vraag": "Huiselijk geweld gemeld; ouders willen meewerken."
                }
                """.formatted(medewerkerId, medewerkerId, BSN);
    }

    /** A team leader of the whole region reads referral, casus and messages. */
    private static final String TEAMLEIDER = ApiCaller.token("tl-foodvalley-1", "teamleider", ApiCaller.HELE_REGIO);

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TEAMLEIDER).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String postReferral(String medewerkerId) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(intake.baseUrl() + "/api/v1/aanmeldingen"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ApiCaller.token(medewerkerId, "jeugdlink-professional", ApiCaller.HELE_REGIO))
                .POST(HttpRequest.BodyPublishers.ofString(referral(medewerkerId))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asText();
    }

    private static String casusIdOf(String aanmeldingId) {
        return UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private JsonNode notificationsOf(String casusId) throws Exception {
        var response = get(notificatie.baseUrl() + "/api/v1/notificaties?casusId=" + casusId);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    @Order(1)
    void aReferralBecomesACasusAndTheReferrerIsToldSo() throws Exception {
        String aanmeldingId = postReferral("vt-journey-1");
        String casusId = casusIdOf(aanmeldingId);

        // 1. The intake stored the referral.
        assertThat(get(intake.baseUrl() + "/api/v1/aanmeldingen/" + aanmeldingId).statusCode()).isEqualTo(200);
        // 2. It published AanmeldingOntvangen, keyed by the referral, valid against its schema.
        List<ConsumerRecord<String, byte[]>> ontvangen = kafka.read(IntakeEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> aanmeldingId.equals(r.key())))
                .stream().filter(r -> aanmeldingId.equals(r.key())).toList();
        assertThat(ontvangen).hasSize(1);
        assertThat(SchemaCheck.violations(IntakeEvents.AANMELDING_ONTVANGEN, new String(ontvangen.getFirst().value(), StandardCharsets.UTF_8))).isEmpty();
        // 3. The case-service opened the casus, the referrer holding the dossier.
        await().atMost(PATIENCE).until(() -> get(casus.baseUrl() + "/api/v1/casussen/" + casusId).statusCode() == 200);
        JsonNode opened = JSON.readTree(get(casus.baseUrl() + "/api/v1/casussen/" + casusId).body());
        assertThat(opened.get("dossierhouderRol").asText()).isEqualTo("VERWIJZER");
        assertThat(opened.get("gemeenteCode").asText()).isEqualTo("GM0345");
        // 4. It published CasusGeopend, keyed by the casus.
        List<ConsumerRecord<String, byte[]>> geopend = kafka.read(CaseEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> casusId.equals(r.key())))
                .stream().filter(r -> casusId.equals(r.key())).toList();
        assertThat(geopend).hasSize(1);
        // 5. The notification-service recorded a message for the referrer.
        await().atMost(PATIENCE).until(() -> notificationsOf(casusId).size() == 1);
        JsonNode message = notificationsOf(casusId).get(0);
        assertThat(message.get("ontvangerRol").asText()).isEqualTo("VERWIJZER");
        assertThat(message.get("ontvangerId").asText()).isEqualTo("vt-journey-1");
        // Nothing that identifies the family or the referrer's address travelled on Kafka.
        for (var record : List.of(ontvangen.getFirst(), geopend.getFirst())) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("melder@veiligthuis-fv.nl", "2014-05-09", "Huiselijk geweld");
        }
    }

    @Test
    @Order(2)
    void noBsnOrPersonalTextInAnyKafkaMessageLogLineOrMetric() throws Exception {
        List<String> personal = List.of(BSN, "melder@veiligthuis-fv.nl", "Huiselijk geweld gemeld");
        for (String topic : List.of(IntakeEvents.TOPIC, CaseEvents.TOPIC)) {
            for (var record : kafka.read(topic, Duration.ofSeconds(3), rs -> false)) {
                String everything = new String(record.value(), StandardCharsets.UTF_8) + record.key()
                        + java.util.Arrays.toString(record.headers().toArray());
                assertThat(everything).as(topic).doesNotContain(personal);
            }
        }
        for (var service : List.of(intake, casus, notificatie)) {
            assertThat(java.nio.file.Files.readString(service.log())).as(service.log().toString()).doesNotContain(personal);
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).isNotBlank().doesNotContain(personal);
        }
    }

    @Test
    @Order(3)
    void killingTheCaseServiceMidStreamLosesNothingAndDuplicatesNothingVisible() throws Exception {
        List<String> aanmeldingen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            aanmeldingen.add(postReferral("vt-crash-" + i));
            if (i == 12) {
                casus.kill();
            }
        }
        casus.start(true).awaitHealthy(Duration.ofMinutes(2));

        Set<String> casusIds = aanmeldingen.stream().map(SkeletonJourneyIntegrationTest::casusIdOf).collect(Collectors.toSet());
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            for (String casusId : casusIds) {
                if (notificationsOf(casusId).size() != 1) {
                    return false;
                }
            }
            return true;
        });
        for (String casusId : casusIds) {
            assertThat(get(casus.baseUrl() + "/api/v1/casussen/" + casusId).statusCode()).isEqualTo(200);
            assertThat(notificationsOf(casusId)).hasSize(1);
        }
        // A relay that crashed between publishing and removal may publish the same event again (same id);
        // what must never happen is a second, different CasusGeopend for one casus.
        Map<String, Set<String>> eventIdsPerCasus = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(5), rs -> false).stream()
                .filter(r -> casusIds.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(r -> KafkaProbe.header(r, "ce_id"), Collectors.toSet())));
        assertThat(eventIdsPerCasus).hasSize(casusIds.size());
        assertThat(eventIdsPerCasus.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }
}
