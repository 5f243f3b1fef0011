package nl.jeugdlink.notificatie.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Every cell of docs/autorisatiematrix.md's table of the providers' webhooks, against the running service. */
@NotificatieIntegrationTest
class WebhookAuthorisationMatrixIntegrationTest {

    private static final String BODY = "{\"callbackUrl\":\"https://a.example.org/hook\",\"kanalen\":[{\"naam\":\"toewijzingen\"}]}";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.relationRowsFor("notification-service").stream()
                .flatMap(row -> row.cells().entrySet().stream().map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    static Stream<AuthorisationMatrix.RelationRow> rows() {
        return AuthorisationMatrix.relationRowsFor("notification-service").stream();
    }

    @ParameterizedTest(name = "{0} als {1}: {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.RelationRow row, String relatie, boolean toegestaan) {
        String agbA = WebhookIntegrationTest.nieuweAgb();
        // A fresh subscription of provider A per cell: a DELETE of one cell does not disturb another.
        HttpResponse<String> aangemaakt = ApiCaller.onPort(port).post("/api/v1/abonnementen", BODY, WebhookIntegrationTest.token(agbA));
        String abonnementId = json.readTree(aangemaakt.body()).get("id").asString();
        String token = switch (row.rol()) {
            case "zorgaanbieder" -> switch (relatie) {
                case "eigen AGB-code" -> WebhookIntegrationTest.token(agbA);
                case "andere AGB-code" -> WebhookIntegrationTest.token(WebhookIntegrationTest.nieuweAgb());
                case "zonder agb-claim" -> TestIssuer.get().token("za-zonder-agb", List.of("zorgaanbieder"), List.of("GM0228"));
                default -> throw new IllegalArgumentException(relatie);
            };
            default -> ApiCaller.token("m-" + row.rol(), row.rol(), List.of("GM0228"));
        };

        HttpResponse<String> response = call(row, agbA, abonnementId, token);

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isIn(403, 404);
            // The problem's instance echoes the caller's own path; its detail names nothing of A.
            if (!response.body().isEmpty()) {
                assertThat(json.readTree(response.body()).path("detail").asString("")).doesNotContain(abonnementId).doesNotContain(agbA);
                assertThat(response.body()).doesNotContain("a.example.org");
            }
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("rows")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.RelationRow row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of("GM0228")),
                issuer.expiredToken("x", List.of(row.rol()), List.of("GM0228"))}) {
            assertThat(call(row, "12345678", "x", token).statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> call(AuthorisationMatrix.RelationRow row, String agbCode, String abonnementId, @Nullable String token) {
        String path = row.path().replace("{agbCode}", agbCode).replace("{abonnementId}", abonnementId);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        switch (row.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            case "PUT" -> request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(BODY));
            case "POST" -> request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY));
            default -> throw new IllegalArgumentException("no call for " + row.method());
        }
        return ApiCaller.onPort(port).send(request, token);
    }
}
