package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.HeadlessChromium;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of the talk over the API, a real broker and a real store: recorded by the chair after
 * the decision, every version kept and stored encrypted, JbtVerslagGereed published; the parents
 * read it and react through their sealed link (appended, never merged), in headless Chromium too; a
 * changed link or one of another family is refused.
 */
@JeugdLinkIntegrationTest
class VerslagIntegrationTest {

    private static final String EDE = "GM0228";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VOORZITTER = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));

    @LocalServerPort
    int port;

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Sealing verzegeling;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void theChairRecordsEveryVersionOfTheReportEncryptedAndItsReadinessIsPublishedWithoutItsText() {
        String regisseur = "st-ede-0201";
        String verzoekId = besloten(regisseur);

        assertThat(verslag(verzoekId, "Verslag: oma kijkt mee.", ApiCaller.token(regisseur, "regisseur", List.of(EDE))).statusCode()).isEqualTo(403);
        assertThat(verslag(verzoekId, "Verslag: oma kijkt mee.", ApiCaller.token("jbt-vz-vnd", "jbt-voorzitter", List.of("GM0345"))).statusCode())
                .isEqualTo(403);
        var eerste = verslag(verzoekId, "Verslag: oma kijkt mee.", VOORZITTER);
        assertThat(eerste.statusCode()).as(eerste.body()).isEqualTo(201);
        assertThat(json(eerste.body()).path("versie").asInt()).isEqualTo(1);
        assertThat(json(eerste.body()).path("ouderlink").asString()).contains("/ouders/jbt-verslagen/" + verzoekId + "?link=");
        var tweede = verslag(verzoekId, "Verslag, aangevuld: oma en de buurvrouw kijken mee.", VOORZITTER);
        assertThat(json(tweede.body()).path("versie").asInt()).isEqualTo(2);

        JsonNode gelezen = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body());
        assertThat(gelezen.path("verslag").path("versies")).hasSize(2);
        assertThat(gelezen.path("verslag").path("versies").get(0).path("tekst").asString()).isEqualTo("Verslag: oma kijkt mee.");
        assertThat(gelezen.path("verslag").path("versies").get(1).path("tekst").asString()).contains("buurvrouw");

        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", verzoekId)).first();
        assertThat(opgeslagen).isNotNull();
        // Whole words: three letters turn up by chance in the ciphertexts' base64.
        assertThat(opgeslagen.toJson()).doesNotContain("oma kijkt").doesNotContain("buurvrouw");

        var gereed = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> verzoekId.equals(r.key())
                && JbtEvents.JBT_VERSLAG_GEREED.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= 2).stream()
                .filter(r -> verzoekId.equals(r.key()) && JbtEvents.JBT_VERSLAG_GEREED.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(gereed).hasSize(2).allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(SchemaCheck.violations(JbtEvents.JBT_VERSLAG_GEREED, payload)).as(payload).isEmpty();
            assertThat(payload).doesNotContain("oma kijkt").doesNotContain("link=");
        });
        assertThat(json(new String(gereed.get(1).value(), StandardCharsets.UTF_8)).path("versie").asInt()).isEqualTo(2);

        // The parents' link travels sealed for the notification-service, bound to its version: opened, it opens that version's page.
        JsonNode tweedeGereed = json(new String(gereed.get(1).value(), StandardCharsets.UTF_8));
        String verzegeld = tweedeGereed.path("verzegeld").asString();
        String geopend = verzegeling.ontzegel(verzegeld, JbtVerslagGereed.context(verzoekId, verzoekId, 2));
        String ouderlink = json(geopend).path("link").asString();
        assertThat(ouderlink).contains("/ouders/jbt-verslagen/" + verzoekId + "?link=");
        assertThat(api().get(ouderlink.substring(ouderlink.indexOf("/ouders/")), null).body()).contains("buurvrouw");
        assertThatThrownBy(() -> verzegeling.ontzegel(verzegeld, JbtVerslagGereed.context(verzoekId, verzoekId, 1)))
                .isInstanceOf(Sealing.OnleesbaarException.class);
    }

    @Test
    void theChairsNewLinkReachesTheParentsSealedInTheEventTheirFirstLinkCameIn() {
        String verzoekId = besloten("st-ede-0205");
        var zonderVerslag = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/verslag/ouderlink", "{}", VOORZITTER);
        assertThat(zonderVerslag.statusCode()).as(zonderVerslag.body()).isEqualTo(409);
        assertThat(zonderVerslag.body()).contains("geenVerslag");
        var eerste = verslag(verzoekId, "Verslag: de juf belt elke vrijdag.", VOORZITTER);

        var nieuw = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/verslag/ouderlink", "{}", VOORZITTER);
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(200);
        java.time.Instant verlooptOp = java.time.Instant.parse(json(nieuw.body()).path("linkVerlooptOp").asString());
        assertThat(verlooptOp).isAfter(java.time.Instant.parse(json(eerste.body()).path("linkVerlooptOp").asString()));

        var gereed = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> verzoekId.equals(r.key())
                && JbtEvents.JBT_VERSLAG_GEREED.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= 2).stream()
                .filter(r -> verzoekId.equals(r.key()) && JbtEvents.JBT_VERSLAG_GEREED.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(gereed).hasSize(2);
        String payload = new String(gereed.get(1).value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(JbtEvents.JBT_VERSLAG_GEREED, payload)).as(payload).isEmpty();
        assertThat(payload).doesNotContain("juf belt").doesNotContain("link=");
        JsonNode eersteEvent = json(new String(gereed.get(0).value(), StandardCharsets.UTF_8));
        JsonNode vernieuwd = json(payload);
        assertThat(eersteEvent.path("nieuweLink").asBoolean()).isFalse();
        assertThat(vernieuwd.path("nieuweLink").asBoolean()).isTrue();
        assertThat(vernieuwd.path("versie").asInt()).isEqualTo(1);
        // The version's own moment (the first event's from memory, this one's as stored: to the millisecond).
        assertThat(java.time.Instant.parse(vernieuwd.path("vastgelegdOp").asString()))
                .isEqualTo(java.time.Instant.parse(eersteEvent.path("vastgelegdOp").asString()).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(java.time.Instant.parse(vernieuwd.path("linkVerlooptOp").asString())).isEqualTo(verlooptOp);
        assertThat(vernieuwd.path("indienerId").asString()).isEqualTo(eersteEvent.path("indienerId").asString());

        // Sealed for the notification-service and bound to the version, as the first link: opened, it is a new link that opens the page.
        String geopend = verzegeling.ontzegel(vernieuwd.path("verzegeld").asString(), JbtVerslagGereed.context(verzoekId, verzoekId, 1));
        String ouderlink = json(geopend).path("link").asString();
        String eersteLink = json(verzegeling.ontzegel(eersteEvent.path("verzegeld").asString(), JbtVerslagGereed.context(verzoekId, verzoekId, 1)))
                .path("link").asString();
        assertThat(ouderlink).contains("/ouders/jbt-verslagen/" + verzoekId + "?link=").isNotEqualTo(eersteLink);
        assertThat(api().get(ouderlink.substring(ouderlink.indexOf("/ouders/")), null).body()).contains("de juf belt elke vrijdag");
        assertThat(json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("versies"))
                .as("the report is not changed by a new link").hasSize(1);
        assertThat(meters.find("jeugdlink.jbt.ouderlinks.vernieuwd").tag("gemeente", EDE).counter()).isNotNull();
    }

    @Test
    void theRequesterReactsToTheReportTooAppendedBesideTheParentsAndNotShownOnTheirPage() {
        String regisseur = "st-ede-0206";
        String verzoekId = besloten(regisseur);
        String indiener = ApiCaller.token(regisseur, "regisseur", List.of(EDE));
        assertThat(reactieAlsIndiener(verzoekId, "Te vroeg.", indiener).statusCode()).as("no report yet").isEqualTo(409);
        String link = link(verslag(verzoekId, "Verslag: de juf belt op maandag.", VOORZITTER).body());
        assertThat(reactie(verzoekId, link, "Wij zijn het eens.").statusCode()).isEqualTo(201);

        var gegeven = reactieAlsIndiener(verzoekId, "Het gesprek was op dinsdag, niet op maandag.", indiener);
        assertThat(gegeven.statusCode()).as(gegeven.body()).isEqualTo(201);
        assertThat(json(gegeven.body()).path("versie").asInt()).isEqualTo(1);
        assertThat(json(gegeven.body()).path("aantalReacties").asInt()).isEqualTo(2);

        assertThat(reactieAlsIndiener(verzoekId, "Mag ik ook?", ApiCaller.token("st-ede-0299", "regisseur", List.of(EDE))).statusCode())
                .as("another regisseur of the municipality: not the requester").isEqualTo(403);
        assertThat(reactieAlsIndiener(verzoekId, "Mag ik ook?", VOORZITTER).statusCode()).as("the chair records the report, not a reaction")
                .isEqualTo(403);
        assertThat(reactieAlsIndiener(verzoekId, "Mag ik ook?", ApiCaller.token(regisseur, "regisseur", List.of("GM0345"))).statusCode()).isEqualTo(403);
        var leeg = reactieAlsIndiener(verzoekId, " ", indiener);
        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.body()).contains("tekst");

        var reacties = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("reacties");
        assertThat(reacties).extracting(r -> r.path("tekst").asString())
                .containsExactly("Wij zijn het eens.", "Het gesprek was op dinsdag, niet op maandag.");
        assertThat(reacties.get(0).path("indienerId").isNull() || reacties.get(0).path("indienerId").isMissingNode()).isTrue();
        assertThat(reacties.get(1).path("indienerId").asString()).isEqualTo(regisseur);
        assertThat(api().get("/ouders/jbt-verslagen/" + verzoekId + "?link=" + link, null).body()).contains("Wij zijn het eens.")
                .doesNotContain("niet op maandag");
        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", verzoekId)).first();
        assertThat(opgeslagen.toJson()).doesNotContain("niet op maandag");
    }

    @Test
    void theParentsReadAndReactThroughTheirLinkAndEveryReactionIsAppended() {
        String verzoekId = besloten("st-ede-0202");
        String link = link(verslag(verzoekId, "Wat we afspraken: Sanne gaat elke dag naar school.", VOORZITTER).body());
        assertThat(verslag(verzoekId, "Nog een afspraak.", null).statusCode()).isEqualTo(401);

        var pagina = api().get("/ouders/jbt-verslagen/" + verzoekId + "?link=" + link, null);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(pagina.headers().firstValue("Cache-Control")).hasValueSatisfying(t -> assertThat(t).contains("no-store"));
        assertThat(pagina.body()).contains("Sanne gaat elke dag naar school").doesNotContain(FormulierMother.BSN_KIND).doesNotContain("Jansen");

        assertThat(reactie(verzoekId, link, "Wij zijn het eens.").statusCode()).isEqualTo(201);
        var tweede = reactie(verzoekId, link, "Wij willen nog iets toevoegen over school.");
        assertThat(tweede.statusCode()).isEqualTo(201);
        assertThat(json(tweede.body()).path("aantalReacties").asInt()).isEqualTo(2);
        var reacties = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("reacties");
        assertThat(reacties).extracting(r -> r.path("tekst").asString()).containsExactly("Wij zijn het eens.", "Wij willen nog iets toevoegen over school.");
        assertThat(reacties.get(0).path("versie").asInt()).isEqualTo(1);
        assertThat(reacties.get(0).path("op").asString()).isNotBlank();
        assertThat(reactie(verzoekId, link, " ").statusCode()).isEqualTo(400);
        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", verzoekId)).first();
        assertThat(opgeslagen.toJson()).doesNotContain("Wij zijn het eens");
    }

    @Test
    void aChangedLinkOrTheLinkOfAnotherFamilyIsRefused() {
        String verzoekId = besloten("st-ede-0203");
        String andere = besloten("st-ede-0204");
        String link = link(verslag(verzoekId, "Verslag van gezin A.", VOORZITTER).body());
        String linkAnder = link(verslag(andere, "Verslag van gezin B.", VOORZITTER).body());
        String veranderd = link.substring(0, link.length() - 2) + (link.endsWith("A") ? "BB" : "AA");

        assertThat(api().get("/ouders/jbt-verslagen/" + verzoekId, VOORZITTER).statusCode()).as("a staff token is no link").isEqualTo(403);
        var anderGezin = api().get("/ouders/jbt-verslagen/" + verzoekId + "?link=" + linkAnder, null);
        assertThat(anderGezin.statusCode()).isEqualTo(403);
        assertThat(anderGezin.body()).contains("ANDER_VERSLAG").contains("hoort bij een ander verslag").doesNotContain("gezin A").doesNotContain("gezin B");
        var kapot = api().get("/ouders/jbt-verslagen/" + verzoekId + "?link=" + veranderd, null);
        assertThat(kapot.statusCode()).isEqualTo(403);
        assertThat(kapot.body()).contains("ONLEESBAAR").doesNotContain("gezin A");

        var nieuw = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/verslag/ouderlink", "{}", VOORZITTER);
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(200);
        assertThat(api().get("/ouders/jbt-verslagen/" + verzoekId + "?link=" + link(nieuw.body()), null).body()).contains("Verslag van gezin A.");

        var json = reactie(verzoekId, veranderd, "Mag dit?");
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(json.body()).path("reden").asString()).isEqualTo("ONLEESBAAR");
        assertThat(json(reactie(verzoekId, linkAnder, "Mag dit?").body()).path("reden").asString()).isEqualTo("ANDER_VERSLAG");
        assertThat(json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("reacties")).isEmpty();
    }

    @Test
    void theParentsReadTheReportAndReactInHeadlessChromium() throws Exception {
        // .ci/run installs Chromium and sets JEUGDLINK_BROWSER_TESTS=required, so CI fails instead of skipping.
        HeadlessChromium.assumeAvailable();
        String verzoekId = besloten("st-ede-0205");
        String link = link(verslag(verzoekId, "Afspraak: de school belt bij verzuim <meteen> de GI.", VOORZITTER).body());

        try (var chromium = new HeadlessChromium()) {
            chromium.open("http://127.0.0.1:" + port + "/ouders/jbt-verslagen/" + verzoekId + "?link=" + link);
            assertThat(chromium.evalueer("document.getElementById('verslag').textContent")).isEqualTo("Afspraak: de school belt bij verzuim <meteen> de GI.");
            assertThat(chromium.evalueer("document.querySelectorAll('#reacties li').length")).isEqualTo("0");

            chromium.evalueer("document.getElementById('tekst').value = 'Wij vinden het goed, maar willen het verslag op papier.'; "
                    + "document.getElementById('verstuur').click(); 'verstuurd'");
            chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);
            assertThat(chromium.evalueer("document.getElementById('melding').textContent")).contains("Uw reactie is ontvangen");
            assertThat(chromium.evalueer("document.querySelector('#reacties li .tekst').textContent"))
                    .isEqualTo("Wij vinden het goed, maar willen het verslag op papier.");

            // The short evaluation of the talk, on the same page: three questions answered as a parent clicks them.
            chromium.evalueer("document.getElementById('gehoord-ja').click(); document.getElementById('duidelijk-een_beetje').click(); "
                    + "document.getElementById('cijfer').value = '7'; document.getElementById('toelichting').value = 'Fijn dat oma mocht komen.'; "
                    + "document.getElementById('evalueer').click(); 'verstuurd'");
            chromium.wachtOp("document.getElementById('melding') && document.getElementById('melding').textContent.includes('mening') ? 'ja' : null",
                    v -> v != null);
            assertThat(chromium.evalueer("document.getElementById('melding').textContent")).contains("Uw mening over het gesprek is ontvangen");
            assertThat(chromium.evalueer("document.getElementById('evaluaties').dataset.aantal")).isEqualTo("1");

            chromium.open("http://127.0.0.1:" + port + "/ouders/jbt-verslagen/" + verzoekId + "?link=" + link + "x");
            assertThat(chromium.evalueer("document.getElementById('weigering').dataset.reden")).isEqualTo("ONLEESBAAR");
        }
        var reacties = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("reacties");
        assertThat(reacties).hasSize(1);
        assertThat(reacties.get(0).path("tekst").asString()).isEqualTo("Wij vinden het goed, maar willen het verslag op papier.");
        var evaluaties = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("evaluaties");
        assertThat(evaluaties).hasSize(1);
        assertThat(evaluaties.get(0).path("gehoord").asString()).isEqualTo("JA");
        assertThat(evaluaties.get(0).path("duidelijk").asString()).isEqualTo("EEN_BEETJE");
        assertThat(evaluaties.get(0).path("cijfer").asInt()).isEqualTo(7);
        assertThat(evaluaties.get(0).path("toelichting").asString()).isEqualTo("Fijn dat oma mocht komen.");
    }

    @Test
    void theParentsEvaluateTheTalkThroughTheirLinkEachEvaluationKeptAndAnIncompleteOneExplained() {
        String verzoekId = besloten("st-ede-0206");
        String link = link(verslag(verzoekId, "Verslag van het gesprek.", VOORZITTER).body());
        double cijfers = meters.find("jeugdlink.jbt.evaluatie.cijfer").tag("gemeente", EDE).summaries().stream()
                .mapToDouble(d -> d.count()).sum();

        var onvolledig = evaluatie(verzoekId, link, "gehoord=JA&cijfer=11");
        assertThat(onvolledig.statusCode()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("Kies of duidelijk was wat er is besloten.", "een cijfer van 1 tot en met 10");
        var gegeven = evaluatie(verzoekId, link, "gehoord=NEE&duidelijk=JA&cijfer=4&toelichting=" + URLEncoder.encode("Ik kwam weinig aan het woord.",
                StandardCharsets.UTF_8));
        assertThat(gegeven.statusCode()).as(gegeven.body()).isEqualTo(200);
        assertThat(gegeven.body()).contains("Uw mening over het gesprek is ontvangen");
        assertThat(evaluatie(verzoekId, link, "gehoord=EEN_BEETJE&duidelijk=JA&cijfer=6").statusCode()).isEqualTo(200);
        assertThat(evaluatie(verzoekId, link + "x", "gehoord=JA&duidelijk=JA&cijfer=9").statusCode()).isEqualTo(403);

        var evaluaties = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, VOORZITTER).body()).path("verslag").path("evaluaties");
        assertThat(evaluaties).extracting(e -> e.path("cijfer").asInt()).containsExactly(4, 6);
        assertThat(evaluaties.get(1).path("toelichting").asString()).isEmpty();
        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", verzoekId)).first();
        assertThat(opgeslagen.toJson()).doesNotContain("weinig aan het woord");
        assertThat(meters.get("jeugdlink.jbt.evaluaties").tag("gemeente", EDE).tag("gehoord", "NEE").tag("duidelijk", "JA").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(meters.find("jeugdlink.jbt.evaluatie.cijfer").tag("gemeente", EDE).summaries().stream().mapToDouble(d -> d.count()).sum())
                .isEqualTo(cijfers + 2);
    }

    private java.net.http.HttpResponse<String> evaluatie(String verzoekId, String link, String velden) {
        return api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ouders/jbt-verslagen/" + verzoekId + "/evaluatie"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("link=" + link + "&" + velden)), null);
    }

    /** A casus known from its events, its request filed by its regisseur and decided by the chair. */
    private String besloten(String regisseur) {
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        var ingediend = api().post("/api/v1/jbt-verzoeken", VerzoekIntegrationTest.indiening(casusId,
                FormulierMother.json(FormulierMother.volledig(LocalDate.now()))), ApiCaller.token(regisseur, "regisseur", List.of(EDE)));
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoekId = Verzoek.idVoor(casusId);
        assertThat(verslag(verzoekId, "Te vroeg.", VOORZITTER).statusCode()).isEqualTo(409);
        var besluit = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/besluit", """
                {"uitkomst": "VRIJWILLIG_NIET_VRIJBLIJVEND", "route": "Regie bij het lokale team met GI-evaluatie",
                 "hulp": "Gezinscoaching", "veiligheidsafspraken": "Dagelijks naar school", "besluitvorming": "CONSENSUS"}""", VOORZITTER);
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(201);
        return verzoekId;
    }

    private java.net.http.HttpResponse<String> verslag(String verzoekId, String tekst, String token) {
        return api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/verslag", JSON.writeValueAsString(java.util.Map.of("tekst", tekst)), token);
    }

    private java.net.http.HttpResponse<String> reactieAlsIndiener(String verzoekId, String tekst, String token) {
        return api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/verslag/reacties", JSON.writeValueAsString(java.util.Map.of("tekst", tekst)), token);
    }

    private java.net.http.HttpResponse<String> reactie(String verzoekId, String link, String tekst) {
        return api().post("/ouders/jbt-verslagen/" + verzoekId + "/reacties", JSON.writeValueAsString(java.util.Map.of("link", link, "tekst", tekst)), null);
    }

    private static String link(String verslagResponse) {
        String ouderlink = json(verslagResponse).path("ouderlink").asString();
        return ouderlink.substring(ouderlink.indexOf("?link=") + "?link=".length());
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
