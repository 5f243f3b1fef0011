package nl.jeugdlink.routing.ijw.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw316;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A care provider's JW315 over its message API, answered by a JW316, against the running service and a real store. */
@JeugdLinkIntegrationTest
class BerichtenIntegrationTest {

    private static final String AGB = IjwBerichtMother.AANBIEDER;
    private static final IjwXml XML = new IjwXml();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private static String uniek() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    private HttpResponse<String> stuur(String agbPad, String bericht, @Nullable String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agbPad + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(bericht));
        return ApiCaller.onPort(port).send(request, token);
    }

    private static String token(String agb) {
        return TestIssuer.get().zorgaanbiederToken("aanbieder-" + agb, agb);
    }

    private static Jw316 retour(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(XML.schemafouten(response.body())).isEmpty();
        return XML.lees(response.body(), Jw316.class);
    }

    @Test
    void answersACorrectRequestWithAValidRetourSaying0200AndStoresItWithoutTheBsnInClear() {
        String bsn = IjwBerichtMother.geldigBsn();
        var bericht = IjwBerichtMother.jw315(uniek(), bsn, uniek(), uniek());

        Jw316 retour = retour(stuur(AGB, XML.schrijf(bericht), token(AGB)));

        assertThat(retour.header().berichtCode()).isEqualTo("447");
        assertThat(retour.header().berichtIdentificatie()).isEqualTo(bericht.header().berichtIdentificatie());
        assertThat(retour.header().retourCodes().retourCode()).containsExactly("0200");
        assertThat(retour.client()).isNull();
        assertThat(mongo.getCollection("ijw_verzoeken").find(new Document("berichtIdentificatie", bericht.header().berichtIdentificatie().identificatie()))
                .first()).isNotNull().satisfies(d -> assertThat(((Document) d).toJson()).doesNotContain(bsn));
        assertThat(mongo.getCollection("ijw_open_verzoeken").find().map(Document::toJson).into(new java.util.ArrayList<>()))
                .noneMatch(j -> j.contains(bsn));
    }

    @Test
    void answersTheSameMessageAgainWith9056AndASecondOpenRequestWith9374And9347() {
        String bsn = IjwBerichtMother.geldigBsn();
        String referentie = uniek();
        var eerste = IjwBerichtMother.jw315(uniek(), bsn, referentie);
        retour(stuur(AGB, XML.schrijf(eerste), token(AGB)));

        Jw316 nogmaals = retour(stuur(AGB, XML.schrijf(eerste), token(AGB)));
        Jw316 tweede = retour(stuur(AGB, XML.schrijf(IjwBerichtMother.jw315(uniek(), bsn, referentie)), token(AGB)));

        assertThat(nogmaals.header().retourCodes().retourCode()).containsExactly("9056");
        assertThat(tweede.header().retourCodes()).isNull();
        assertThat(tweede.client().retourCodes().retourCode()).containsExactly("9374");
        assertThat(tweede.client().aangevraagdeProducten().aangevraagdProduct()).singleElement()
                .satisfies(p -> assertThat(p.retourCodes().retourCode()).containsExactly("9347"));
    }

    @Test
    void answersABsnFailingTheElevenTestWith0001OnTheClient() {
        Jw316 retour = retour(stuur(AGB, XML.schrijf(IjwBerichtMother.jw315(uniek(), "999900007", uniek())), token(AGB)));

        assertThat(retour.client().bsn()).isEqualTo("999900007");
        assertThat(retour.client().retourCodes().retourCode()).containsExactly("0001");
    }

    @Test
    void answersAProductBreakingAProductRuleWith0001OnThatProductAndStoresNothing() {
        String bsn = IjwBerichtMother.geldigBsn();
        String kapot = uniek();
        String goed = uniek();
        var bericht = IjwBerichtMother.jw315(uniek(), bsn, kapot, goed);
        // The first product keeps its product code but loses its Omvang: schema-valid, but CD041 (a code asks for an omvang).
        String zonderOmvang = XML.schrijf(bericht).replaceFirst("(?s)<Omvang>.*?</Omvang>", "");
        assertThat(XML.schemafouten(zonderOmvang)).isEmpty();

        Jw316 retour = retour(stuur(AGB, zonderOmvang, token(AGB)));

        assertThat(retour.header().retourCodes()).isNull();
        assertThat(retour.client().retourCodes()).isNull();
        assertThat(retour.client().aangevraagdeProducten().aangevraagdProduct()).singleElement().satisfies(p -> {
            assertThat(p.referentieAanbieder()).isEqualTo(kapot);
            assertThat(p.retourCodes().retourCode()).containsExactly("0001");
        });
        assertThat(mongo.getCollection("ijw_verzoeken").find(new Document("berichtIdentificatie", bericht.header().berichtIdentificatie().identificatie()))
                .first()).isNull();
        // Refused as a whole: the corrected request (a new identification) is accepted under the same references for the same client.
        assertThat(retour(stuur(AGB, XML.schrijf(IjwBerichtMother.jw315(uniek(), bsn, kapot, goed)), token(AGB))).header().retourCodes().retourCode())
                .containsExactly("0200");
    }

    @Test
    void answersAMessageBreakingTheSchemaWithATechnicalRetourNotA500() {
        String kapot = XML.schrijf(IjwBerichtMother.jw315(uniek(), IjwBerichtMother.geldigBsn(), uniek()))
                .replaceFirst("<Geslacht>2</Geslacht>", "<Geslacht>7</Geslacht>");

        Jw316 retour = retour(stuur(AGB, kapot, token(AGB)));

        assertThat(retour.header().retourCodes().retourCode()).containsExactly("0001");
    }

    @Test
    void answersInputThatIsNoXmlWithAProblem() {
        var response = stuur(AGB, "{\"geen\": \"xml\"}", token(AGB));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"xml\"");
    }

    @Test
    void refusesAnotherProvidersPathAndAMessageInAnotherProvidersName() {
        String bericht = XML.schrijf(IjwBerichtMother.jw315(uniek(), IjwBerichtMother.geldigBsn(), uniek()));
        String andere = XML.schrijf(IjwBerichtMother.jw315Van("87654321", uniek(), IjwBerichtMother.geldigBsn(), uniek()));

        assertThat(stuur(AGB, bericht, token("87654321")).statusCode()).isEqualTo(403);
        assertThat(stuur(AGB, andere, token(AGB)).statusCode()).isEqualTo(403);
        assertThat(stuur(AGB, bericht, ApiCaller.token("backoffice", "backoffice", ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(403);
        assertThat(stuur(AGB, bericht, null).statusCode()).isEqualTo(401);
    }
}
