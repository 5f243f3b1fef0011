package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw316;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The 315 route's approval: a requested product becomes a toewijzing whose JW301 the provider fetches, against the running service and store. */
@JeugdLinkIntegrationTest
class VerzoekToewijzingIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB = "98000071";
    private static final String AGB_ANDER = "98000072";
    private static final IjwXml XML = new IjwXml();
    private static final String OMVANG = "{\"volume\": 3, \"eenheid\": \"04\", \"frequentie\": \"2\"}";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String uniek() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    private static String backoffice(String gemeente) {
        return ApiCaller.token("bo-" + gemeente, "backoffice", List.of(gemeente));
    }

    private static String aanbieder(String agb) {
        return TestIssuer.get().zorgaanbiederToken("za-" + agb, agb);
    }

    private void verzoek(String agb, String bsn, String... referenties) {
        var response = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(agb, uniek(), bsn, referenties)))), aanbieder(agb));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(XML.lees(response.body(), Jw316.class).header().retourCodes().retourCode()).containsExactly("0200");
    }

    private String casusMetClient(String bsn) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen", "voorvoegsel": "de",
                         "voornamen": "Anna Maria", "voorletters": "AM"}""".formatted(bsn))), backoffice(EDE));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        return casusId;
    }

    private HttpResponse<String> toewijzing(String agb, String referentie, String casusId, String token) {
        return api().post("/api/v1/zorgaanbieders/" + agb + "/verzoeken/" + referentie + "/toewijzing",
                "{\"casusId\": \"" + casusId + "\", \"omvang\": " + OMVANG + "}", token);
    }

    private HttpResponse<String> jw301(String agb, String toewijzingId) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder(agb));
    }

    @Test
    void anApprovedRequestedProductBecomesAToewijzingWhoseJw301TheProviderFetches_andLeavesTheOpenList() {
        String bsn = IjwBerichtMother.geldigBsn();
        String ref = uniek();
        String andere = uniek();
        verzoek(AGB, bsn, ref, andere);
        String casusId = casusMetClient(bsn);
        String bo = backoffice(EDE);

        var toegewezen = toewijzing(AGB, ref, casusId, bo);

        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        var antwoord = JsonMapper.builder().build().readTree(toegewezen.body());
        String toewijzingId = antwoord.get("toewijzingId").asString();
        assertThat(antwoord.get("casusId").asString()).isEqualTo(casusId);
        assertThat(antwoord.get("agbCode").asString()).isEqualTo(AGB);
        var bericht = jw301(AGB, toewijzingId);
        assertThat(bericht.statusCode()).as(bericht.body()).isEqualTo(200);
        assertThat(XML.schemafouten(bericht.body())).isEmpty();
        Jw301 jw301 = XML.lees(bericht.body(), Jw301.class);
        assertThat(jw301.client().bsn()).isEqualTo(bsn);
        var product = jw301.client().toegewezenProducten().toegewezenProduct().getFirst();
        assertThat(product.product().code()).isEqualTo("45A01");
        assertThat(product.toewijzingNummer()).isEqualTo(antwoord.get("toewijzingNummer").asLong());
        assertThat(product.omvang().volume()).isEqualTo(3);
        // TR379: the first JW301 honouring the request names the provider's ReferentieAanbieder; the toewijzing keeps it.
        assertThat(product.referentieAanbieder()).isEqualTo(ref);
        assertThat(antwoord.get("referentieAanbieder").asString()).isEqualTo(ref);

        String open = api().get("/api/v1/gemeenten/GM0228/verzoeken", bo).body();
        assertThat(open).doesNotContain(ref).contains(andere);
        assertThat(api().get("/api/v1/toewijzingen?casusId=" + casusId, bo).body()).contains(toewijzingId);
        var tweede = toewijzing(AGB, ref, casusId, bo);
        assertThat(tweede.statusCode()).isEqualTo(409);
        assertThat(tweede.body()).contains("AL_BEANTWOORD");
        assertThat(api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + ref + "/antwoord",
                "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"3\"}", bo).statusCode()).isEqualTo(409);
        assertThat(api().get("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + ref + "/jw319", aanbieder(AGB)).statusCode())
                .as("a toewijzing is answered by its JW301, not a JW319").isEqualTo(404);

        // The answer names the toewijzing by its casus and id, as JeugdhulpToegewezen does (the request itself is in no casus).
        String type = nl.jeugdlink.contracts.routing.RoutingEvents.VERZOEK_BEANTWOORD.type();
        var json = JsonMapper.builder().build();
        var beantwoord = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .anyMatch(r -> type.equals(KafkaProbe.header(r, "ce_type")) && ref.equals(json.readTree(r.value()).get("referentieAanbieder").asString())))
                .stream().filter(r -> type.equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> json.readTree(r.value())).filter(e -> ref.equals(e.get("referentieAanbieder").asString())).findFirst().orElseThrow();
        assertThat(beantwoord.get("antwoord").asString()).isEqualTo("TOEGEWEZEN");
        assertThat(beantwoord.get("toewijzingId").asString()).isEqualTo(toewijzingId);
        assertThat(beantwoord.get("toewijzingCasusId").asString()).isEqualTo(casusId);
    }

    @Test
    void aBodyWithoutOmvangOrBudgetGrantsTheRequestedOmvang_aGivenOmvangOverridesIt() {
        String bsn = IjwBerichtMother.geldigBsn();
        String gevraagd = uniek();
        String anders = uniek();
        verzoek(AGB, bsn, gevraagd, anders);
        String casusId = casusMetClient(bsn);
        String bo = backoffice(EDE);

        var zoalsGevraagd = api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + gevraagd + "/toewijzing",
                "{\"casusId\": \"" + casusId + "\"}", bo);
        var meer = api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + anders + "/toewijzing",
                "{\"casusId\": \"" + casusId + "\", \"omvang\": {\"volume\": 5, \"eenheid\": \"04\", \"frequentie\": \"2\"}}", bo);

        assertThat(zoalsGevraagd.statusCode()).as(zoalsGevraagd.body()).isEqualTo(201);
        assertThat(meer.statusCode()).as(meer.body()).isEqualTo(201);
        var json = JsonMapper.builder().build();
        // The JW315 asked 3 hours a week for each product (IjwBerichtMother); the JW301 carries what was granted.
        for (var geval : List.of(java.util.Map.entry(zoalsGevraagd, 3), java.util.Map.entry(meer, 5))) {
            String toewijzingId = json.readTree(geval.getKey().body()).get("toewijzingId").asString();
            var bericht = jw301(AGB, toewijzingId);
            assertThat(bericht.statusCode()).as(bericht.body()).isEqualTo(200);
            assertThat(XML.schemafouten(bericht.body())).isEmpty();
            var product = XML.lees(bericht.body(), Jw301.class).client().toegewezenProducten().toegewezenProduct().getFirst();
            assertThat(product.omvang().volume()).isEqualTo(geval.getValue());
            assertThat(product.omvang().eenheid()).isEqualTo("04");
            assertThat(product.omvang().frequentie()).isEqualTo("2");
        }
    }

    @Test
    void theCasusMustHaveTheRequestsClient_andOnlyTheAddressedMunicipalityApproves() {
        String bsn = IjwBerichtMother.geldigBsn();
        String ref = uniek();
        verzoek(AGB_ANDER, bsn, ref);
        String bo = backoffice(EDE);

        String zonderClient = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var geenClient = toewijzing(AGB_ANDER, ref, zonderClient, bo);
        assertThat(geenClient.statusCode()).isEqualTo(409);
        assertThat(geenClient.body()).contains("CLIENT_ONBEKEND");
        var anders = toewijzing(AGB_ANDER, ref, casusMetClient(IjwBerichtMother.geldigBsn()), bo);
        assertThat(anders.statusCode()).isEqualTo(409);
        assertThat(anders.body()).contains("ANDERE_CLIENT");
        var zonderCasus = api().post("/api/v1/zorgaanbieders/" + AGB_ANDER + "/verzoeken/" + ref + "/toewijzing", "{}", bo);
        assertThat(zonderCasus.statusCode()).isEqualTo(400);
        assertThat(zonderCasus.body()).contains("casusId");
        assertThat(toewijzing(AGB_ANDER, ref, UUID.randomUUID().toString(), bo).statusCode()).as("unknown casus").isEqualTo(404);

        String casusId = casusMetClient(bsn);
        assertThat(toewijzing(AGB_ANDER, ref, casusId, backoffice("GM0345")).statusCode()).as("another municipality").isEqualTo(404);
        assertThat(toewijzing(AGB_ANDER, ref, casusId, aanbieder(AGB_ANDER)).statusCode()).isEqualTo(403);
        assertThat(toewijzing(AGB, ref, casusId, bo).statusCode()).as("another provider's reference").isEqualTo(404);
        assertThat(api().get("/api/v1/gemeenten/GM0228/verzoeken", bo).body()).as("still open after refusals").contains(ref);
        assertThat(toewijzing(AGB_ANDER, ref, casusId, bo).statusCode()).isEqualTo(201);
    }

    @Test
    void underTheWoonplaatsbeginselTheAddresseeHonoursInAnotherMunicipalitysCasusWhoseBepalingMakesItResponsible() {
        String rhenen = "GM0340";
        String bsn = IjwBerichtMother.geldigBsn();
        String ref = uniek();
        verzoek(AGB, bsn, ref);
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, rhenen);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""".formatted(bsn))), backoffice(rhenen));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        String jeugdbeschermer = ApiCaller.token("jb-rhenen", "jeugdbeschermer", List.of(rhenen));
        String bepaling = BepalingIntegrationTest.bepaling(AGB);
        var eigen = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling, jeugdbeschermer);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(201);
        // The parent with custody lives in Ede: Ede is responsible, although the casus is Rhenen's.
        var ede = api().post("/api/v1/casussen/" + casusId + "/bepalingen",
                bepaling.substring(0, bepaling.lastIndexOf('}')) + ", \"woonplaatsbeginselGemeente\": \"" + EDE + "\"}", jeugdbeschermer);
        assertThat(ede.statusCode()).as(ede.body()).isEqualTo(201);
        var json = JsonMapper.builder().build();
        String edeBepaling = json.readTree(ede.body()).get("bepalingId").asString();
        String rhenenBepaling = json.readTree(eigen.body()).get("bepalingId").asString();
        String bo = backoffice(EDE);

        var zonderBepaling = toewijzing(AGB, ref, casusId, bo);
        assertThat(zonderBepaling.statusCode()).isEqualTo(409);
        assertThat(zonderBepaling.body()).contains("ANDERE_GEMEENTE");
        var onderRhenen = api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + ref + "/toewijzing",
                "{\"casusId\": \"" + casusId + "\", \"omvang\": " + OMVANG + ", \"bepalingId\": \"" + rhenenBepaling + "\"}", bo);
        assertThat(onderRhenen.statusCode()).as("Rhenen's own bepaling does not make Ede responsible").isEqualTo(409);
        assertThat(onderRhenen.body()).contains("ANDERE_GEMEENTE");

        var toegewezen = api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + ref + "/toewijzing",
                "{\"casusId\": \"" + casusId + "\", \"omvang\": " + OMVANG + ", \"bepalingId\": \"" + edeBepaling + "\"}", bo);

        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        var antwoord = json.readTree(toegewezen.body());
        assertThat(antwoord.get("toewijzendeGemeente").asString()).isEqualTo(EDE);
        assertThat(antwoord.get("casusId").asString()).isEqualTo(casusId);
        var bericht = jw301(AGB, antwoord.get("toewijzingId").asString());
        assertThat(bericht.statusCode()).as(bericht.body()).isEqualTo(200);
        assertThat(XML.schemafouten(bericht.body())).isEmpty();
        Jw301 jw301 = XML.lees(bericht.body(), Jw301.class);
        // The JW301's Afzender is the responsible municipality, and it carries the provider's reference (TR379).
        assertThat(jw301.header().afzender()).isEqualTo("0228");
        assertThat(jw301.client().bsn()).isEqualTo(bsn);
        assertThat(jw301.client().toegewezenProducten().toegewezenProduct().getFirst().referentieAanbieder()).isEqualTo(ref);
        assertThat(api().get("/api/v1/gemeenten/GM0228/verzoeken", bo).body()).doesNotContain(ref);
    }
}
