package nl.jeugdlink.notificatie.contactpersoon;

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
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.platform.test.ApiCaller;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The contact directory over its API: validation naming each field, created and changed entries, and mail going to the new address. */
@NotificatieIntegrationTest
class ContactpersoonIntegrationTest {

    @LocalServerPort
    int port;

    private final String beheerder = ApiCaller.token("beheerder-ede", "beheerder", List.of("GM0228"));
    private final String medewerker = "st-ede-" + UUID.randomUUID().toString().substring(0, 8);

    private HttpResponse<String> put(String id, String json, String token) {
        return ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/contactpersonen/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static String body(String naam, String email, String rol, String gemeenten) {
        return "{\"naam\":\"" + naam + "\",\"email\":\"" + email + "\",\"rol\":\"" + rol + "\",\"gemeenten\":" + gemeenten + "}";
    }

    @Test
    void refusesAnInvalidEntryNamingEachFieldAndRule() {
        var response = put(medewerker, body(" ", "geen-adres", "tovenaar", "[\"GM228\", \"GM0345\"]"), beheerder);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(
                "{\"name\":\"naam\",\"code\":\"required\"",
                "{\"name\":\"email\",\"code\":\"email\"",
                "{\"name\":\"rol\",\"code\":\"enum\"",
                "{\"name\":\"gemeenten[0]\",\"code\":\"pattern\"")
                .doesNotContain("gemeenten[1]");
        assertThat(ApiCaller.onPort(port).get("/api/v1/contactpersonen/" + medewerker, beheerder).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAMissingListAndABadId() {
        var geenGemeenten = put(medewerker, "{\"naam\":\"A\",\"email\":\"a@b.test\",\"rol\":\"regisseur\"}", beheerder);
        assertThat(geenGemeenten.statusCode()).isEqualTo(400);
        assertThat(geenGemeenten.body()).contains("{\"name\":\"gemeenten\",\"code\":\"required\"");

        var slechtId = put("met%20spatie", body("A", "a@b.test", "regisseur", "[\"GM0228\"]"), beheerder);
        assertThat(slechtId.statusCode()).isEqualTo(400);
        assertThat(slechtId.body()).contains("{\"name\":\"medewerkerId\",\"code\":\"pattern\"");
    }

    @Test
    void createsChangesAndReadsAnEntryAndMailGoesToTheNewAddress() {
        var aangemaakt = put(medewerker, body("Anna Kok", "a.kok@st-ede.test", "regisseur", "[\"GM0228\"]"), beheerder);
        assertThat(aangemaakt.statusCode()).as(aangemaakt.body()).isEqualTo(201);

        var gewijzigd = put(medewerker, body("Anna Kok", "anna.kok@st-ede.test", "regisseur", "[\"GM0228\"]"), beheerder);
        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(200);

        var gelezen = ApiCaller.onPort(port).get("/api/v1/contactpersonen/" + medewerker, beheerder);
        assertThat(gelezen.statusCode()).isEqualTo(200);
        assertThat(gelezen.body()).contains("\"email\":\"anna.kok@st-ede.test\"", "\"gemeenten\":[\"GM0228\"]", "\"rol\":\"regisseur\"");

        String casus = UUID.randomUUID().toString();
        stuur(CaseEvents.REGISSEUR_GEKOPPELD, casus, voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD,
                Map.of(GOUDEN_CASUS, casus, GOUDEN_AANMELDING, UUID.randomUUID().toString(), "\"regisseurId\": \"st-ede-0017\"", "\"regisseurId\": \"" + medewerker + "\"")));
        await().atMost(Duration.ofSeconds(30)).until(() -> TestMail.aan("anna.kok@st-ede.test", casus).size() == 1);
        assertThat(TestMail.tekst(TestMail.aan("anna.kok@st-ede.test", casus).getFirst())).contains("Beste Anna Kok,");
        assertThat(TestMail.aan("a.kok@st-ede.test", casus)).isEmpty();
    }

    @Test
    void aBeheerderAddsOnlyMunicipalitiesOfTheirOwn() {
        assertThat(put(medewerker, body("Anna Kok", "a.kok@st-ede.test", "regisseur", "[\"GM0228\"]"), beheerder).statusCode()).isEqualTo(201);

        var metVeenendaal = put(medewerker, body("Anna Kok", "a.kok@st-ede.test", "regisseur", "[\"GM0228\", \"GM0345\"]"), beheerder);

        assertThat(metVeenendaal.statusCode()).isEqualTo(403);
        assertThat(ApiCaller.onPort(port).get("/api/v1/contactpersonen/" + medewerker, beheerder).body()).contains("\"gemeenten\":[\"GM0228\"]");
    }

    @Test
    void seedsTheDirectoryFromConfiguration() {
        var teamleider = ApiCaller.onPort(port).get("/api/v1/contactpersonen/tl-ede-0001", beheerder);

        assertThat(teamleider.statusCode()).isEqualTo(200);
        assertThat(teamleider.body()).contains("\"naam\":\"Tamara Smit\"", "\"rol\":\"teamleider\"");
    }
}
