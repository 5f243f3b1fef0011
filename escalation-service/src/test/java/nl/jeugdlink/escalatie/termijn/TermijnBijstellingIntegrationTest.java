package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Suspending, resuming and extending deadlines over REST: the moved last day, the history, the events, the refusals, the audit. */
@JeugdLinkIntegrationTest
class TermijnBijstellingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    Trajecten trajecten;

    private TrajectEventsMother trajectMetOpenTermijn() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        traject.casusGeopend().send(kafka);
        await().atMost(PATIENCE).until(() -> trajecten.vind(traject.aanmeldingId)
                .map(g -> !g.traject().termijnen().isEmpty() && traject.casusId.equals(g.traject().casusId())).orElse(false));
        return traject;
    }

    private JsonNode post(String path, String body, String rol, String gemeente, int status) {
        var response = ApiCaller.onPort(port).post(path, body, ApiCaller.token("tl-ede-0001", rol, List.of(gemeente)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
        }
        return JSON.readTree(response.body());
    }

    private static List<String> invalidParams(JsonNode problem, String veld) {
        return StreamSupport.stream(problem.get("invalidParams").spliterator(), false).filter(p -> p.get("name").asString().equals(veld))
                .map(p -> p.get("code").asString()).toList();
    }

    private List<ConsumerRecord<String, byte[]>> events(String aanmeldingId, EventType type, int aantal) {
        return kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> vanType(records, aanmeldingId, type).size() >= aantal).stream()
                .filter(r -> aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> vanType(List<ConsumerRecord<String, byte[]>> records, String key, EventType type) {
        return records.stream().filter(r -> key.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    @Test
    void suspendsAndResumesADeadlineMovingItByTheWorkingDaysSuspendedAcrossKingsDay() {
        var traject = trajectMetOpenTermijn();
        String termijnId = Termijn.id(traject.aanmeldingId, Soort.EERSTE_CONTACT);

        klok.zet(Instant.parse("2026-04-24T10:00:00Z"));
        JsonNode opgeschort = post("/api/v1/termijnen/" + termijnId + "/opschorting", "{\"reden\": \"gezin op vakantie\"}", "teamleider", "GM0228", 200);
        assertThat(opgeschort.get("status").asString()).isEqualTo("OPGESCHORT");
        post("/api/v1/termijnen/" + termijnId + "/opschorting", "{\"reden\": \"nog eens\"}", "teamleider", "GM0228", 409);

        // Past its original last day (Wednesday 29 April) while suspended: it does not pass.
        klok.zet(Instant.parse("2026-04-30T09:00:00Z"));
        JsonNode hervat = post("/api/v1/termijnen/" + termijnId + "/hervatting", "{\"reden\": \"gezin terug\"}", "beheerder", "GM0228", 200);

        // Friday 24 to Thursday 30 April: Mon 27 is King's Day, so Tue 28, Wed 29, Thu 30 = 3 working days; 29 April + 3 = 4 May.
        assertThat(hervat.get("status").asString()).isEqualTo("OPEN");
        assertThat(hervat.get("uiterlijk").asString()).isEqualTo("2026-05-04");
        assertThat(hervat.get("geschiedenis")).hasSize(2);
        assertThat(hervat.get("geschiedenis").get(1).get("reden").asString()).isEqualTo("gezin terug");
        assertThat(hervat.get("geschiedenis").get(1).get("werkdagen").asInt()).isEqualTo(3);
        var opgeschortEvent = events(traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHORT, 1).getFirst();
        var hervatEvent = events(traject.aanmeldingId, EscalationEvents.TERMIJN_HERVAT, 1).getFirst();
        String hervatJson = new String(hervatEvent.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_OPGESCHORT, new String(opgeschortEvent.value(), StandardCharsets.UTF_8))).isEmpty();
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_HERVAT, hervatJson)).isEmpty();
        assertThat(JSON.readTree(hervatJson).get("werkdagenOpgeschort").asInt()).isEqualTo(3);
        assertThat(hervatJson).doesNotContain("gezin terug");

        var audit = ApiCaller.onPort(port).get("/api/v1/audit-records?betreft=" + termijnId,
                ApiCaller.token("beheer-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(audit.body()).contains("WIJZIGEN", "tl-ede-0001");
    }

    @Test
    void extendsByWorkingDaysAndRefusesBadInputUnknownDeadlinesAndOtherMunicipalities() {
        var traject = trajectMetOpenTermijn();
        String termijnId = Termijn.id(traject.aanmeldingId, Soort.EERSTE_CONTACT);

        JsonNode verlengd = post("/api/v1/termijnen/" + termijnId + "/verlenging", "{\"werkdagen\": 2, \"reden\": \"tolk nodig\"}",
                "teamleider", "GM0228", 200);
        // 29 April plus Thursday 30 April and Friday 1 May.
        assertThat(verlengd.get("uiterlijk").asString()).isEqualTo("2026-05-01");
        var event = events(traject.aanmeldingId, EscalationEvents.TERMIJN_VERLENGD, 1).getFirst();
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_VERLENGD, new String(event.value(), StandardCharsets.UTF_8))).isEmpty();

        JsonNode fout = post("/api/v1/termijnen/" + termijnId + "/verlenging", "{\"werkdagen\": 0}", "teamleider", "GM0228", 400);
        assertThat(invalidParams(fout, "werkdagen")).containsExactly("range");
        assertThat(invalidParams(fout, "reden")).containsExactly("required");
        assertThat(invalidParams(post("/api/v1/termijnen/geen-uuid/opschorting", "{\"reden\": \"x\"}", "teamleider", "GM0228", 400), "termijnId"))
                .containsExactly("uuid");
        post("/api/v1/termijnen/" + termijnId + "/verlenging", "{\"werkdagen\": \"veel\", \"reden\": \"x\"}", "teamleider", "GM0228", 400);
        post("/api/v1/termijnen/00000000-0000-4000-8000-000000000000/opschorting", "{\"reden\": \"x\"}", "teamleider", "GM0228", 404);
        post("/api/v1/termijnen/" + termijnId + "/hervatting", "{\"reden\": \"x\"}", "teamleider", "GM0228", 409);
        post("/api/v1/termijnen/" + termijnId + "/opschorting", "{\"reden\": \"x\"}", "teamleider", "GM0345", 403);
        post("/api/v1/termijnen/" + termijnId + "/opschorting", "{\"reden\": \"x\"}", "regisseur", "GM0228", 403);
    }

    @Test
    void suspendsAndResumesEveryDeadlineOfACasus() {
        var traject = trajectMetOpenTermijn();
        traject.eersteContact("2026-04-21T12:00:00Z").send(kafka);
        await().atMost(PATIENCE).until(() -> trajecten.vind(traject.aanmeldingId).map(g -> g.traject().termijnen().size() == 3).orElse(false));

        JsonNode opgeschort = post("/api/v1/casussen/" + traject.casusId + "/termijnen/opschorting", "{\"reden\": \"crisisopname\"}",
                "teamleider", "GM0228", 200);
        assertThat(opgeschort.get("termijnen")).hasSize(2);
        assertThat(opgeschort.get("termijnen")).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("OPGESCHORT"));

        JsonNode hervat = post("/api/v1/casussen/" + traject.casusId + "/termijnen/hervatting", "{\"reden\": \"terug\"}", "teamleider", "GM0228", 200);
        assertThat(hervat.get("termijnen")).allSatisfy(t -> assertThat(t.get("status").asString()).isEqualTo("OPEN"));
        post("/api/v1/casussen/" + traject.casusId + "/termijnen/hervatting", "{\"reden\": \"terug\"}", "teamleider", "GM0228", 409);
        post("/api/v1/casussen/00000000-0000-4000-8000-000000000000/termijnen/opschorting", "{\"reden\": \"x\"}", "teamleider", "GM0228", 404);
    }
}
