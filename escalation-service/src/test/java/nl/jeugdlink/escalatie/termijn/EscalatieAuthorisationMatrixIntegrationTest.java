package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every cell of docs/autorisatiematrix.md for the escalation-service, against the running service. */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalatieAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";

    @LocalServerPort
    int port;

    @Autowired
    Trajecten trajecten;

    private final TrajectEventsMother trajectInEde = TrajectEventsMother.inEde();
    /** A situation-2 escalation of the casus at step 2, with minutes whose participants are every matrix role's subject. */
    private String escalatieId = "";
    private String verslagId = "";
    /** A situation-2 escalation of the casus taken to step 3 by people outside the matrix: only the municipal contact reads it (issue 15). */
    private String stap3EscalatieId = "";

    @BeforeAll
    void eenTrajectMetCasusInEde() {
        KafkaProbe kafka = new KafkaProbe();
        trajectInEde.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        trajectInEde.casusGeopend().send(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(trajectInEde.aanmeldingId)
                .map(g -> trajectInEde.casusId.equals(g.traject().casusId())).orElse(false));
        String regisseur = ApiCaller.token("matrix-regisseur", "regisseur", List.of(EIGEN));
        var api = ApiCaller.onPort(port);
        String escalaties = "/api/v1/casussen/" + trajectInEde.casusId + "/escalaties";
        var geopend = api.post(escalaties, "{\"situatie\": 2, \"partijen\": [\"LOKAAL_TEAM\"]}", regisseur);
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        escalatieId = veld(geopend.body(), "escalatieId");
        assertThat(api.post(escalaties + "/" + escalatieId + "/stappen", "{\"stap\": 2}", regisseur).statusCode()).isEqualTo(201);
        String deelnemers = AuthorisationMatrix.rowsFor("escalation-service").stream().map(r -> "\"matrix-" + r.rol() + "\"").distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        var verslag = api.post(escalaties + "/" + escalatieId + "/verslagen", "{\"stap\": 2, \"vergaderdOp\": \"2026-06-02\", "
                + "\"deelnemers\": [" + deelnemers + "], \"tekst\": \"matrix\"}", regisseur);
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        verslagId = tools.jackson.databind.json.JsonMapper.builder().build().readTree(verslag.body()).path("verslagen").get(0).path("verslagId").asString();
        String andereProfessional = ApiCaller.token("stap3-regisseur", "regisseur", List.of(EIGEN));
        String andereTeamleider = ApiCaller.token("stap3-teamleider", "teamleider", List.of(EIGEN));
        var bestuurlijk = api.post(escalaties, "{\"situatie\": 2, \"partijen\": [\"GEMEENTE\"]}", andereProfessional);
        assertThat(bestuurlijk.statusCode()).as(bestuurlijk.body()).isEqualTo(201);
        stap3EscalatieId = veld(bestuurlijk.body(), "escalatieId");
        assertThat(api.post(escalaties + "/" + stap3EscalatieId + "/stappen", "{\"stap\": 2}", andereProfessional).statusCode()).isEqualTo(201);
        assertThat(api.post(escalaties + "/" + stap3EscalatieId + "/stappen/2/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", andereTeamleider)
                .statusCode()).isEqualTo(200);
        var stap3 = api.post(escalaties + "/" + stap3EscalatieId + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", andereTeamleider);
        assertThat(stap3.statusCode()).as(stap3.body()).isEqualTo(201);
    }

    private static String veld(String json, String naam) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).path(naam).asString();
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("escalation-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    /** The row's path with this test's traject; the municipality asked about is always Ede, the token's varies. */
    private String path(AuthorisationMatrix.Row row) {
        return row.path().replace("{casusId}", trajectInEde.casusId).replace("{aanmeldingId}", trajectInEde.aanmeldingId)
                .replace("{gemeenteCode}", EIGEN).replace("{termijnId}", Termijn.id(trajectInEde.aanmeldingId, Soort.EERSTE_CONTACT))
                .replace("{stap3EscalatieId}", stap3EscalatieId).replace("{escalatieId}", escalatieId).replace("{verslagId}", verslagId).replace("{stap}", "2");
    }

    /** A GET as is; a POST with a body that fits it, and for a step one that the role's capacity may take. */
    private java.net.http.HttpResponse<String> call(AuthorisationMatrix.Row row, @org.jspecify.annotations.Nullable String token) {
        return row.method().equals("GET") ? ApiCaller.onPort(port).get(path(row), token)
                : ApiCaller.onPort(port).post(path(row), body(row), token);
    }

    private static String body(AuthorisationMatrix.Row row) {
        String pad = row.path();
        if (pad.endsWith("/escalaties")) {
            return "{\"situatie\": 2, \"partijen\": [\"GEMEENTE\"]}";
        }
        if (pad.endsWith("/stappen")) {
            return row.rol().equals("teamleider") ? "{\"stap\": 3, \"ambtelijkBetrokken\": true}" : "{\"stap\": 2}";
        }
        if (pad.endsWith("/afronding")) {
            return "{\"uitkomst\": \"GEESCALEERD\"}";
        }
        if (pad.endsWith("/gezinsinformatie")) {
            return "{\"moment\": \"VOORAF\"}";
        }
        if (pad.endsWith("/verslagen")) {
            return "{\"stap\": 2, \"vergaderdOp\": \"2026-06-03\", \"deelnemers\": [\"matrix-teamleider\"], \"tekst\": \"matrix\"}";
        }
        if (pad.endsWith("/reacties")) {
            return "{\"akkoord\": true}";
        }
        return "{\"werkdagen\": 1, \"reden\": \"matrix\"}";
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        assertThat(row.method()).isIn("GET", "POST");
        var response = call(row, ApiCaller.token("matrix-" + row.rol(), row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

        if (toegestaan && row.method().equals("POST")) {
            // Access granted; whether the state allows the act depends on the cells run before (see the matrix's notes).
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201, 409);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(toegestaan ? 200 : 403);
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(call(row, token).statusCode()).isEqualTo(401);
        }
    }
}
