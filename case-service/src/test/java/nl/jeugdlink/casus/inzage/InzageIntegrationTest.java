package nl.jeugdlink.casus.inzage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.inzage.application.OpruimenInzagedelen;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.HeadlessChromium;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import nl.jeugdlink.platform.test.StoreQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A child's data on request (AVG art. 15, ADR 0031) over a real broker and store: the beheerder's request, round 1 answered by a
 * stand-in for the intake (sealed with the protocol's keys, as the intake's platform binding does), round 2 answered by this
 * service's own part through the platform's binding, and the export. The child (the golden referral's child of 4-12) has a
 * sibling in the same casus, and another family's casus carries the same pseudonymous ids: neither the sibling's items nor the
 * other family's, nor any working note, reach the export.
 */
@JeugdLinkIntegrationTest
// The test plays the intake and the case-service answers itself; the other four services' parts are the system test's
// (InzageJourneyIntegrationTest over all six) and each service's own inzage test.
@org.springframework.test.context.TestPropertySource(properties = "jeugdlink.inzage.diensten=intake-service,case-service")
class InzageIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String BEHEERDER = ApiCaller.token("beheer-inzage", "beheerder", EDE);
    private static final String TEAMLEIDER = ApiCaller.token("tl-ede-0001", "teamleider", EDE);
    private static final String REGISSEUR = ApiCaller.token("st-ede-0017", "regisseur", EDE);
    private static final String KIND = "8c7b6a5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final String ZUSJE = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private static final String BSN = "123456782";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    InzageVerzegeling verzegeling;

    @Autowired
    OpruimenInzagedelen opruimen;

    @Autowired
    StoreQueries queries;

    @Autowired
    MongoTemplate mongo;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    @Test
    void theExportHoldsTheChildsPartsAndNothingOfItsSiblingAnotherFamilyOrAWorkingNote() throws Exception {
        String casusId = casusMetRegisseur();
        String aanmeldingId = casussen.find(new CasusId(UUID.fromString(casusId))).orElseThrow().aanmeldingId();
        String casus = "/api/v1/casussen/" + casusId;
        var gesprek = api().post(casus + "/gesprekken", """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["st-ede-0017"], "gezinAanwezig": true,
                 "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": true}, {"kindId": "%s", "gezien": true, "gesproken": false}],
                 "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": false, "samenvatting": "Moeder vertelt over de ruzies thuis."}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS), KIND, ZUSJE), REGISSEUR);
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        String gesprekId = JSON.readTree(gesprek.body()).get("gesprekId").asString();
        post(casus + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Ik wil <thuis> blijven wonen", "kindId": "%s", "gesprekId": "%s"}""".formatted(KIND, gesprekId));
        post(casus + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Zusje-geheim: ik mis papa", "kindId": "%s", "gesprekId": "%s"}""".formatted(ZUSJE, gesprekId));
        post(casus + "/dossieritems", """
                {"bron": "PROFESSIONAL", "aard": "FEIT", "tekst": "School meldt verzuim in november"}""");
        post(casus + "/werkaantekeningen", """
                {"tekst": "Werknotitie-geheim: vader drinkt weer?"}""");
        String ander = casusMetRegisseur();
        post("/api/v1/casussen/" + ander + "/dossieritems", """
                {"bron": "PROFESSIONAL", "aard": "FEIT", "tekst": "Andere-familie: verhuisd naar Ede"}""");

        var ingediend = api().post("/api/v1/inzageverzoeken", "{\"bsn\": \"" + BSN + "\"}", BEHEERDER);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        JsonNode stand = JSON.readTree(ingediend.body());
        String verzoekId = stand.get("verzoekId").asString();
        assertThat(ingediend.headers().firstValue("Location")).hasValue("/api/v1/inzageverzoeken/" + verzoekId);
        assertThat(stand.get("openstaand").valueStream().map(JsonNode::asString)).containsExactly("intake-service", "case-service");
        assertThat(ingediend.body()).doesNotContain(BSN);

        // Round 1 on the topic: the identity sealed for the answering services, the BSN nowhere in the clear.
        var sleutelronde = verzoek(verzoekId, "SLEUTELS");
        assertThat(new String(sleutelronde.value(), StandardCharsets.UTF_8)).doesNotContain(BSN);
        JsonNode identiteit = JSON.readTree(verzegeling.openVerzoek(payload(sleutelronde).get("verzegeld").asString(), verzoekId, Ronde.SLEUTELS));
        assertThat(identiteit.get("bsn").asString()).isEqualTo(BSN);
        assertThat(export(verzoekId).statusCode()).as("no export before every service answered").isEqualTo(409);

        // The intake (played here) knows the BSN: the child's kindId and its referral.
        String intakedeel = """
                {"dienst": "intake-service", "categorieen": [{"naam": "aanmeldingen", "items": [{"aanmelding": "%s", "vraag": "Hulp bij de scheiding"}]}],
                 "sleutels": {"kindIds": ["%s"], "aanmeldingIds": ["%s"]}}""".formatted(aanmeldingId, KIND, aanmeldingId);
        lever(verzoekId, "intake-service", "SLEUTELS", intakedeel);

        // Round 2 asks with the keys; this service's own part comes through the platform's binding, and the request completes.
        JsonNode delenronde = JSON.readTree(verzegeling.openVerzoek(payload(verzoek(verzoekId, "DELEN")).get("verzegeld").asString(), verzoekId, Ronde.DELEN));
        assertThat(delenronde.get("casusIds").valueStream().map(JsonNode::asString)).containsExactly(casusId);
        await().atMost(PATIENCE).until(() -> JSON.readTree(api().get("/api/v1/inzageverzoeken/" + verzoekId, BEHEERDER).body()).get("compleet").asBoolean());

        var export = export(verzoekId);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode delen = JSON.readTree(export.body()).get("delen");
        assertThat(delen.valueStream().map(d -> d.get("dienst").asString())).containsExactlyInAnyOrder("intake-service", "case-service");
        assertThat(export.body()).contains("Hulp bij de scheiding", "Ik wil <thuis> blijven wonen", "School meldt verzuim in november",
                        "Moeder vertelt over de ruzies thuis.", casusId, KIND)
                .doesNotContain("Zusje-geheim", ZUSJE, "Werknotitie-geheim", "Andere-familie", ander, BSN, "sleutels");

        var html = api().get("/api/v1/inzageverzoeken/" + verzoekId + "/export.html", BEHEERDER);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(html.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(html.body()).contains("Ik wil &lt;thuis&gt; blijven wonen", "data-dienst=\"case-service\"")
                .doesNotContain("<thuis>", "Zusje-geheim", "Werknotitie-geheim", "Andere-familie", "<script");
        // The document as a browser shows it (the README names it): every part there, the child's words as text, no script.
        // Opened from its content, since the page needs the beheerder's token; the headers are checked above.
        if (HeadlessChromium.beschikbaar() || "required".equals(System.getenv("JEUGDLINK_BROWSER_TESTS"))) {
            HeadlessChromium.assumeAvailable();
            try (var chromium = new HeadlessChromium()) {
                chromium.open("data:text/html;charset=utf-8;base64,"
                        + java.util.Base64.getEncoder().encodeToString(html.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                assertThat(chromium.evalueer("document.querySelectorAll('[data-dienst]').length")).isEqualTo("2");
                assertThat(chromium.evalueer("document.body.innerText")).contains("Ik wil <thuis> blijven wonen")
                        .doesNotContain("Zusje-geheim", "Werknotitie-geheim");
                assertThat(chromium.evalueer("document.scripts.length")).isEqualTo("0");
            }
        }

        // The AVG term (INZAGEVERZOEK): started by the filing, met by the complete export, both on the casus stream keyed by the request.
        JsonNode ontvangen = casusEvent(verzoekId, CaseEvents.INZAGEVERZOEK_ONTVANGEN);
        assertThat(ontvangen.get("casusId").asString()).isEqualTo(verzoekId);
        assertThat(ontvangen.get("aanmeldingId").asString()).isEqualTo(verzoekId);
        assertThat(ontvangen.get("gemeenteCode").asString()).isEqualTo("GM0228");
        assertThat(ontvangen.get("regio").asString()).isEqualTo("foodvalley");
        JsonNode voltooid = casusEvent(verzoekId, CaseEvents.INZAGEVERZOEK_VOLTOOID);
        assertThat(voltooid.get("kindGevonden").asBoolean()).isTrue();
        assertThat(voltooid.get("aantalDelen").asInt()).isEqualTo(2);

        // Every part crossed the topic sealed: no text of the casus, no working note, no BSN in the clear.
        assertThat(kafka.readAll(InzageEvents.TOPIC)).filteredOn(r -> verzoekId.equals(r.key())).allSatisfy(r ->
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("thuis blijven", "Werknotitie", "verzuim", BSN));

        // The request, each look and each download are audited under the request, as the beheerder.
        var audit = JSON.readTree(api().get("/api/v1/audit-records?betreft=" + verzoekId, BEHEERDER).body());
        assertThat(audit.findValuesAsString("categorie")).contains("inzage");
        assertThat(audit.findValuesAsString("actie")).contains("AANMAKEN", "LEZEN", "EXPORTEREN");
    }

    @Test
    void onlyABeheerderAsksAndABsnMustPassTheElevenTestAndAnUnknownRequestIs404() {
        assertThat(api().post("/api/v1/inzageverzoeken", "{\"bsn\": \"" + BSN + "\"}", TEAMLEIDER).statusCode()).isEqualTo(403);
        var fout = api().post("/api/v1/inzageverzoeken", "{\"bsn\": \"123456789\"}", BEHEERDER);
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(fout.body()).get("invalidParams").get(0).get("name").asString()).isEqualTo("bsn");
        assertThat(api().get("/api/v1/inzageverzoeken/" + UUID.randomUUID(), BEHEERDER).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/inzageverzoeken/geen-id", BEHEERDER).statusCode()).isEqualTo(400);
    }

    @Test
    void aBsnTheIntakeDoesNotKnowCompletesTheRequestWithTheIntakesEmptyPart() {
        var ingediend = api().post("/api/v1/inzageverzoeken", "{\"bsn\": \"111222333\"}", BEHEERDER);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoekId = JSON.readTree(ingediend.body()).get("verzoekId").asString();
        verzoek(verzoekId, "SLEUTELS");

        lever(verzoekId, "intake-service", "SLEUTELS", """
                {"dienst": "intake-service", "categorieen": [], "sleutels": {"kindIds": [], "aanmeldingIds": []}}""");

        await().atMost(PATIENCE).until(() -> export(verzoekId).statusCode() == 200);
        assertThat(JSON.readTree(export(verzoekId).body()).get("delen").valueStream().map(d -> d.get("dienst").asString())).containsExactly("intake-service");
        JsonNode voltooid = casusEvent(verzoekId, CaseEvents.INZAGEVERZOEK_VOLTOOID);
        assertThat(voltooid.get("kindGevonden").asBoolean()).as("met all the same: the answer is that nothing is held").isFalse();
        assertThat(voltooid.get("aantalDelen").asInt()).isEqualTo(1);
    }

    /** The request's event of {@code type} on the casus stream (keyed by the request), checked against its schema; no BSN in it. */
    private JsonNode casusEvent(String verzoekId, nl.jeugdlink.contracts.EventType type) {
        var found = kafka.read(CaseEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> isEvent(r, verzoekId, type))).stream()
                .filter(r -> isEvent(r, verzoekId, type)).toList();
        assertThat(found).as(type.name() + " " + verzoekId).hasSize(1);
        String json = new String(found.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(type, json)).isEmpty();
        assertThat(json).doesNotContain(BSN, "111222333", KIND);
        return JSON.readTree(json);
    }

    private static boolean isEvent(ConsumerRecord<String, byte[]> r, String verzoekId, nl.jeugdlink.contracts.EventType type) {
        return verzoekId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"));
    }

    @Test
    void theDeliveredPartsAreRemovedAfterTheRetentionPeriodFoundByTheirDueDayAndTheRequestStaysWithItsAudit() {
        var ingediend = api().post("/api/v1/inzageverzoeken", "{\"bsn\": \"111222333\"}", BEHEERDER);
        String verzoekId = JSON.readTree(ingediend.body()).get("verzoekId").asString();
        verzoek(verzoekId, "SLEUTELS");
        lever(verzoekId, "intake-service", "SLEUTELS", """
                {"dienst": "intake-service", "categorieen": [{"naam": "bewaard", "items": [{"tekst": "Bewaard-tot-de-termijn"}]}],
                 "sleutels": {"kindIds": [], "aanmeldingIds": []}}""");
        await().atMost(PATIENCE).until(() -> export(verzoekId).statusCode() == 200);
        Instant compleetOp = Instant.parse(JSON.readTree(api().get("/api/v1/inzageverzoeken/" + verzoekId, BEHEERDER).body()).get("compleetOp").asString());

        opruimen.ruimOp(compleetOp.plus(Duration.ofDays(29)));
        assertThat(export(verzoekId).body()).as("kept within the 30 days").contains("Bewaard-tot-de-termijn");

        long mark = queries.mark();
        assertThat(opruimen.ruimOp(compleetOp.plus(Duration.ofDays(30)).plusSeconds(1))).isPositive();
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("inzageverzoeken", "inzage_opruiming"))).as("by day and _id, never a scan").isEmpty();

        var weg = export(verzoekId);
        assertThat(weg.statusCode()).as(weg.body()).isEqualTo(410);
        assertThat(weg.body()).contains("delenVerwijderd").doesNotContain("Bewaard-tot-de-termijn");
        assertThat(api().get("/api/v1/inzageverzoeken/" + verzoekId + "/export.html", BEHEERDER).statusCode()).isEqualTo(410);
        JsonNode stand = JSON.readTree(api().get("/api/v1/inzageverzoeken/" + verzoekId, BEHEERDER).body());
        assertThat(stand.get("compleet").asBoolean()).isTrue();
        assertThat(stand.get("delenVerwijderdOp").isNull()).isFalse();
        assertThat(stand.get("diensten").get(0).get("geantwoord").asBoolean()).as("who answered, and when, stays").isTrue();
        org.bson.Document opgeslagen = mongo.findById(verzoekId, org.bson.Document.class, "inzageverzoeken");
        assertThat(opgeslagen.getList("delen", org.bson.Document.class)).singleElement().satisfies(d -> assertThat(d.get("inhoudVersleuteld")).isNull());
        var audit = JSON.readTree(api().get("/api/v1/audit-records?betreft=" + verzoekId, BEHEERDER).body());
        assertThat(audit.findValuesAsString("actie")).contains("AANMAKEN", "EXPORTEREN");
    }

    private String casusMetRegisseur() {
        return nl.jeugdlink.casus.casus.InzageFixtures.casusMetRegisseur(kafka, casussen, port, TEAMLEIDER);
    }

    private void post(String pad, String json) {
        var response = api().post(pad, json, REGISSEUR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> export(String verzoekId) {
        return api().get("/api/v1/inzageverzoeken/" + verzoekId + "/export", BEHEERDER);
    }

    private ConsumerRecord<String, byte[]> verzoek(String verzoekId, String ronde) {
        var found = kafka.read(InzageEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> isVerzoek(r, verzoekId, ronde))).stream()
                .filter(r -> isVerzoek(r, verzoekId, ronde)).toList();
        assertThat(found).as("InzageverzoekIngediend " + ronde).isNotEmpty();
        return found.getFirst();
    }

    private static boolean isVerzoek(ConsumerRecord<String, byte[]> r, String verzoekId, String ronde) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEVERZOEK_INGEDIEND.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + ronde + "\"");
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEVERZOEK_INGEDIEND, json)).isEmpty();
        return JSON.readTree(json);
    }

    /** A service's part as its platform binding would publish it: sealed for the case-service, bound to request and service. */
    private void lever(String verzoekId, String dienst, String ronde, String deel) {
        String payload = """
                {"verzoekId": "%s", "dienst": "%s", "ronde": "%s", "verzegeld": "%s", "geleverdOp": "%s"}"""
                .formatted(verzoekId, dienst, ronde, verzegeling.verzegelDeel(deel, verzoekId, dienst), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, payload)).isEmpty();
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEDEEL_GELEVERD.type(), "urn:nld:jeugdlink:foodvalley:" + dienst, verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());
    }
}
