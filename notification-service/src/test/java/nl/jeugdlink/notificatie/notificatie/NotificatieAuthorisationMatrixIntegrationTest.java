package nl.jeugdlink.notificatie.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
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

/** Every cell of docs/autorisatiematrix.md for the notification-service, against the running service. */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificatieAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";

    @LocalServerPort
    int port;

    @Autowired
    Notificaties notificaties;

    private final String casusInEde = UUID.randomUUID().toString();

    @BeforeAll
    void eenBerichtOverEenCasusInEde() {
        String payload = SchemaCheck.example(CaseEvents.CASUS_GEOPEND).replace("5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37", casusInEde);
        new KafkaProbe().send(CaseEvents.TOPIC, casusInEde, Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_type", CaseEvents.CASUS_GEOPEND.type(), "ce_subject", casusInEde, "ce_time", "2026-11-23T09:15:02Z",
                "content-type", "application/json"), payload.getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(30)).until(() -> !notificaties.forCasus(casusInEde).isEmpty());
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("notification-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        var response = ApiCaller.onPort(port).get("/api/v1/notificaties?casusId=" + casusInEde,
                ApiCaller.token("matrix-" + row.rol(), row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(toegestaan ? 200 : 403);
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(ApiCaller.onPort(port).get("/api/v1/notificaties?casusId=" + casusInEde, token).statusCode()).isEqualTo(401);
        }
    }
}
