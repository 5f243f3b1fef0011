package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every cell of docs/autorisatiematrix.md for the case-service, against the running service. Each
 * endpoint gets a valid request, so an allowed cell succeeds (2xx) and a refused one is a 403.
 */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasusAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";
    /** Facts are recorded after they happened: a day before the service's clock. */
    private static final Instant GISTEREN = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();
    private String casusInEde;

    @BeforeAll
    void eenCasusInEde() {
        casusInEde = AanmeldingGescreendMother.openCasus(kafka, casussen);
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("case-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        String subject = "matrix-" + row.rol();
        // Closing is for good: an allowed closure gets a casus of its own, ready to be closed.
        String casusId = row.endpoint().endsWith("/afsluiting") && toegestaan ? casusKlaarVoorAfsluiting() : casusInEde;

        var response = call(row, casusId, subject, ApiCaller.token(subject, row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(call(row, casusInEde, "x", token).statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> call(AuthorisationMatrix.Row row, String casusId, String subject, @Nullable String token) {
        String casus = "/api/v1/casussen/" + casusId;
        return switch (row.endpoint()) {
            case "GET /api/v1/casussen/{casusId}" -> api().get(casus, token);
            case "PUT /api/v1/casussen/{casusId}/regisseur" -> send("PUT", casus + "/regisseur", """
                    {"regisseurId": "matrix-regisseur"}""", token);
            case "POST /api/v1/casussen/{casusId}/teamleden" -> api().post(casus + "/teamleden", """
                    {"medewerkerId": "%s", "rol": "JEUGDLINK_PROFESSIONAL", "expertise": "VEILIG_THUIS"}""".formatted(uniek()), token);
            case "DELETE /api/v1/casussen/{casusId}/teamleden/{medewerkerId}" -> send("DELETE", casus + "/teamleden/" + teamlid(casusId), null, token);
            case "POST /api/v1/casussen/{casusId}/gesprekken" -> api().post(casus + "/gesprekken", """
                    {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["%s"], "gezinAanwezig": true,
                     "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": false}], "netwerkUitgenodigd": true,
                     "verslagGedeeldMetGezin": true, "samenvatting": "Gesprek met moeder over de afspraken."}"""
                    .formatted(GISTEREN, subject, AanmeldingGescreendMother.KIND_ONDER_4), token);
            case "GET /api/v1/casussen/{casusId}/gesprekken" -> api().get(casus + "/gesprekken", token);
            case "POST /api/v1/casussen/{casusId}/gw-momenten" -> api().post(casus + "/gw-momenten", """
                    {"moment": "START", "gedragswetenschapperId": "%s", "datum": "%s"}""".formatted(subject, GISTEREN.toString().substring(0, 10)), token);
            case "POST /api/v1/casussen/{casusId}/plan" -> api().post(casus + "/plan", """
                    {"vastgesteldOp": "%s"}""".formatted(GISTEREN), token);
            case "POST /api/v1/casussen/{casusId}/hulp" -> api().post(casus + "/hulp", """
                    {"ingezetOp": "%s"}""".formatted(GISTEREN), token);
            case "POST /api/v1/casussen/{casusId}/afsluiting" -> api().post(casus + "/afsluiting", """
                    {"reden": "DOELEN_BEHAALD"}""", token);
            case "POST /api/v1/casussen/{casusId}/werkaantekeningen" -> api().post(casus + "/werkaantekeningen", """
                    {"tekst": "Eigen notitie."}""", token);
            case "GET /api/v1/casussen/{casusId}/werkaantekeningen" -> api().get(casus + "/werkaantekeningen", token);
            default -> throw new IllegalStateException("the matrix names " + row.endpoint() + ": give it a request here");
        };
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String json, @Nullable String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return api().send(request, token);
    }

    private static String uniek() {
        return "lid-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A member added by the teamleider, for a cell that ends a membership. */
    private String teamlid(String casusId) {
        String lid = uniek();
        var added = api().post("/api/v1/casussen/" + casusId + "/teamleden", """
                {"medewerkerId": "%s", "rol": "GEDRAGSWETENSCHAPPER"}""".formatted(lid),
                ApiCaller.token("matrix-voorbereiding", "teamleider", List.of(EIGEN)));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return lid;
    }

    private String casusKlaarVoorAfsluiting() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        var gw = api().post("/api/v1/casussen/" + casusId + "/gw-momenten", """
                {"moment": "VOORGENOMEN_AFSLUITING", "gedragswetenschapperId": "matrix-gw", "datum": "%s"}""".formatted(GISTEREN.toString().substring(0, 10)),
                ApiCaller.token("matrix-gw", "gedragswetenschapper", List.of(EIGEN)));
        assertThat(gw.statusCode()).as(gw.body()).isEqualTo(201);
        return casusId;
    }
}
