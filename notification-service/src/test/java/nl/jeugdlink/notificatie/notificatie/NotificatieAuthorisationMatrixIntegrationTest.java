package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.contactpersoon.application.ManagingContactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every cell of docs/autorisatiematrix.md for the notification-service, against the running service. */
@NotificatieIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificatieAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";

    @LocalServerPort
    int port;

    @Autowired
    Notificaties notificaties;

    @Autowired
    ManagingContactpersonen contactpersonen;

    private final String casusInEde = UUID.randomUUID().toString();
    private final String aanmeldingInEde = UUID.randomUUID().toString();
    private final String contactInEde = "matrix-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    void eenBerichtOverEenCasusInEdeEnEenContactpersoonInEde() {
        stuur(CaseEvents.REGISSEUR_GEKOPPELD, casusInEde,
                voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, Map.of(GOUDEN_CASUS, casusInEde, GOUDEN_AANMELDING, aanmeldingInEde)));
        await().atMost(Duration.ofSeconds(30)).until(() -> !notificaties.overCasus(casusInEde).isEmpty());
        contactpersonen.legVast(new Contactpersoon(contactInEde, "Matrix Test", "matrix@st-ede.test", "regisseur", List.of(EIGEN)));
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("notification-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    private HttpResponse<String> call(AuthorisationMatrix.Row row, @Nullable String token) {
        String path = row.path().replace("{casusId}", casusInEde).replace("{aanmeldingId}", aanmeldingInEde).replace("{medewerkerId}", contactInEde);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        switch (row.method()) {
            case "GET" -> request.GET();
            case "PUT" -> request.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"naam\":\"Matrix Test\",\"email\":\"matrix@st-ede.test\",\"rol\":\"regisseur\",\"gemeenten\":[\"" + EIGEN + "\"]}"));
            default -> throw new IllegalArgumentException("no call for " + row.method());
        }
        return ApiCaller.onPort(port).send(request, token);
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        var response = call(row, ApiCaller.token("matrix-" + row.rol(), row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

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
            assertThat(call(row, token).statusCode()).isEqualTo(401);
        }
    }
}
