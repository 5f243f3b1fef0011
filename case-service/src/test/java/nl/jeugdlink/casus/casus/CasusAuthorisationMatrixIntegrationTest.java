package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.intake.IntakeEvents;
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

/** Every cell of docs/autorisatiematrix.md for the case-service, against the running service. */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasusAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private String casusInEde;

    @BeforeAll
    void eenCasusInEde() {
        var event = AanmeldingOntvangenMother.goldenExample();
        new KafkaProbe().send(IntakeEvents.TOPIC, event.aanmeldingId(), event.headers(), event.payload());
        CasusId id = CasusId.uitAanmelding(event.aanmeldingId());
        await().atMost(Duration.ofSeconds(30)).until(() -> casussen.find(id).isPresent());
        casusInEde = id.toString();
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("case-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    @ParameterizedTest(name = "{0} eigen gemeente={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigenGemeente, boolean toegestaan) {
        var response = ApiCaller.onPort(port).get("/api/v1/casussen/" + casusInEde,
                ApiCaller.token("matrix-" + row.rol(), row.rol(), List.of(eigenGemeente ? EIGEN : ANDERE)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(toegestaan ? 200 : 403);
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(ApiCaller.onPort(port).get("/api/v1/casussen/" + casusInEde, token).statusCode()).isEqualTo(401);
        }
    }
}
