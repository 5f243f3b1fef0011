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
 * present, GezinsfeedbackGevraagd carries one sealed personal link per parent with custody and one per
 * child of 12 or older, in the write of the conversation; the page takes one answer per link, keeps it on
 * the casus for the team alone, and counts it anonymously. And the page opened and submitted in headless
 * Chromium, in figures and with pictograms.
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

        String ouder(String ouderId) {
            return links.stream().filter(l -> ouderId.equals(l.ouderId())).findFirst().orElseThrow().link();
        }
    }

    private Gevraagd gesprekMetGezin() {
        return gesprekMetGezin(AanmeldingGescreendMother.metKindVanaf12());
    }

    private Gevraagd gesprekMetGezin(AanmeldingGescreendMother.Event event) {
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
    void eachParentWithCustodyAndTheChildOf12AreAskedWithTheirOwnSealedLinkAndEachAnswersOnceForTheTeamAlone() throws Exception {
        double relatieVoor = aantal("relatie");
        var gevraagd = gesprekMetGezin();

        assertThat(gevraagd.data().get("gesprekId").asText()).isEqualTo(gevraagd.gesprekId());
        assertThat(gevraagd.data().get("soort").asText()).isEqualTo("GEZINSGESPREK");
        assertThat(Instant.parse(gevraagd.data().get("linkVerlooptOp").asText())).isAfter(Instant.now().plus(Duration.ofDays(13)));
        assertThat(gevraagd.links()).extracting(l -> l.voor() + ":" + l.ouderId() + ":" + l.kindId())
                .as("each parent with custody in the order of the family's addresses, and the child of 12 or older; not the child under 4")
                .containsExactly("OUDER:" + AanmeldingGescreendMother.MOEDER + ":null", "OUDER:" + AanmeldingGescreendMother.VADER + ":null",
                        "KIND:null:" + KIND_VANAF_12);
        assertThat(gevraagd.links()).extracting(GezinsfeedbackGevraagd.Link::link).doesNotHaveDuplicates();

        var moeder = antwoord(gevraagd.ouder(AanmeldingGescreendMother.MOEDER), "relatie=8&doelen=7&aanpak=9&algemeen=8");
        assertThat(moeder.statusCode()).as(moeder.body()).isEqualTo(200);
        assertThat(moeder.body()).contains("Je antwoord is ontvangen");
        var tweede = antwoord(gevraagd.ouder(AanmeldingGescreendMother.MOEDER), "relatie=1&doelen=1&aanpak=1&algemeen=1");
        assertThat(tweede.statusCode()).isEqualTo(409);
        assertThat(tweede.body()).contains("data-reden=\"AL_BEANTWOORD\"", "Met deze link is al geantwoord");
        // The other parent's voice is their own: the mother's answer took nothing of it.
        var vader = antwoord(gevraagd.ouder(AanmeldingGescreendMother.VADER), "relatie=4&doelen=5&aanpak=3&algemeen=4");
        assertThat(vader.statusCode()).as(vader.body()).isEqualTo(200);
        assertThat(antwoord(gevraagd.ouder(AanmeldingGescreendMother.VADER), "relatie=9&doelen=9&aanpak=9&algemeen=9").statusCode()).isEqualTo(409);
        var onvolledig = antwoord(gevraagd.link("KIND"), "relatie=11&doelen=5&aanpak=5");
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("Kies bij elke vraag een cijfer van 0 tot en met 10.");
        assertThat(antwoord(gevraagd.link("KIND"), "relatie=6&doelen=5&aanpak=7&algemeen=6").statusCode()).isEqualTo(200);
        assertThat(antwoord(gevraagd.link("KIND") + "x", "relatie=6&doelen=5&aanpak=7&algemeen=6").statusCode()).isEqualTo(403);
        var leeg = http.send(HttpRequest.newBuilder(URI.create(pagina(gevraagd.ouder(AanmeldingGescreendMother.MOEDER)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(leeg.body()).as("opened again: answered, no form").contains("id=\"al-beantwoord\"").doesNotContain("<form");

        var team = api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", REGISSEUR);
        assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
        JsonNode antwoorden = JSON.readTree(team.body()).get("antwoorden");
        assertThat(antwoorden.valueStream().map(a -> a.get("voor").asText() + ":" + a.get("relatieTotKind").asText() + ":" + a.get("relatie").asInt()
                + a.get("doelen").asInt() + a.get("aanpak").asInt() + a.get("algemeen").asInt() + ":" + a.get("gesprekId").asText()))
                .containsExactly("OUDER:BIOLOGISCHE_MOEDER:8798:" + gevraagd.gesprekId(), "OUDER:BIOLOGISCHE_VADER:4534:" + gevraagd.gesprekId(),
                        "KIND::6576:" + gevraagd.gesprekId());
        assertThat(antwoorden.get(0).get("ouderId").asText()).isEqualTo(AanmeldingGescreendMother.MOEDER);
        assertThat(antwoorden.get(1).get("ouderId").asText()).isEqualTo(AanmeldingGescreendMother.VADER);
        assertThat(antwoorden.get(2).get("kindId").asText()).isEqualTo(KIND_VANAF_12);
        assertThat(antwoorden.valueStream().map(a -> a.get("weergave").asText())).as("posted without a way: figures").containsOnly("CIJFERS");
        assertThat(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", ANDERE_REGISSEUR).statusCode())
                .as("not involved in the casus: need-to-know").isEqualTo(403);
        assertThat(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", ApiCaller.token("jbt-1", "jbt-voorzitter", EDE))
                .statusCode()).isEqualTo(403);
        Document opgeslagen = mongo.getCollection("casussen").find(new Document("_id", gevraagd.casusId())).first();
        assertThat(opgeslagen.getList("gezinsfeedback", Document.class)).hasSize(3);

        assertThat(aantal("relatie")).isEqualTo(relatieVoor + 3);
        List<Meter.Id> ids = meters.find("jeugdlink.casus.gezinsfeedback.score").meters().stream().map(Meter::getId).toList();
        // Anonymous: per question, parent or child, figures or faces, and municipality (besides the service's common tags); no casus,
        // conversation, parent or child.
        assertThat(ids).isNotEmpty().allSatisfy(id -> {
            assertThat(id.getTags()).extracting(t -> t.getKey()).contains("vraag", "voor", "weergave", "gemeente")
                    .isSubsetOf("vraag", "voor", "weergave", "gemeente", "application", "region");
            assertThat(id.getTags()).extracting(t -> t.getValue()).doesNotContain(gevraagd.casusId(), gevraagd.gesprekId(), KIND_VANAF_12,
                    AanmeldingGescreendMother.MOEDER, AanmeldingGescreendMother.VADER, "BIOLOGISCHE_MOEDER");
        });
    }

    @Test
    void aCasusWhoseScreeningNamedNoParentAsksTheParentsThroughOneSharedLinkAsBefore() throws Exception {
        var gevraagd = gesprekMetGezin(AanmeldingGescreendMother.metKindVanaf12ZonderOuders());

        assertThat(gevraagd.links()).extracting(l -> l.voor() + ":" + l.ouderId() + ":" + l.kindId())
                .containsExactly("OUDER:null:null", "KIND:null:" + KIND_VANAF_12);
        assertThat(antwoord(gevraagd.link("OUDER"), "relatie=6&doelen=6&aanpak=6&algemeen=6").statusCode()).isEqualTo(200);
        assertThat(antwoord(gevraagd.link("OUDER"), "relatie=6&doelen=6&aanpak=6&algemeen=6").statusCode()).isEqualTo(409);
    }

    @Test
    void aPictogramAnswerOutsideTheFacesIsRefusedNamingTheQuestion() throws Exception {
        var gevraagd = gesprekMetGezin();

        var buiten = antwoord(gevraagd.link("KIND"), "relatie=4&doelen=5&aanpak=7&algemeen=10&weergave=pictogrammen");
        assertThat(buiten.statusCode()).isEqualTo(400);
        assertThat(buiten.body()).contains("Kies bij elke vraag een van de gezichtjes.").contains("data-weergave=\"PICTOGRAMMEN\"");
        assertThat(antwoord(gevraagd.link("KIND"), "relatie=3&doelen=5&aanpak=7&algemeen=10&weergave=pictogrammen").statusCode()).isEqualTo(200);
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
        String pagina = pagina(gevraagd.ouder(AanmeldingGescreendMother.MOEDER));

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
                + a.get("doelen").asInt() + "," + a.get("aanpak").asInt() + "," + a.get("algemeen").asInt() + ":" + a.get("weergave").asText())
                .isEqualTo("OUDER:9,8,7,10:CIJFERS"));
    }

    @Test
    void theChildAnswersWithPictogramsAndAParentSwitchesToThemInHeadlessChromiumAndTheStoredScoresAreTheFaces() throws Exception {
        HeadlessChromium.assumeAvailable();
        var gevraagd = gesprekMetGezin();

        try (var chromium = new HeadlessChromium()) {
            // The child's link offers the faces first: per question five real radio buttons, each labelled with its text.
            chromium.open(pagina(gevraagd.link("KIND")));
            assertThat(chromium.evalueer("document.getElementById('feedback').dataset.weergave")).isEqualTo("PICTOGRAMMEN");
            assertThat(chromium.evalueer("document.querySelectorAll('#feedback fieldset').length")).isEqualTo("4");
            assertThat(chromium.evalueer("document.querySelectorAll('#feedback input[type=radio][name=relatie]').length")).isEqualTo("5");
            assertThat(chromium.evalueer("Array.from(document.querySelectorAll('#feedback input[type=radio]')).every(r => r.labels.length === 1 "
                    + "&& r.labels[0].textContent.trim().length > 0 && r.labels[0].querySelector('svg').getAttribute('aria-hidden') === 'true')"))
                    .as("every face a real radio button with a text alternative; the drawing hidden from screen readers").isEqualTo("true");
            assertThat(chromium.evalueer("document.querySelector('label[for=\"relatie-gezicht-4\"]').textContent.trim()")).isEqualTo("Goed");
            // Clicking the face (its label) chooses the radio button, as a finger on a phone does.
            chromium.evalueer("document.querySelector('label[for=\"relatie-gezicht-4\"]').click(); "
                    + "document.querySelector('label[for=\"doelen-gezicht-2\"]').click(); "
                    + "document.querySelector('label[for=\"aanpak-gezicht-5\"]').click(); "
                    + "document.querySelector('label[for=\"algemeen-gezicht-1\"]').click(); "
                    + "document.getElementById('verstuur').click(); 'verstuurd'");
            chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);

            // A parent whose link shows figures switches to the faces by a plain link, and answers with them.
            chromium.open(pagina(gevraagd.ouder(AanmeldingGescreendMother.VADER)));
            assertThat(chromium.evalueer("document.getElementById('feedback').dataset.weergave")).isEqualTo("CIJFERS");
            chromium.evalueer("document.getElementById('wissel').click(); 'gewisseld'");
            chromium.wachtOp("document.getElementById('feedback') ? document.getElementById('feedback').dataset.weergave : null",
                    v -> "PICTOGRAMMEN".equals(v));
            chromium.evalueer("document.getElementById('relatie-gezicht-3').click(); document.getElementById('doelen-gezicht-3').click(); "
                    + "document.getElementById('aanpak-gezicht-4').click(); document.getElementById('algemeen-gezicht-5').click(); "
                    + "document.getElementById('verstuur').click(); 'verstuurd'");
            chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);
        }
        JsonNode antwoorden = JSON.readTree(api().get("/api/v1/casussen/" + gevraagd.casusId() + "/gezinsfeedback", REGISSEUR).body()).get("antwoorden");
        // The faces stand for 0, 3, 5, 7 and 10: "goed", "niet zo", "helemaal wel", "helemaal niet" -> 7, 3, 10, 0.
        assertThat(antwoorden.valueStream().map(a -> a.get("voor").asText() + ":" + a.get("relatie").asInt() + "," + a.get("doelen").asInt() + ","
                + a.get("aanpak").asInt() + "," + a.get("algemeen").asInt() + ":" + a.get("weergave").asText()))
                .containsExactly("KIND:7,3,10,0:PICTOGRAMMEN", "OUDER:5,5,7,10:PICTOGRAMMEN");
    }
}
