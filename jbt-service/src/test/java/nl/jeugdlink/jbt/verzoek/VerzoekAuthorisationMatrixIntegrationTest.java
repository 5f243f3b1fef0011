package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.Besluit;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Gesprekstype;
import nl.jeugdlink.jbt.verzoek.domain.Indiener;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeksoort;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every cell of docs/autorisatiematrix.md for the jbt-service, against the running service: per
 * endpoint and role, a fresh casus of Ede whose regie the asker holds and, for the endpoints on a
 * request, a filed request of which a filing role is the requester. Each cell sends a valid request,
 * so an allowed cell succeeds (2xx) and a refused one is a 403.
 */
@JeugdLinkIntegrationTest
class VerzoekAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";
    private static final Set<String> INDIENERS = Set.of("regisseur", "jeugdlink-professional", "jeugdbeschermer");

    @LocalServerPort
    int port;

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    Verzoeken verzoeken;

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("jbt-service").stream()
                .flatMap(row -> Stream.of(Arguments.of(row, true, row.eigenGemeente()), Arguments.of(row, false, row.andereGemeente())));
    }

    static Stream<AuthorisationMatrix.Row> rows() {
        return AuthorisationMatrix.rowsFor("jbt-service").stream();
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}: {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        String subject = "m-" + row.rol() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String casusId = casusVan(subject, row);

        var response = call(row, casusId, ApiCaller.token(subject, row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("rows")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        String casusId = casusVan("x", row);
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(call(row, casusId, token).statusCode()).isEqualTo(401);
        }
    }

    /** A casus of Ede whose regie {@code subject} holds; for the endpoints on a request, filed (by the subject when its role files). */
    private String casusVan(String subject, AuthorisationMatrix.Row row) {
        String casusId = UUID.randomUUID().toString();
        BekendeCasus casus = new BekendeCasus(casusId, UUID.randomUUID().toString(), EIGEN, subject, "matrix-verwijzer");
        assertThat(casussen.voegToe(casus)).isTrue();
        if (!row.endpoint().equals("POST /api/v1/jbt-verzoeken")) {
            Instant nu = Instant.now();
            Verzoek verzoek = Verzoek.concept(casus, nu);
            Indiener indiener = INDIENERS.contains(row.rol()) ? new Indiener(subject, row.rol()) : new Indiener("matrix-indiener", "jeugdbeschermer");
            var events = verzoek.dienIn(Verzoeksoort.BESPREKING, Gesprekstype.KWART_VOOR_TWAALF, FormulierMother.volledig(LocalDate.now()), indiener,
                    subject, LocalDate.now(), nu);
            if (row.endpoint().contains("/verslag") || row.endpoint().endsWith("/tafelevaluatie")) {
                // The report and the evaluation follow the decision: the request is decided before the cell is asked.
                events = new java.util.ArrayList<>(events);
                events.addAll(verzoek.neemBesluit(new Besluit(Besluit.Uitkomst.VRIJWILLIG_REGIE_LOKAAL_TEAM, "Regie blijft bij het Sociaal Team",
                        "Gezinscoaching", "Oma kijkt dagelijks mee", Besluit.Besluitvorming.CONSENSUS, null, "matrix-voorzitter", nu), LocalDate.now()));
                if (row.endpoint().endsWith("/ouderlink") || row.endpoint().endsWith("/verslag/reacties")) {
                    events.addAll(verzoek.legVerslagVast("Verslag van het gesprek.", "matrix-voorzitter", nu, java.time.Duration.ofDays(14)));
                }
            }
            assertThat(verzoeken.voegToe(verzoek, events)).isTrue();
        }
        return casusId;
    }

    private HttpResponse<String> call(AuthorisationMatrix.Row row, String casusId, @Nullable String token) {
        String verzoek = "/api/v1/jbt-verzoeken/" + Verzoek.idVoor(casusId);
        return switch (row.endpoint()) {
            case "POST /api/v1/jbt-verzoeken" -> api().post("/api/v1/jbt-verzoeken",
                    VerzoekIntegrationTest.indiening(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now()))), token);
            case "GET /api/v1/jbt-verzoeken/{verzoekId}" -> api().get(verzoek, token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/terugsturing" -> api().post(verzoek + "/terugsturing", """
                    {"reden": "De veiligheidsuitspraak is te algemeen."}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/besluit" -> api().post(verzoek + "/besluit", """
                    {"uitkomst": "VRIJWILLIG_REGIE_LOKAAL_TEAM", "route": "Regie blijft bij het Sociaal Team", "hulp": "Gezinscoaching",
                     "veiligheidsafspraken": "Oma kijkt dagelijks mee", "besluitvorming": "MANDAAT_VOORZITTER"}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/planning" -> api().post(verzoek + "/planning", "{}", token);
            case "PUT /api/v1/jbt-verzoeken/{verzoekId}/raadsmedewerker" -> put(verzoek + "/raadsmedewerker", """
                    {"raadsmedewerkerId": "rvdk-matrix"}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/eerdere-betrokkenen" -> api().post(verzoek + "/eerdere-betrokkenen", """
                    {"medewerkerId": "rvdk-eerder"}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/verslag" -> api().post(verzoek + "/verslag", """
                    {"tekst": "Verslag van het gesprek aan tafel."}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/verslag/ouderlink" -> api().post(verzoek + "/verslag/ouderlink", "{}", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/verslag/reacties" -> api().post(verzoek + "/verslag/reacties", """
                    {"tekst": "In het verslag staat een verkeerde datum van het eerste gesprek."}""", token);
            case "POST /api/v1/jbt-verzoeken/{verzoekId}/tafelevaluatie" -> api().post(verzoek + "/tafelevaluatie", """
                    {"vorm": "SCHRIFTELIJK", "afsprakenNagekomen": "JA", "vervolg": "AFSLUITEN", "bevindingen": "Afspraken nagekomen."}""", token);
            case "GET /api/v1/jbt-tafels/{tafel}/momenten" -> api().get("/api/v1/jbt-tafels/foodvalley/momenten", token);
            // A Tuesday far ahead, set to the configured capacity: the cell changes nothing another test plans on.
            case "PUT /api/v1/jbt-tafels/{tafel}/momenten/{datum}" -> put("/api/v1/jbt-tafels/foodvalley/momenten/2040-01-03", """
                    {"capaciteit": 3}""", token);
            default -> throw new IllegalStateException("the matrix names " + row.endpoint() + ": give it a request here");
        };
    }

    private HttpResponse<String> put(String path, String json, @Nullable String token) {
        return api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }
}
