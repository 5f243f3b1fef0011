package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mailbox's one-time back-fill (ADR 0046) on a real store: a toewijzing and a JW315 answer stored as before the mailbox existed
 * (their mailbox entries gone, the markers not set) get their JW301 and JW319 at start, and the provider's fetch serves them; a message
 * sent since stays exactly as sent; a second start, its markers set, writes nothing. "Start" is the two start-up runners run again on
 * the running service, as the application runs them.
 */
@JeugdLinkIntegrationTest
class PostvakAanvullingIntegrationTest {

    private static final String AGB = "98000048";
    private static final String POSTVAK = "ijw_postvak";
    private static final String EENMALIG = "ijw_eenmalig";
    private static final IjwXml XML = new IjwXml();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @Qualifier("postvakJw301")
    ApplicationRunner postvakJw301;

    @Autowired
    @Qualifier("postvakJw319")
    ApplicationRunner postvakJw319;

    private final KafkaProbe kafka = new KafkaProbe();

    private String toewijzingMetClient(String achternaam) {
        String casusId = PostvakMother.casusMetClient(port, kafka, casussen, achternaam);
        var response = ApiCaller.onPort(port).post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB),
                PostvakMother.backoffice());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("toewijzingId").asString();
    }

    private String verzoekInOnderzoek() {
        String referentie = PostvakMother.verzoek(port, AGB);
        var antwoord = ApiCaller.onPort(port).post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + referentie + "/antwoord",
                "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", ApiCaller.token("bo-ede", "backoffice", List.of("GM0228")));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        return referentie;
    }

    private HttpResponse<String> haal(String pad) {
        return PostvakMother.haal(port, AGB, pad);
    }

    /** The store as before ADR 0046 for these: no mailbox entry, and the back-fill not yet done. */
    private void zoalsVoorHetPostvak(String... postvakIds) {
        for (String id : postvakIds) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id)),
                    POSTVAK);
        }
    }

    private void start() throws Exception {
        postvakJw301.run(new DefaultApplicationArguments());
        postvakJw319.run(new DefaultApplicationArguments());
    }

    @Test
    void toewijzingenAndAnswersStoredBeforeTheMailboxGetTheirMessageOnceAtStartAndAMessageSentSinceStaysAsSent() throws Exception {
        String oud = toewijzingMetClient("Voorpostvak");
        String sindsdien = toewijzingMetClient("Nadepostvak");
        String referentie = verzoekInOnderzoek();
        String oudId = AGB + ":" + Jw301.BERICHTCODE + ":" + oud;
        String antwoordId = AGB + ":" + Jw319.BERICHTCODE + ":" + referentie;
        Document verstuurd = mongo.findById(AGB + ":" + Jw301.BERICHTCODE + ":" + sindsdien, Document.class, POSTVAK);
        assertThat(verstuurd).isNotNull();
        zoalsVoorHetPostvak(oudId, antwoordId);
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .in("ijw_postvak:" + Jw301.BERICHTCODE, "ijw_postvak:" + Jw319.BERICHTCODE)), EENMALIG);
        // Before the back-fill the fetch has nothing: the toewijzing's client is known, yet "not yet given" (409); the answer 404.
        assertThat(haal("/toewijzingen/" + oud + "/jw301").statusCode()).isEqualTo(409);
        assertThat(haal("/verzoeken/" + referentie + "/jw319").statusCode()).isEqualTo(404);

        start();

        var jw301 = haal("/toewijzingen/" + oud + "/jw301");
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw301.body())).isEmpty();
        assertThat(jw301.body()).contains("Voorpostvak").doesNotContain("Nadepostvak");
        var jw319 = haal("/verzoeken/" + referentie + "/jw319");
        assertThat(jw319.statusCode()).as(jw319.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw319.body())).isEmpty();
        assertThat(XML.lees(jw319.body(), Jw319.class).header().berichtCode()).isEqualTo(Jw319.BERICHTCODE);
        // The message sent since ADR 0046 is not rewritten: the same document, its time of sending unchanged.
        assertThat(mongo.findById(AGB + ":" + Jw301.BERICHTCODE + ":" + sindsdien, Document.class, POSTVAK)).isEqualTo(verstuurd);
        assertThat(mongo.findById("ijw_postvak:" + Jw301.BERICHTCODE, Document.class, EENMALIG)).isNotNull();
        assertThat(mongo.findById("ijw_postvak:" + Jw319.BERICHTCODE, Document.class, EENMALIG)).isNotNull();

        // A second start does nothing: its markers are set, so an entry gone now stays gone.
        zoalsVoorHetPostvak(oudId, antwoordId);
        start();
        assertThat(mongo.findById(oudId, Document.class, POSTVAK)).isNull();
        assertThat(mongo.findById(antwoordId, Document.class, POSTVAK)).isNull();
    }
}
