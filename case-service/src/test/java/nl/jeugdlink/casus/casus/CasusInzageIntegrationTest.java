package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Need-to-know over the API (ADR 0017): a casus of Ede is for the people involved in it, not for
 * everyone of Ede; every refusal is a 403 problem and an audit record about the casus.
 */
@JeugdLinkIntegrationTest
class CasusInzageIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String SAMENVATTING = "Moeder vertelt over de nachten; afspraak over de oppas.";
    private static final String TEAMLEIDER = token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider");
    private static final String REGISSEUR = token("st-ede-0017", "regisseur");

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String json, String token) {
        return api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** A casus of Ede with regisseur st-ede-0017 and one conversation whose summary is personal data. */
    private String casusMetGesprek() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        var gekoppeld = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0017\"}", TEAMLEIDER);
        assertThat(gekoppeld.statusCode()).as(gekoppeld.body()).isEqualTo(200);
        var gesprek = api().post("/api/v1/casussen/" + casusId + "/gesprekken", """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["st-ede-0017"], "gezinAanwezig": true, "kindcontacten": [],
                 "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": false, "samenvatting": "%s"}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS), SAMENVATTING), REGISSEUR);
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        return casusId;
    }

    private List<String> auditVan(String casusId) {
        var audit = api().get("/api/v1/audit-records?betreft=" + casusId, token("beheer-1", "beheerder"));
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return JSON.readTree(audit.body()).valueStream().map(r -> r.get("gebruikerId").asText() + " " + r.get("actie").asText() + " "
                + r.get("categorie").asText() + " " + r.get("resultaat").asText()).toList();
    }

    @Test
    void aRegisseurOfEdeWhoIsNotOnTheTeamGets403ForTheCasusItsConversationsAndTakingItAndEachRefusalIsAudited() {
        String casusId = casusMetGesprek();
        String collega = token("st-ede-0500", "regisseur");

        var casus = api().get("/api/v1/casussen/" + casusId, collega);
        var gesprekken = api().get("/api/v1/casussen/" + casusId + "/gesprekken", collega);
        var oppakken = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0500\"}", collega);
        var eigen = api().get("/api/v1/casussen/" + casusId + "/gesprekken", REGISSEUR);

        assertThat(List.of(casus, gesprekken, oppakken)).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
            assertThat(r.body()).doesNotContain("oppas").doesNotContain("st-ede-0017");
        });
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        assertThat(eigen.body()).contains("oppas");
        assertThat(auditVan(casusId)).contains("st-ede-0500 LEZEN casus GEWEIGERD", "st-ede-0500 LEZEN gesprek GEWEIGERD",
                "st-ede-0500 WIJZIGEN casus GEWEIGERD", "st-ede-0017 LEZEN gesprek TOEGESTAAN");
    }

    @Test
    void theReferrerSeesTheCasusWhileHoldingTheDossierAndNoLongerOnceARegisseurTookItOver() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        // The golden example's referrer, an ST professional of Ede.
        String verwijzer = token("st-ede-0042", "jeugdlink-professional");

        var alsDossierhouder = api().get("/api/v1/casussen/" + casusId, verwijzer);
        send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0017\"}", TEAMLEIDER);
        var daarna = api().get("/api/v1/casussen/" + casusId, verwijzer);

        assertThat(alsDossierhouder.statusCode()).as(alsDossierhouder.body()).isEqualTo(200);
        assertThat(daarna.statusCode()).as(daarna.body()).isEqualTo(403);
    }

    @Test
    void aTeamMemberSeesTheCasusDuringTheirPeriodAndTheScreenersAlsoAfterTheirs() {
        String casusId = casusMetGesprek();
        String professional = token("vt-0107", "jeugdlink-professional");
        String gw = token(AanmeldingGescreendMother.GW, "gedragswetenschapper");

        var tijdensPeriode = api().get("/api/v1/casussen/" + casusId + "/gesprekken", professional);
        send("DELETE", "/api/v1/casussen/" + casusId + "/teamleden/vt-0107", null, TEAMLEIDER);
        send("DELETE", "/api/v1/casussen/" + casusId + "/teamleden/" + AanmeldingGescreendMother.GW, null, TEAMLEIDER);
        var naPeriode = api().get("/api/v1/casussen/" + casusId + "/gesprekken", professional);
        var notitiesNaPeriode = api().get("/api/v1/casussen/" + casusId + "/werkaantekeningen", professional);
        var screener = api().get("/api/v1/casussen/" + casusId + "/gesprekken", gw);

        assertThat(tijdensPeriode.statusCode()).as(tijdensPeriode.body()).isEqualTo(200);
        assertThat(List.of(naPeriode, notitiesNaPeriode)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(403));
        assertThat(screener.statusCode()).as(screener.body()).isEqualTo(200);
        assertThat(JSON.readTree(screener.body()).get(0).get("samenvatting").asText()).isEqualTo(SAMENVATTING);
        assertThat(auditVan(casusId)).contains("vt-0107 LEZEN werkaantekening GEWEIGERD");
    }
}
