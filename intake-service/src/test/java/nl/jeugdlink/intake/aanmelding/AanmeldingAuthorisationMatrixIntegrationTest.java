package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
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
    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();

    /**
     * One token per fixed asker, as a client holds one for its session: signing a fresh RS256 token for every referral a cell
     * needs was much of the test's own CPU. Valid for an hour, far longer than the class runs.
     */
    private String token(String subject, String rol) {
        return tokens.computeIfAbsent(subject + " " + rol, k -> ApiCaller.token(subject, rol, List.of(EIGEN)));
    }

    @BeforeAll
    void eenAanmeldingInEde() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.geldig(),
                token("st-ede-0042", "regisseur"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        bestaandeAanmelding = JsonMapper.builder().build().readTree(response.body()).get("id").asText();
    }

    /** Each screening cell needs a referral that is not screened yet. */
    private String nieuweAanmelding() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.geldig(),
                token("st-ede-0042", "regisseur"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asText();
    }

    private String geaccepteerdeAanmelding() {
        String id = nieuweAanmelding();
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + id + "/screening", screening("gw-matrix", "gedragswetenschapper"),
                token("gw-matrix", "gedragswetenschapper"));
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

    /**
     * Each cell its own dynamic test, named as the parameterised test named it: Spring's per-method listeners (among them the
     * Mockito reset that walks every bean) ran before and after each cell, for a context no cell changes (ADR 0044).
     */
    @TestFactory
    Stream<DynamicTest> answersAsTheMatrixSays() {
        return cells((row, eigenGemeente, toegestaan) -> DynamicTest.dynamicTest(row + " eigen gemeente=" + eigenGemeente,
                () -> answersAsTheMatrixSays(row, eigenGemeente, toegestaan)));
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryCallWithoutAValidTokenWith401() {
        return cells((row, eigenGemeente, toegestaan) -> DynamicTest.dynamicTest(row + " zonder geldig token",
                () -> refusesEveryCallWithoutAValidTokenWith401(row)));
    }

    private interface Cel {
        DynamicTest test(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan);
    }

    private static Stream<DynamicTest> cells(Cel cel) {
        return AuthorisationMatrix.rowsFor("intake-service").stream().flatMap(row -> Stream.of(
                cel.test(row, true, row.eigenGemeente()),
                cel.test(row, false, row.andereGemeente())));
    }

    private void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        String subject = "matrix-" + row.rol() + "-" + System.nanoTime();
        String token = ApiCaller.token(subject, row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE));

        var response = call(row, subject, token, aanmeldingVoor(row));

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    private void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        // Per role one forged and one expired token (the service verifies them again on every call: it remembers only valid
        // ones); one referral in the state the row needs serves the four calls, none of which may touch it.
        var issuer = TestIssuer.get();
        List<String> rollen = List.of(row.rol());
        String vervalst = tokens.computeIfAbsent("vervalst " + row.rol(), k -> issuer.forgedToken("st-ede-0042", rollen, List.of(EIGEN)));
        String verlopen = tokens.computeIfAbsent("verlopen " + row.rol(), k -> issuer.expiredToken("st-ede-0042", rollen, List.of(EIGEN)));
        String aanmelding = aanmeldingVoor(row);
        for (String token : new String[] {null, "geen-jwt", vervalst, verlopen}) {
            var response = call(row, "st-ede-0042", token, aanmelding);
            assertThat(response.statusCode()).as(row + " with " + token).isEqualTo(401);
        }
    }

    /** The referral a row's path names: one not screened yet for a screening, an accepted one for a startoverleg, else the existing one. */
    private String aanmeldingVoor(AuthorisationMatrix.Row row) {
        return switch (row.endpoint()) {
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/screening" -> nieuweAanmelding();
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/startoverleg" -> geaccepteerdeAanmelding();
            default -> bestaandeAanmelding;
        };
    }

    private java.net.http.HttpResponse<String> call(AuthorisationMatrix.Row row, String subject, String token, String aanmelding) {
        var api = ApiCaller.onPort(port);
        return switch (row.endpoint()) {
            case "POST /api/v1/aanmeldingen" -> api.post("/api/v1/aanmeldingen",
                    AanmeldingRequestMother.jeugdlink(EIGEN, "SOCIAAL_TEAM", subject.length() > 64 ? subject.substring(0, 64) : subject), token);
            case "GET /api/v1/aanmeldingen/{aanmeldingId}" -> api.get("/api/v1/aanmeldingen/" + aanmelding, token);
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/screening" -> api.post("/api/v1/aanmeldingen/" + aanmelding + "/screening",
                    screening(subject, row.rol()), token);
            case "POST /api/v1/aanmeldingen/{aanmeldingId}/startoverleg" -> api.post("/api/v1/aanmeldingen/" + aanmelding + "/startoverleg",
                    """
                    { "geplandOp": "%s", "deelnemers": ["st-ede-0042"] }
                    """.formatted(java.time.Instant.now().plusSeconds(86_400).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), token);
            case "GET /api/v1/caseloads?medewerkerId={id}" -> api.get("/api/v1/caseloads?medewerkerId=vt-matrix", token);
            case "GET /api/v1/wachtende-aanmeldingen?gemeenteCode={gemeente}" -> api.get("/api/v1/wachtende-aanmeldingen?gemeenteCode=" + EIGEN, token);
            case "GET /api/v1/audit-records?betreft={id}" -> api.get("/api/v1/audit-records?betreft=" + aanmelding, token);
            case "GET /api/v1/audit-records/verificatie" -> api.get("/api/v1/audit-records/verificatie", token);
            case "POST /api/v1/audit-records/anker-herijking" -> api.post("/api/v1/audit-records/anker-herijking",
                    "{\"reden\": \"autorisatiematrix\"}", token);
            default -> throw new IllegalArgumentException("no call for " + row.endpoint());
        };
    }
}
