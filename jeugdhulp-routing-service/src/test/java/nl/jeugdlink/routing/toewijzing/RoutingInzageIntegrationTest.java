package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round 2 of a request for a child's data (AVG art. 15, ADR 0031) at the routing, over the platform's binding on a real broker and
 * store: a request sealed as the case-service seals it, answered with the routing's part sealed for the case-service. The child's
 * bepaling, toewijzing, decline, start message and JW315 are in it; the care of a sibling whose casus the keys name too, and a JW315
 * for another child, are not; the BSN never is, and nothing unsealed crosses the topic. Rhenen: no contract register decides here.
 */
@JeugdLinkIntegrationTest
class RoutingInzageIntegrationTest {

    private static final String RHENEN = "GM0340";
    private static final String AGB_KIND = "98000061";
    private static final String AGB_BROER = "98000062";
    private static final IjwXml XML = new IjwXml();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    InzageVerzegeling verzegeling;

    @Autowired
    nl.jeugdlink.platform.test.StoreQueries queries;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    /** The accepted JW315s and their clients' lists (MongoVerzoeken's collections). */
    private static final java.util.Set<String> VERZOEKCOLLECTIES = java.util.Set.of("ijw_verzoeken", "ijw_verzoeken_per_bsn");

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String backoffice() {
        return ApiCaller.token("bo-rhenen", "backoffice", List.of(RHENEN));
    }

