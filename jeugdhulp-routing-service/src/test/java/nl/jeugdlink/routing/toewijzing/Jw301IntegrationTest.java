package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The JW301 reaching the care provider: the client given over REST, the message fetched as XML, against the running service. */
@JeugdLinkIntegrationTest
class Jw301IntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB_A = "98000041";
    private static final String AGB_B = "98000042";
    private static final IjwXml XML = new IjwXml();
    private static final String CLIENT = """
            {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen", "voorvoegsel": "de",
             "voornamen": "Anna Maria", "voorletters": "AM"}""";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String backoffice() {
        return ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE));
    }

    private HttpResponse<String> putClient(String casusId, String json, String token) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private HttpResponse<String> jw301(String agbPad, String toewijzingId, String agbToken) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agbPad + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(),
                TestIssuer.get().zorgaanbiederToken("za-" + agbToken, agbToken));
    }

    private String toewijzing(String casusId, String agb) {
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(agb), backoffice());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("toewijzingId").asString();
    }

    @Test
    void theProviderFetchesAJw301ThatValidatesCarriesTheClientAndIsTheSameTheSecondTime() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        assertThat(putClient(casusId, CLIENT, backoffice()).statusCode()).isEqualTo(204);
        String toewijzingId = toewijzing(casusId, AGB_A);

        var eerste = jw301(AGB_A, toewijzingId, AGB_A);
        var tweede = jw301(AGB_A, toewijzingId, AGB_A);

        assertThat(eerste.statusCode()).as(eerste.body()).isEqualTo(200);
        assertThat(XML.schemafouten(eerste.body())).isEmpty();
        Jw301 bericht = XML.lees(eerste.body(), Jw301.class);
        assertThat(bericht.header().afzender()).isEqualTo("0228");
        assertThat(bericht.header().ontvanger()).isEqualTo(AGB_A);
        assertThat(bericht.client().bsn()).isEqualTo("999900006");
        var product = bericht.client().toegewezenProducten().toegewezenProduct().getFirst();
        assertThat(bericht.header().berichtIdentificatie().identificatie()).isEqualTo("T" + product.toewijzingNummer());
        assertThat(product.omvang().eenheid()).isEqualTo("04");
        assertThat(tweede.body()).isEqualTo(eerste.body());
        // The client is nowhere in clear in the store.
        assertThat(mongo.getCollection("casus_clienten").find(new Document("_id", casusId)).first().toJson()).doesNotContain("999900006")
                .doesNotContain("Jansen");
    }

    /** A toewijzing of this body in a fresh casus with the client given, and the JW301 the provider fetches for it. */
    private Jw301.ToegewezenProduct alsJw301(String agb, String body) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        assertThat(putClient(casusId, CLIENT, backoffice()).statusCode()).isEqualTo(204);
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", body, backoffice());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String toewijzingId = JsonMapper.builder().build().readTree(response.body()).get("toewijzingId").asString();

        var bericht = jw301(agb, toewijzingId, agb);

        assertThat(bericht.statusCode()).as(bericht.body()).isEqualTo(200);
        assertThat(XML.schemafouten(bericht.body())).as(bericht.body()).isEmpty();
        return XML.lees(bericht.body(), Jw301.class).client().toegewezenProducten().toegewezenProduct().getFirst();
    }

    @Test
    void anAspecificToewijzingCategoryOnlyIsAValidJw301WithTheCategoryAndNoCodeNorOmvang() {
        var zonderBudget = alsJw301(AGB_A, """
                {"agbCode": "%s", "product": {"categorie": "43"}, "ingangsdatum": "2026-12-01"}""".formatted(AGB_A));
        var metBudget = alsJw301(AGB_B, """
                {"agbCode": "%s", "product": {"categorie": "44"}, "ingangsdatum": "2026-12-01", "einddatum": "2027-05-31",
                 "budget": 250000}""".formatted(AGB_B));

        assertThat(zonderBudget.product().categorie()).isEqualTo("43");
        assertThat(zonderBudget.product().code()).isNull();
        assertThat(zonderBudget.omvang()).isNull();
        assertThat(zonderBudget.budget()).isNull();
        assertThat(zonderBudget.einddatum()).isNull();
        assertThat(metBudget.product().categorie()).isEqualTo("44");
        assertThat(metBudget.product().code()).isNull();
        assertThat(metBudget.omvang()).isNull();
        assertThat(metBudget.budget()).isEqualTo(250_000L);
        assertThat(metBudget.einddatum()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
    }

    @Test
    void aGenericToewijzingBudgetOnlyIsAValidJw301WithoutProductButWithItsBudgetAndEinddatum() {
        var generiek = alsJw301(AGB_A, """
                {"agbCode": "%s", "ingangsdatum": "2026-12-01", "einddatum": "2027-05-31", "budget": 150000}""".formatted(AGB_A));

        assertThat(generiek.product()).isNull();
        assertThat(generiek.omvang()).isNull();
        assertThat(generiek.budget()).isEqualTo(150_000L);
        assertThat(generiek.ingangsdatum()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(generiek.einddatum()).isEqualTo(java.time.LocalDate.of(2027, 5, 31));
    }

    @Test
    void anotherProviderGetsNothingAndAClientIsCheckedOnTheElevenTest() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String toewijzingId = toewijzing(casusId, AGB_A);

        assertThat(jw301(AGB_A, toewijzingId, AGB_A).statusCode()).as("no client yet").isEqualTo(409);
        assertThat(jw301(AGB_B, toewijzingId, AGB_B).statusCode()).isEqualTo(404);
        assertThat(jw301(AGB_A, toewijzingId, AGB_B).statusCode()).isEqualTo(403);
        var fout = putClient(casusId, CLIENT.replace("999900006", "999900007"), backoffice());
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("CS002");
        assertThat(putClient(casusId, CLIENT, ApiCaller.token("bo", "backoffice", List.of("GM0345"))).statusCode()).isEqualTo(403);
    }
}
