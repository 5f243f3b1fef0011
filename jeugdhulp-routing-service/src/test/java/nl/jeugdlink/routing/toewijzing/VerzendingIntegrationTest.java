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

/**
 * The JW301 goes over the iJw transport when it is due (ADR 0046): the provider's fetch serves what was sent then, and a later state of
 * the casus - another toewijzing to the same provider, a corrected client - does not change a message already sent.
 */
@JeugdLinkIntegrationTest
class VerzendingIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB = "98000043";
    private static final IjwXml XML = new IjwXml();
    private static final String CLIENT = """
            {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen", "voorvoegsel": "de",
             "voornamen": "Anna Maria", "voorletters": "AM"}""";
    private static final String LATER = """
            {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2027-06-01", "einddatum": "2027-12-31",
             "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(AGB);

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

    private HttpResponse<String> putClient(String casusId, String json) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), backoffice());
    }

    private HttpResponse<String> jw301(String toewijzingId) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(),
                TestIssuer.get().zorgaanbiederToken("za-" + AGB, AGB));
    }

    private String toewijzing(String casusId, String body) {
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", body, backoffice());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("toewijzingId").asString();
    }

    @Test
    void aJw301SentDoesNotChangeWhenALaterToewijzingToTheSameProviderIsItsOwnMessage() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        assertThat(putClient(casusId, CLIENT).statusCode()).isEqualTo(204);
        String eerste = toewijzing(casusId, ToewijzingIntegrationTest.specifiek(AGB));
        var verstuurd = jw301(eerste);
        assertThat(verstuurd.statusCode()).as(verstuurd.body()).isEqualTo(200);

        String tweede = toewijzing(casusId, LATER);

        // Rendered at fetch time the first message would now carry both toewijzingen; sent, it stays as it was.
        assertThat(jw301(eerste).body()).isEqualTo(verstuurd.body());
        assertThat(XML.lees(verstuurd.body(), Jw301.class).client().toegewezenProducten().toegewezenProduct()).hasSize(1);
        var later = jw301(tweede);
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        assertThat(XML.schemafouten(later.body())).isEmpty();
        Jw301 bericht = XML.lees(later.body(), Jw301.class);
        var producten = bericht.client().toegewezenProducten().toegewezenProduct();
        // OP087: the new message carries every current toewijzing of the client at this provider, its own first.
        assertThat(producten).hasSize(2);
        assertThat(bericht.header().berichtIdentificatie().identificatie()).isEqualTo("T" + producten.getFirst().toewijzingNummer());
        assertThat(producten.getFirst().ingangsdatum()).hasToString("2027-06-01");
    }

    @Test
    void aJw301HeldBackForTheClientIsSentWhenItIsGivenAndACorrectedClientDoesNotChangeIt() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String toewijzingId = toewijzing(casusId, ToewijzingIntegrationTest.specifiek(AGB));
        assertThat(jw301(toewijzingId).statusCode()).as("held back: no client yet").isEqualTo(409);

        assertThat(putClient(casusId, CLIENT).statusCode()).isEqualTo(204);
        var verstuurd = jw301(toewijzingId);
        assertThat(verstuurd.statusCode()).as(verstuurd.body()).isEqualTo(200);
        assertThat(XML.schemafouten(verstuurd.body())).isEmpty();
        assertThat(XML.lees(verstuurd.body(), Jw301.class).client().bsn()).isEqualTo("999900006");

        assertThat(putClient(casusId, CLIENT.replace("Jansen", "Janssen")).statusCode()).isEqualTo(204);
        assertThat(jw301(toewijzingId).body()).isEqualTo(verstuurd.body()).contains("Jansen").doesNotContain("Janssen");
        // The mailbox holds the client only encrypted, as the casus's client is.
        Document inPostvak = mongo.getCollection("ijw_postvak").find(new Document("_id", AGB + ":" + Jw301.BERICHTCODE + ":" + toewijzingId)).first();
        assertThat(inPostvak).isNotNull();
        assertThat(inPostvak.toJson()).doesNotContain("999900006").doesNotContain("Jansen");
    }
}
