package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Every cell of docs/autorisatiematrix.md for the intake-service, against the running service. */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AanmeldingAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";

    @LocalServerPort
    int port;

    private String bestaandeAanmelding;

    @BeforeAll
    void eenAanmeldingInEde() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.geldig(),
                ApiCaller.token("st-ede-0042", "regisseur", List.of(EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        bestaandeAanmelding = JsonMapper.builder().build().readTree(response.body()).get("id").asText();
    }

    /** Each screening cell needs a referral that is not screened yet. */
    private String nieuweAanmelding() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.geldig(),
                ApiCaller.token("st-ede-0042", "regisseur", List.of(EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asText();
    }

    private String geaccepteerdeAanmelding() {
        String id = nieuweAanmelding();
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + id + "/screening", screening("gw-matrix", "gedragswetenschapper"),
                ApiCaller.token("gw-matrix", "gedragswetenschapper", List.of(EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    /** The caller records the decision as one of the two screeners, whatever their role: the role decides the answer. */
    private static String screening(String subject, String rol) {
        String gw = rol.equals("teamleider") ? "gw-matrix" : subject;
        String tl = rol.equals("teamleider") ? subject : "tl-matrix";
        return """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "%s", "teamleiderId": "%s",
                  "koppelingen": [ { "medewerkerId": "vt-matrix", "expertise": "VEILIG_THUIS" } ] }
                """.formatted(gw, tl);
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("intake-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        String subject = "matrix-" + row.rol() + "-" + System.nanoTime();
        String token = ApiCaller.token(subject, row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE));

        var response = call(row, subject, token);

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        List<String> rollen = List.of(row.rol());
        for (String token : new String[] {null, "geen-jwt", issuer.forgedToken("st-ede-0042", rollen, List.of(EIGEN)),
                issuer.expiredToken("st-ede-0042", rollen, List.of(EIGEN))}) {
            var response = call(row, "st-ede-0042", token);
            assertThat(response.statusCode()).as(row + " with " + token).isEqualTo(401);
        }
    }

    private java.net.http.HttpResponse<String> call(AuthorisationMatrix.Row row, String subject, String token) {
        var api = ApiCaller.onPort(port);
        return switch (row.endpoint()) {
            case "POST /api/v1/aanmeldingen" -> api.post("/api/v1/aanmeldingen",
                    AanmeldingRequestMother.jeugdlink(EIGEN, "SOCIAAL_TEAM", subject.length() > 64 ? subject.substring(0, 64) : subject), token);
            case "GET /api/v1/aanmeldingen/{aanmeldingId}" -> api.get("/api/v1/aanmeldingen/" + bestaandeAanmelding, token);
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/screening" -> api.post("/api/v1/aanmeldingen/" + nieuweAanmelding() + "/screening",
                    screening(subject, row.rol()), token);
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/startoverleg" -> api.post("/api/v1/aanmeldingen/" + geaccepteerdeAanmelding() + "/startoverleg",
                    """
                    { "geplandOp": "%s", "deelnemers": ["st-ede-0042"] }
                    """.formatted(java.time.Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), token);
            case "GET /api/v1/caseloads?medewerkerId={id}" -> api.get("/api/v1/caseloads?medewerkerId=vt-matrix", token);
            case "GET /api/v1/wachtende-aanmeldingen?gemeenteCode={gemeente}" -> api.get("/api/v1/wachtende-aanmeldingen?gemeenteCode=" + EIGEN, token);
            case "GET /api/v1/audit-records?betreft={id}" -> api.get("/api/v1/audit-records?betreft=" + bestaandeAanmelding, token);
            case "GET /api/v1/audit-records/verificatie" -> api.get("/api/v1/audit-records/verificatie", token);
            case "POST /api/v1/audit-records/anker-herijking" -> api.post("/api/v1/audit-records/anker-herijking",
                    "{\"reden\": \"autorisatiematrix\"}", token);
            default -> throw new IllegalArgumentException("no call for " + row.endpoint());
        };
    }
}