    /** A casus of Rhenen whose client is given with this BSN and name, and a toewijzing to the provider in it; the toewijzing's id. */
    private String[] casusMetToewijzing(String bsn, String achternaam, String agb) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, RHENEN);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2014-06-01", "geslacht": "1", "achternaam": "%s"}""".formatted(bsn, achternaam))), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        var bepaald = api().post("/api/v1/casussen/" + casusId + "/bepalingen", BepalingIntegrationTest.bepaling(agb),
                ApiCaller.token("jb-rhenen", "jeugdbeschermer", List.of(RHENEN)));
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(agb), backoffice());
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        JsonNode t = JSON.readTree(toegewezen.body());
        return new String[] {casusId, t.get("toewijzingId").asString(), String.valueOf(t.get("toewijzingNummer").asLong())};
    }

    private String verzoek(String bsn) {
        String referentie = UUID.randomUUID().toString().substring(0, 12);
        var response = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_KIND + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(AGB_KIND, UUID.randomUUID().toString().substring(0, 12),
                        bsn, referentie)))), TestIssuer.get().zorgaanbiederToken("za-" + AGB_KIND, AGB_KIND));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return referentie;
    }

    @Test
    void deliversTheChildsBepalingenToewijzingenRouteMessagesAndRequestsWithoutTheSiblingsCareOrAnyBsn() {
        String bsnKind = IjwBerichtMother.geldigBsn();
        String bsnBroer = IjwBerichtMother.geldigBsn();
        String[] kind = casusMetToewijzing(bsnKind, "Kindinzage", AGB_KIND);
        String[] broer = casusMetToewijzing(bsnBroer, "Broerinzage", AGB_BROER);
        var afwijzing = api().post("/api/v1/toewijzingen/" + kind[1] + "/afwijzing", """
                {"grond": "GEEN_TIJDIGE_HULP", "reden": "WACHTLIJST", "toelichting": "Wachtlijst van twaalf weken."}""",
                TestIssuer.get().zorgaanbiederToken("za-" + AGB_KIND, AGB_KIND));
        assertThat(afwijzing.statusCode()).as(afwijzing.body()).isEqualTo(201);
        String refKind = verzoek(bsnKind);
        String refBroer = verzoek(bsnBroer);
        // Ede answers both requests "in onderzoek": a JW319 each in the mailbox, the child's in its part, the sibling's not.
        for (String ref : List.of(refKind, refBroer)) {
            var beantwoord = api().post("/api/v1/zorgaanbieders/" + AGB_KIND + "/verzoeken/" + ref + "/antwoord", "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}",
                    ApiCaller.token("bo-ede", "backoffice", List.of("GM0228")));
            assertThat(beantwoord.statusCode()).as(beantwoord.body()).isEqualTo(201);
        }

        // The keys name both casussen, as for a family whose casus holds both children: the sibling's care stays out.
        long mark = queries.mark();
        JsonNode deel = deelVoor(new Kindsleutels(bsnKind, List.of(), List.of(), List.of(kind[0], broer[0])), bsnKind, bsnBroer);

        // The child's requests are found by _id - the client's list under the keyed BSN, then each request - never by a scan (issue 11).
        // (The outbox relay's poll for pending events is the platform's, running meanwhile: not the inzage's.)
        var vanDeInzage = queries.since(mark).stream().filter(q -> VERZOEKCOLLECTIES.contains(q.collection())
                && !q.filter().containsKey("pendingEvents.eventId")).toList();
        assertThat(vanDeInzage).extracting(nl.jeugdlink.platform.test.StoreQueries.Sent::collection).contains("ijw_verzoeken_per_bsn", "ijw_verzoeken");
        assertThat(vanDeInzage).allSatisfy(q -> assertThat(q.filter().keySet()).containsExactly("_id"));
        assertThat(queries.scanning(mongo, mark, VERZOEKCOLLECTIES)).filteredOn(q -> !q.filter().containsKey("pendingEvents.eventId")).isEmpty();
        // The sent messages too: their _ids derived from the toewijzingen and requests found (ADR 0046's mailbox), never a scan.
        var uitHetPostvak = queries.since(mark).stream().filter(q -> q.collection().equals("ijw_postvak")).toList();
        assertThat(uitHetPostvak).isNotEmpty().allSatisfy(q -> assertThat(q.filter().keySet()).containsExactly("_id"));
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("ijw_postvak"))).isEmpty();

        assertThat(deel.get("dienst").asString()).isEqualTo("jeugdhulp-routing-service");
        String tekst = deel.toString();
        assertThat(tekst).contains(kind[0], AGB_KIND, "Kindinzage", "WACHTLIJST", "Wachtlijst van twaalf weken", refKind)
                .doesNotContain(AGB_BROER, "Broerinzage", refBroer, bsnKind, bsnBroer);
        JsonNode toewijzingen = deel.get("categorieen").valueStream().filter(c -> c.get("naam").asString().equals("Toewijzingen (JW301)"))
                .findFirst().orElseThrow().get("items");
        assertThat(toewijzingen.valueStream().map(t -> t.get("JW301").asString())).containsExactly("T" + kind[2]);
        // The messages sent about the child, as the provider fetches them - its name in them, its BSN left out (asserted above).
        JsonNode verzonden = deel.get("categorieen").valueStream()
                .filter(c -> c.get("naam").asString().equals("Verzonden berichten aan de zorgaanbieder (JW301, JW319)")).findFirst().orElseThrow()
                .get("items");
        assertThat(verzonden.valueStream().map(v -> v.get("bericht").asString())).containsExactlyInAnyOrder("JW301", "JW319");
        assertThat(verzonden.valueStream()).allSatisfy(v -> {
            assertThat(v.get("zorgaanbieder").asString()).isEqualTo(AGB_KIND);
            assertThat(v.get("verstuurd op").asString()).isNotBlank();
            assertThat(v.get("inhoud").asString()).contains("(BSN weggelaten)");
        });
        JsonNode jw301 = verzonden.valueStream().filter(v -> v.get("bericht").asString().equals("JW301")).findFirst().orElseThrow();
        assertThat(jw301.get("over").asString()).contains(kind[1]);
        assertThat(jw301.get("inhoud").asString()).contains("Kindinzage", "ToewijzingNummer>" + kind[2] + "<");
        JsonNode jw319 = verzonden.valueStream().filter(v -> v.get("bericht").asString().equals("JW319")).findFirst().orElseThrow();
        assertThat(jw319.get("over").asString()).contains(refKind);
        assertThat(jw319.get("inhoud").asString()).contains(refKind);
        // The sibling's casus shows as a casus line only, naming that its client is another child.
        assertThat(tekst).contains(broer[0]).contains("een ander kind");
        List<String> categorieen = deel.get("categorieen").valueStream().map(c -> c.get("naam").asString()).toList();
        assertThat(categorieen).contains("Bepalingen jeugdhulp", "Toewijzingen (JW301)", "Afwijzingen en zoektochten", "Verzoeken om toewijzing (JW315)");
    }

    @Test
    void aChildTheRoutingDoesNotKnowGetsAnEmptyPart() {
        JsonNode deel = deelVoor(new Kindsleutels(IjwBerichtMother.geldigBsn(), List.of(), List.of(), List.of(UUID.randomUUID().toString())));

        assertThat(deel.get("categorieen")).isEmpty();
    }

    /** Sends round 2 for the keys as the case-service would and opens the routing's reply as only the case-service can. */
    private JsonNode deelVoor(Kindsleutels sleutels, String... nooitOpHetTopic) {
        String verzoekId = UUID.randomUUID().toString();
        String payload = """
                {"verzoekId": "%s", "ronde": "DELEN", "verzegeld": "%s", "ingediendOp": "%s"}"""
                .formatted(verzoekId, verzegeling.verzegelVerzoek(JSON.writeValueAsString(sleutels), verzoekId, Ronde.DELEN),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEVERZOEK_INGEDIEND.type(), "urn:nld:jeugdlink:foodvalley:case-service",
                verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());

        var antwoorden = kafka.read(InzageEvents.TOPIC, Duration.ofSeconds(60), rs -> rs.stream().anyMatch(r -> isAntwoord(r, verzoekId))).stream()
                .filter(r -> isAntwoord(r, verzoekId)).toList();
        assertThat(antwoorden).as("InzagedeelGeleverd for " + verzoekId).hasSize(1);
        String json = new String(antwoorden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, json)).isEmpty();
        assertThat(json).doesNotContain("Kindinzage");
        for (String waarde : nooitOpHetTopic) {
            assertThat(json).doesNotContain(waarde);
        }
        JsonNode antwoord = JSON.readTree(json);
        assertThat(antwoord.get("dienst").asString()).isEqualTo("jeugdhulp-routing-service");
        assertThat(antwoord.get("ronde").asString()).isEqualTo("DELEN");
        return JSON.readTree(verzegeling.openDeel(antwoord.get("verzegeld").asString(), verzoekId, "jeugdhulp-routing-service"));
    }

    private static boolean isAntwoord(ConsumerRecord<String, byte[]> r, String verzoekId) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEDEEL_GELEVERD.type().equals(KafkaProbe.header(r, "ce_type"));
    }
}
