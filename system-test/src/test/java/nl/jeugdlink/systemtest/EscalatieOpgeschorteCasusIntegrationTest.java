package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.systemtest.SystemRun.Casus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 5 (issue 15) on a suspended casus, over the running intake, case and escalation services, each its own process:
 * worrying conduct escalated at step 2 starts its term (ESCALATIE_STAP_2, two weeks), the teamleider suspends every deadline
 * of the casus, and on resumption the step's term moves by exactly the working days it stood still; only those involved in
 * the escalation read it.
 */
class EscalatieOpgeschorteCasusIntegrationTest extends AgainstRunningServices {

    private static final Duration PATIENCE = SystemRun.PATIENCE;
    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String PROFESSIONAL = "jeugdlink-professional-ede";
    private static final String TEAMLEIDER = "teamleider-ede";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-opg-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-opg-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-opg-" + run).with(verstelbaar, klok);
    private final List<ServiceProcess> services = List.of(intake, casus, escalatie);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    void anEscalationStepsTermOnASuspendedCasusMovesByTheWorkingDaysItStoodStill() {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-opg-" + run);
        String escalaties = "/api/v1/casussen/" + c.casusId() + "/escalaties";
        var geopend = await().atMost(PATIENCE).until(() -> api().post(escalaties, "{\"situatie\": 3, \"partijen\": [\"ZORGAANBIEDER\"]}",
                token(PROFESSIONAL, "jeugdlink-professional")), r -> r.statusCode() != 404);
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        String pad = escalaties + "/" + JSON.readTree(geopend.body()).path("escalatieId").asString();
        assertThat(api().post(pad + "/stappen", "{\"stap\": 2}", token(PROFESSIONAL, "jeugdlink-professional")).statusCode()).isEqualTo(201);

        // Two weeks from Tuesday 21 April: Tuesday 5 May.
        JsonNode stap = await().atMost(PATIENCE).until(() -> stapTermijn(c), t -> t != null);
        assertThat(stap.path("uiterlijk").asString()).isEqualTo("2026-05-05");
        assertThat(stap.path("status").asString()).isEqualTo("OPEN");

        var opgeschort = api().post("/api/v1/casussen/" + c.casusId() + "/termijnen/opschorting",
                "{\"reden\": \"Het gezin verblijft drie dagen buiten de regio\"}", token(TEAMLEIDER, "teamleider"));
        assertThat(opgeschort.statusCode()).as(opgeschort.body()).isEqualTo(200);
        assertThat(stapTermijn(c).path("status").asString()).isEqualTo("OPGESCHORT");

        // Resumed on Friday 24 April: Wednesday, Thursday and Friday stood still, so the last day moves three working days on.
        SystemRun.zetKlok(escalatie, "2026-04-24T08:00:00Z");
        var hervat = api().post("/api/v1/casussen/" + c.casusId() + "/termijnen/hervatting", "{\"reden\": \"Het gezin is terug\"}",
                token(TEAMLEIDER, "teamleider"));
        assertThat(hervat.statusCode()).as(hervat.body()).isEqualTo(200);
        JsonNode hervatteStap = stapTermijn(c);
        assertThat(hervatteStap.path("status").asString()).isEqualTo("OPEN");
        assertThat(hervatteStap.path("uiterlijk").asString()).isEqualTo("2026-05-08");

        // The escalation itself is for those involved: the professional who took the step reads it, a colleague of Ede does not.
        assertThat(api().get(pad, token(PROFESSIONAL, "jeugdlink-professional")).statusCode()).isEqualTo(200);
        assertThat(api().get(pad, token("regisseur-ede-" + run, "regisseur")).statusCode()).isEqualTo(403);
    }

    /** The step-2 deadline of the casus as the escalation-service's query shows it, or null while it is not there. */
    private JsonNode stapTermijn(Casus c) {
        HttpResponse<String> lijst = api().get("/api/v1/termijnen?casusId=" + c.casusId() + "&status=OPEN,OPGESCHORT,OVERSCHREDEN",
                token(TEAMLEIDER, "teamleider"));
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        return JSON.readTree(lijst.body()).path("termijnen").valueStream().filter(t -> t.path("soort").asString().equals("ESCALATIE_STAP_2"))
                .findFirst().orElse(null);
    }

    private ApiCaller api() {
        return new ApiCaller(escalatie.baseUrl());
    }

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }
}
