package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.HeadlessChromium;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.contracts.SchemaCheck;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family's voice (seed 004) against a real broker and store: after a conversation with the family
 * present, GezinsfeedbackGevraagd carries one sealed personal link for the parents and one per child of
 * 12 or older, in the write of the conversation; the page takes one answer per link, keeps it on the
 * casus for the team alone, and counts it anonymously. And the page opened and submitted in headless Chromium.
 */
@JeugdLinkIntegrationTest
class GezinsfeedbackIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String TEAMLEIDER = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", EDE);
    private static final String REGISSEUR = ApiCaller.token("st-ede-0017", "regisseur", EDE);
    private static final String ANDERE_REGISSEUR = ApiCaller.token("st-ede-0099", "regisseur", EDE);
    private static final String KIND_VANAF_12 = AanmeldingGescreendMother.KIND_4_TOT_12;

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Sealing verzegeling;

    private final KafkaProbe kafka = new KafkaProbe();
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    /** A casus whose second child is 12 or older, with a regisseur, and one conversation with the family; its casus id and links. */
    private record Gevraagd(String casusId, String gesprekId, JsonNode data, List<GezinsfeedbackGevraagd.Link> links) {

        String link(String voor) {
            return links.stream().filter(l -> l.voor().equals(voor)).findFirst().orElseThrow().link();
        }
    }

    private Gevraagd gesprekMetGezin() {
        var event = AanmeldingGescreendMother.metKindVanaf12();
        AanmeldingGescreendMother.send(kafka, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> casussen.find(event.casusId()).isPresent());
        String casusId = event.casusId().toString();
        var gekoppeld = api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/casussen/" + casusId + "/regisseur"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"regisseurId\": \"st-ede-0017\"}")), TEAMLEIDER);
        assertThat(gekoppeld.statusCode()).as(gekoppeld.body()).isEqualTo(200);
        var gesprek = api().post("/api/v1/casussen/" + casusId + "/gesprekken", """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["st-ede-0017"], "gezinAanwezig": true,
                 "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": true}], "netwerkUitgenodigd": false,
                 "verslagGedeeldMetGezin": false, "samenvatting": "Gesprek met moeder en zoon over de afspraken."}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS), KIND_VANAF_12), REGISSEUR);
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        String gesprekId = JSON.readTree(gesprek.body()).get("gesprekId").asText();

        var records = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream()
                .anyMatch(r -> casusId.equals(r.key()) && CaseEvents.GEZINSFEEDBACK_GEVRAAGD.type().equals(KafkaProbe.header(r, "ce_type"))));
        var gevraagd = records.stream().filter(r -> casusId.equals(r.key())
                && CaseEvents.GEZINSFEEDBACK_GEVRAAGD.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(gevraagd).hasSize(1);
        String payload = new String(gevraagd.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, payload)).as(payload).isEmpty();
        assertThat(payload).as("the links travel sealed only").doesNotContain("gesprek-feedback").doesNotContain("link=");
        JsonNode data = JSON.readTree(payload);
        // Opened with the private half, as only the notification-service can, bound to this referral, casus and conversation.
        String geopend = verzegeling.ontzegel(data.get("verzegeld").asText(),
                GezinsfeedbackGevraagd.context(data.get("aanmeldingId").asText(), casusId, gesprekId));
        var links = JSON.readValue(geopend, GezinsfeedbackGevraagd.Verzegeld.class).links();
        return new Gevraagd(casusId, gesprekId, data, links);
    }

    /** The page's address on this test's port: the link's own base is the configured public address. */
    private String pagina(String link) {
        assertThat(link).startsWith("http://localhost:8082/gezin/gesprek-feedback?link=");
        return "http://127.0.0.1:" + port + link.substring("http://localhost:8082".length());
    }

    private HttpResponse<String> antwoord(String link, String velden) throws Exception {
        String token = link.substring(link.indexOf("?link=") + "?link=".length());
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/gezin/gesprek-feedback"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("link=" + token + "&" + velden)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private double aantal(String vraag) {
        return meters.find("jeugdlink.casus.gezinsfeedback.score").tag("vraag", vraag).summaries().stream().mapToDouble(s -> s.count()).sum();
    }

    @Test
    void theParentsAndTheChildOf12AreAskedWithSealedLinksAndEachAnswersOnceForTheTeamAlone() throws Exception {
        double relatieVoor = aantal("relatie");
        var gevraagd = gesprekMetGezin();

        assertThat(gevraagd.data().get("gesprekId").asText()).isEqualTo(gevraagd.gesprekId());
        assertThat(gevraagd.data().get("soort").asText()).isEqualTo("GEZINSGESPREK");
        assertThat(Instant.parse(gevraagd.data().get("linkVerlooptOp").asText())).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(gevraagd.links()).extracting(l -> l.voor() + ":" + l.kindId())
                .as("the parents, and the child of 12 or older; not the child under 4").containsExactly("OUDER:null", "KIND:" + KIND_VANAF_12);

        var ouder = antwoord(gevraagd.link("OUDER"), "relatie=8&doelen=7&aanpak=9&algemeen=8");
        assertThat(ouder.statusCode()).as(ouder.body()).isEqualTo(200);
        assertThat(ouder.body()).contains("Je antwoord is ontvangen");
        var tweede = antwoord(gevraagd.link("OUDER"), "relatie=1&doelen=1&aanpak=1&algemeen=1");
        assertThat(tweede.statusCode()).isEqualTo(409);
        assertThat(tweede.body()).contains("data-reden=\"AL_BEANTWOORD\"", "Met deze link is al geantwoord");
        var onvolledig = antwoord(gevraagd.link("KIND"), "relatie=11&doelen=5&aanpak=5");
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("Kies bij elke vraag een cijfer van 0 tot en met 10.");
        assertThat(antwoord(gevraagd.link("KIND"), "relatie=6&doelen=5&aanpak=7&algemeen=6").statusCode()).isEqualTo(200);
        assertThat(antwoord(gevraagd.link("KIND") + "x", "relatie=6&doelen=5&aanpak=7&algemeen=6").statusCode()).isEqualTo(403);
        var leeg = http.send(HttpRequest.newBuilder(URI.create(pagina(gevraagd.link("OUDER")))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(leeg.body()).as("opened again: answered, no form").contains("id=\"al-beantwoord\"").doesNotContain("<form");

        var team = api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", REGISSEUR);
        assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
        JsonNode antwoorden = JSON.readTree(team.body()).get("antwoorden");
        assertThat(antwoorden.valueStream().map(a -> a.get("voor").asText() + ":" + a.get("relatie").asInt() + a.get("doelen").asInt()
                + a.get("aanpak").asInt() + a.get("algemeen").asInt() + ":" + a.get("gesprekId").asText()))
                .containsExactly("OUDER:8798:" + gevraagd.gesprekId(), "KIND:6576:" + gevraagd.gesprekId());
        assertThat(antwoorden.get(1).get("kindId").asText()).isEqualTo(KIND_VANAF_12);
        assertThat(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", ANDERE_REGISSEUR).statusCode())
                .as("not involved in the casus: need-to-know").isEqualTo(403);
        assertThat(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", ApiCaller.token("jbt-1", "jbt-voorzitter", EDE))
                .statusCode()).isEqualTo(403);
        Document opgeslagen = mongo.getCollection("casussen").find(new Document("_id", gevraagd.casusId())).first();
        assertThat(opgeslagen.getList("gezinsfeedback", Document.class)).hasSize(2);

        assertThat(aantal("relatie")).isEqualTo(relatieVoor + 2);
        List<Meter.Id> ids = meters.find("jeugdlink.casus.gezinsfeedback.score").meters().stream().map(Meter::getId).toList();
        // Anonymous: per question, parent or child, and municipality (besides the service's common tags); no casus, conversation or child.
        assertThat(ids).isNotEmpty().allSatisfy(id -> {
            assertThat(id.getTags()).extracting(t -> t.getKey()).contains("vraag", "voor", "gemeente")
                    .isSubsetOf("vraag", "voor", "gemeente", "application", "region");
            assertThat(id.getTags()).extracting(t -> t.getValue()).doesNotContain(gevraagd.casusId(), gevraagd.gesprekId(), KIND_VANAF_12);
        });
    }

    @Test
    void aConversationWithoutTheFamilyAsksNothing() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        var gekoppeld = api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/casussen/" + casusId + "/regisseur"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"regisseurId\": \"st-ede-0017\"}")), TEAMLEIDER);
        assertThat(gekoppeld.statusCode()).isEqualTo(200);
        var gesprek = api().post("/api/v1/casussen/" + casusId + "/gesprekken", """
                {"soort": "ZORGTAFEL", "gehoudenOp": "%s", "professionals": ["st-ede-0017"], "gezinAanwezig": false,
                 "kindcontacten": [], "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": false, "samenvatting": "Overleg met school."}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)), REGISSEUR);
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        var records = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream()
                .anyMatch(r -> casusId.equals(r.key()) && CaseEvents.GESPREK_VASTGELEGD.type().equals(KafkaProbe.header(r, "ce_type"))));
        assertThat(records).filteredOn(r -> casusId.equals(r.key()))
                .noneMatch(r -> CaseEvents.GEZINSFEEDBACK_GEVRAAGD.type().equals(KafkaProbe.header(r, "ce_type")));
    }

    @Test
    void aParentOpensThePageAndAnswersInHeadlessChromiumOnceOnly() throws Exception {
        // .ci/run installs Chromium and sets JEUGDLINK_BROWSER_TESTS=required, so CI fails instead of skipping.
        HeadlessChromium.assumeAvailable();
        var gevraagd = gesprekMetGezin();
        String pagina = pagina(gevraagd.link("OUDER"));

        try (var chromium = new HeadlessChromium()) {
            chromium.open(pagina);
            assertThat(chromium.evalueer("document.querySelectorAll('#feedback fieldset').length")).isEqualTo("4");
            chromium.evalueer("document.getElementById('relatie-9').click(); document.getElementById('doelen-8').click(); "
                    + "document.getElementById('aanpak-7').click(); document.getElementById('algemeen-10').click(); "
                    + "document.getElementById('verstuur').click(); 'verstuurd'");
            chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);
            assertThat(chromium.evalueer("document.getElementById('melding').textContent")).contains("Je antwoord is ontvangen");

            chromium.open(pagina);
            assertThat(chromium.evalueer("document.getElementById('al-beantwoord').textContent")).contains("Met deze link is al geantwoord");
            assertThat(chromium.evalueer("document.querySelectorAll('form').length")).isEqualTo("0");

            chromium.open(pagina + "x");
            assertThat(chromium.evalueer("document.getElementById('weigering').dataset.reden")).isEqualTo("ONLEESBAAR");
        }
        JsonNode antwoorden = JSON.readTree(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", REGISSEUR).body()).get("antwoorden");
        assertThat(antwoorden).singleElement().satisfies(a -> assertThat(a.get("voor").asText() + ":" + a.get("relatie").asInt() + ","
                + a.get("doelen").asInt() + "," + a.get("aanpak").asInt() + "," + a.get("algemeen").asInt()).isEqualTo("OUDER:9,8,7,10"));
    }
}
