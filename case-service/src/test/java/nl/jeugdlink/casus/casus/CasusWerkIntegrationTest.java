package nl.jeugdlink.casus.casus;

import static nl.jeugdlink.casus.casus.AanmeldingGescreendMother.KIND_4_TOT_12;
import static nl.jeugdlink.casus.casus.AanmeldingGescreendMother.KIND_ONDER_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work on a casus over its API, against a real broker and store: regie and team, conversations
 * with child contact and the first contact, GW moments and closure, plan and help, working notes.
 * Every published event is checked against its contract schema and for the summary's absence.
 */
@JeugdLinkIntegrationTest
class CasusWerkIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> EDE = List.of("GM0228");
    private static final String SAMENVATTING = "Moeder vertelt dat vader sinds oktober weer thuis slaapt; afspraak over de oppas.";

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

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }

    private static final String TEAMLEIDER = token("tl-ede-0001", "teamleider");
    private static final String REGISSEUR = token("st-ede-0017", "regisseur");
    private static final String GW = token("gw-ede-0003", "gedragswetenschapper");

    private static Instant eenUurGeleden() {
        return Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String vandaag() {
        return Instant.now().minus(Duration.ofDays(1)).toString().substring(0, 10);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private HttpResponse<String> post(String path, String json, String token) {
        return api().post(path, json, token);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String json, String token) {
        return api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)), token);
    }

    /** Read by the teamleider who screened it: involved whoever is regisseur now. */
    private JsonNode casus(String casusId) {
        var response = api().get("/api/v1/casussen/" + casusId, TEAMLEIDER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A casus of Ede whose regisseur st-ede-0017 the screening teamleider coupled: the regisseur may work on it (ADR 0017). */
    private String casusMetRegisseur() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        var gekoppeld = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0017\"}", TEAMLEIDER);
        assertThat(gekoppeld.statusCode()).as(gekoppeld.body()).isEqualTo(200);
        return casusId;
    }

    private static String gesprek(boolean gezinAanwezig, String kindcontacten) {
        return """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["st-ede-0017", "vt-0107"], "gezinAanwezig": %s,
                 "kindcontacten": [%s], "netwerkUitgenodigd": true, "verslagGedeeldMetGezin": true, "samenvatting": "%s"}"""
                .formatted(eenUurGeleden(), gezinAanwezig, kindcontacten, SAMENVATTING);
    }

    private static String kindcontact(String kindId, boolean gezien, boolean gesproken) {
        return """
                {"kindId": "%s", "gezien": %s, "gesproken": %s}""".formatted(kindId, gezien, gesproken);
    }

    /** The casus's published events of one type, once at least {@code atLeast} of them are there (or the wait is over). */
    private List<ConsumerRecord<String, byte[]>> published(String casusId, EventType type, int atLeast, Duration wait) {
        var mine = kafka.read(CaseEvents.TOPIC, wait, records -> records.stream()
                .filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= atLeast);
        return mine.stream().filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    /**
     * Every event of one type the casus published. Its outbox emptied is the signal that the relay published (and was acknowledged
     * for) all its writes queued: what is on the topic then is all there is to count, without a fixed wait for one that must not come.
     */
    private List<ConsumerRecord<String, byte[]>> allPublished(String casusId, EventType type) {
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> {
            Document document = mongo.getCollection("casussen").find(new Document("_id", casusId)).first();
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        return kafka.readAll(CaseEvents.TOPIC).stream().filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    /** Every payload fits its contract schema and carries no summary text. */
    private static void assertFitsItsContract(EventType type, List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).isNotEmpty().allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(SchemaCheck.violations(type, payload)).as(payload).isEmpty();
            assertThat(payload).doesNotContain("oppas").doesNotContain("Moeder");
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode params = JSON.readTree(response.body()).get("invalidParams");
        assertThat(params).as(response.body()).isNotNull();
        assertThat(params.valueStream().map(p -> p.get("name").asText() + ":" + p.get("code").asText())).contains(field + ":" + code);
    }

    @Test
    void aRegisseurTakesTheDossierAndASuccessorEndsTheirPeriod() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);

        var gekoppeld = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0017\"}", TEAMLEIDER);
        var opnieuw = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0017\"}", REGISSEUR);
        var koud = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0099\"}", TEAMLEIDER);
        var gezamenlijk = post("/api/v1/casussen/" + casusId + "/gesprekken", gesprek(true, "").replace("\"vt-0107\"", "\"st-ede-0099\""), REGISSEUR);
        String gesprekId = JSON.readTree(gezamenlijk.body()).get("gesprekId").asText();
        var opvolger = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", CasusVerdiepingMother.regisseurMetOverdracht("st-ede-0099", gesprekId),
                TEAMLEIDER);

        assertThat(List.of(gekoppeld, opnieuw, opvolger)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(koud.statusCode()).as(koud.body()).isEqualTo(409);
        assertThat(JSON.readTree(koud.body()).get("regel").asText()).isEqualTo("warmeOverdracht");
        JsonNode casus = casus(casusId);
        assertThat(casus.get("overdrachten")).singleElement().satisfies(o -> {
            assertThat(o.get("van").asText() + "->" + o.get("naar").asText()).isEqualTo("st-ede-0017->st-ede-0099");
            assertThat(o.get("gezamenlijkGesprekId").asText()).isEqualTo(gesprekId);
            assertThat(o.get("overgedragen").valueStream().map(JsonNode::asText)).contains("Contact met school");
        });
        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .contains("overgedragenVersleuteld").doesNotContain("Contact met school");
        assertThat(casus.get("dossierhouderRol").asText()).isEqualTo("REGISSEUR");
        assertThat(casus.get("dossierhouderId").asText()).isEqualTo("st-ede-0099");
        assertThat(casus.get("eindverantwoordelijke").asText()).isEqualTo("st-ede-0099");
        var regisseurs = casus.get("team").valueStream().filter(t -> t.get("rol").asText().equals("REGISSEUR")).toList();
        assertThat(regisseurs).extracting(t -> t.get("medewerkerId").asText() + " actief=" + t.get("actief").asBoolean()
                + " eindverantwoordelijk=" + t.get("eindverantwoordelijk").asBoolean())
                .containsExactly("st-ede-0017 actief=false eindverantwoordelijk=false", "st-ede-0099 actief=true eindverantwoordelijk=true");
        assertThat(regisseurs.getFirst().get("tot").asText()).isEqualTo(regisseurs.get(1).get("vanaf").asText());
        var events = published(casusId, CaseEvents.REGISSEUR_GEKOPPELD, 2, PATIENCE);
        assertFitsItsContract(CaseEvents.REGISSEUR_GEKOPPELD, events);
        assertThat(events).extracting(r -> JSON.readTree(r.value()).get("vorigeDossierhouderId").asText() + "->"
                + JSON.readTree(r.value()).get("regisseurId").asText()).containsExactly("st-ede-0042->st-ede-0017", "st-ede-0017->st-ede-0099");
    }

    @Test
    void aRegisseurCouplesOnlyThemselvesAndNoRegisseurIsEndedWithoutASuccessor() {
        String casusId = casusMetRegisseur();

        var ander = send("PUT", "/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"st-ede-0099\"}", REGISSEUR);
        var beeindigd = send("DELETE", "/api/v1/casussen/" + casusId + "/teamleden/st-ede-0017", null, TEAMLEIDER);

        assertThat(ander.statusCode()).isEqualTo(403);
        assertThat(beeindigd.statusCode()).as(beeindigd.body()).isEqualTo(409);
        assertThat(JSON.readTree(beeindigd.body()).get("regel").asText()).isEqualTo("regisseurAlleenDoorOpvolging");
    }

    @Test
    void theTeamGrowsAndShrinksWithPeriodsKept() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String teamleden = "/api/v1/casussen/" + casusId + "/teamleden";

        var toegevoegd = post(teamleden, "{\"medewerkerId\": \"rvdk-0007\", \"rol\": \"JEUGDLINK_PROFESSIONAL\", \"expertise\": \"RAAD_VOOR_DE_KINDERBESCHERMING\"}", TEAMLEIDER);
        var nogmaals = post(teamleden, "{\"medewerkerId\": \"rvdk-0007\", \"rol\": \"JEUGDLINK_PROFESSIONAL\", \"expertise\": \"RAAD_VOOR_DE_KINDERBESCHERMING\"}", TEAMLEIDER);
        var zonderExpertise = post(teamleden, "{\"medewerkerId\": \"vt-0200\", \"rol\": \"JEUGDLINK_PROFESSIONAL\"}", TEAMLEIDER);
        var regisseurAlsLid = post(teamleden, "{\"medewerkerId\": \"st-0200\", \"rol\": \"REGISSEUR\"}", TEAMLEIDER);
        var geenRol = post(teamleden, "{\"medewerkerId\": \"st-0200\", \"rol\": \"KOK\"}", TEAMLEIDER);
        var beeindigd = send("DELETE", teamleden + "/vt-0107", null, TEAMLEIDER);
        var onbekend = send("DELETE", teamleden + "/niemand-1", null, TEAMLEIDER);

        assertThat(toegevoegd.statusCode()).as(toegevoegd.body()).isEqualTo(201);
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(nogmaals.body()).get("regel").asText()).isEqualTo("alInTeam");
        assertProblem(zonderExpertise, 400, "expertise", "required");
        assertProblem(regisseurAlsLid, 400, "rol", "teamrol");
        assertProblem(geenRol, 400, "rol", "type");
        assertThat(beeindigd.statusCode()).as(beeindigd.body()).isEqualTo(200);
        assertThat(onbekend.statusCode()).isEqualTo(404);
        JsonNode team = casus(casusId).get("team");
        assertThat(team.valueStream().map(t -> t.get("medewerkerId").asText() + ":" + t.get("rol").asText() + ":" + t.get("actief").asBoolean()))
                .contains("rvdk-0007:JEUGDLINK_PROFESSIONAL:true", "vt-0107:JEUGDLINK_PROFESSIONAL:false", "gw-ede-0003:GEDRAGSWETENSCHAPPER:true",
                        "tl-ede-0001:TEAMLEIDER:true");
        assertThat(team.valueStream().filter(t -> t.get("medewerkerId").asText().equals("vt-0107")).findFirst().orElseThrow().get("tot").isNull())
                .isFalse();
    }

    @Test
    void sharingWithSomeoneBeyondTheConsentRecordsADocumentedWeighingStoredEncryptedAndNamedInTheAuditTrail() {
        String casusId = casusMetRegisseur();
        String teamleden = "/api/v1/casussen/" + casusId + "/teamleden";
        String afweging = """
                {"medewerkerId": "gi-0042", "rol": "JEUGDLINK_PROFESSIONAL", "expertise": "GECERTIFICEERDE_INSTELLING",
                 "grondslag": {"soort": "AFWEGING", "afweging": {
                   "subsidiariteit": "Vrijwillige hulp van het Sociaal Team liep vast; minder ingrijpend kan niet meer.",
                   "proportionaliteit": "Alleen de veiligheidszorgen rond vader worden gedeeld, niet het hele dossier.",
                   "doelmatigheid": "De GI kan als enige de stap naar de Raad zetten.",
                   "gezinGeinformeerd": false, "redenNietGeinformeerd": "Informeren vooraf brengt moeder in gevaar; achteraf volgt uitleg."}}}""";

        var zonderProportionaliteit = post(teamleden, afweging.replace("\"proportionaliteit\"", "\"anders\""), TEAMLEIDER);
        var zonderReden = post(teamleden, afweging.replace("\"redenNietGeinformeerd\"", "\"anders\""), TEAMLEIDER);
        var toegevoegd = post(teamleden, afweging, TEAMLEIDER);

        assertProblem(zonderProportionaliteit, 400, "grondslag.afweging.proportionaliteit", "required");
        assertProblem(zonderReden, 400, "grondslag.afweging.redenNietGeinformeerd", "required");
        assertThat(toegevoegd.statusCode()).as(toegevoegd.body()).isEqualTo(201);
        // A later change of the casus keeps the weighing readable (stored once, decrypted in its own context).
        post("/api/v1/casussen/" + casusId + "/gesprekken", gesprek(false, ""), REGISSEUR);
        JsonNode gi = casus(casusId).get("team").valueStream().filter(t -> t.get("medewerkerId").asText().equals("gi-0042")).findFirst().orElseThrow();
        assertThat(gi.get("grondslag").asText()).isEqualTo("AFWEGING");
        assertThat(gi.get("afweging").get("doelmatigheid").asText()).isEqualTo("De GI kan als enige de stap naar de Raad zetten.");
        assertThat(gi.get("afweging").get("gezinGeinformeerd").asBoolean()).isFalse();
        assertThat(casus(casusId).get("team").valueStream().filter(t -> t.get("medewerkerId").asText().equals("vt-0107")).findFirst().orElseThrow()
                .get("grondslag").asText()).as("the team of the screening shares on the parents' consent").isEqualTo("TOESTEMMING");
        Document stored = mongo.getCollection("casussen").find(new Document("_id", casusId)).first();
        assertThat(stored.toJson()).doesNotContain("Raad zetten", "gevaar", "Sociaal Team liep vast").contains("subsidiariteitVersleuteld");
        var audit = api().get("/api/v1/audit-records?betreft=" + casusId, token("beheer-1", "beheerder"));
        assertThat(JSON.readTree(audit.body()).findValuesAsString("toelichting")).anySatisfy(g -> assertThat(g)
                .isEqualTo("gedeeld met gi-0042; grondslag: gedocumenteerde afweging van subsidiariteit, proportionaliteit en doelmatigheid; "
                        + "gezin niet geïnformeerd, reden vastgelegd"));
    }

    @Test
    void theFirstConversationWithTheFamilyIsTheFirstContactOnceAndEachChildIsHeldToItsAgeRule() {
        String casusId = casusMetRegisseur();
        String gesprekken = "/api/v1/casussen/" + casusId + "/gesprekken";
        String jlp = token("vt-0107", "jeugdlink-professional");

        var zonderGezin = post(gesprekken, gesprek(false, ""), REGISSEUR);
        JsonNode kinderenVooraf = casus(casusId).get("kinderen");
        var eerste = post(gesprekken, gesprek(true, kindcontact(KIND_ONDER_4, true, false) + "," + kindcontact(KIND_4_TOT_12, true, false)), jlp);
        JsonNode halverwege = casus(casusId);
        var tweede = post(gesprekken, gesprek(true, kindcontact(KIND_4_TOT_12, false, true)), REGISSEUR);

        assertThat(List.of(zonderGezin, eerste, tweede)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(JSON.readTree(eerste.body()).get("eersteContact").asBoolean()).isTrue();
        assertThat(kinderenVooraf.valueStream().map(k -> k.get("kindId").asText() + ":" + k.get("vereistContact").asText() + ":" + k.get("voldaan").asBoolean()))
                .containsExactly(KIND_ONDER_4 + ":GEZIEN:false", KIND_4_TOT_12 + ":GEZIEN_EN_GESPROKEN:false");
        assertThat(halverwege.get("kinderenZonderVereistContact").valueStream().map(JsonNode::asText)).containsExactly(KIND_4_TOT_12);
        JsonNode casus = casus(casusId);
        assertThat(casus.get("kinderenZonderVereistContact")).isEmpty();
        assertThat(casus.get("aantalGesprekken").asInt()).isEqualTo(3);
        assertThat(casus.get("eersteContactGesprekId").asText()).isEqualTo(JSON.readTree(eerste.body()).get("gesprekId").asText());

        var vastgelegd = published(casusId, CaseEvents.GESPREK_VASTGELEGD, 3, PATIENCE);
        assertThat(vastgelegd).hasSize(3);
        assertFitsItsContract(CaseEvents.GESPREK_VASTGELEGD, vastgelegd);
        var eersteContact = allPublished(casusId, CaseEvents.EERSTE_CONTACT_GELEGD);
        assertThat(eersteContact).hasSize(1);
        assertFitsItsContract(CaseEvents.EERSTE_CONTACT_GELEGD, eersteContact);
        assertThat(JSON.readTree(eersteContact.getFirst().value()).get("medewerkerId").asText()).isEqualTo("vt-0107");
        assertThat(meters.find("jeugdlink.gesprekken.vastgelegd").tag("soort", "GEZINSGESPREK").counter().count()).isGreaterThanOrEqualTo(3);
        assertThat(meters.find("jeugdlink.casus.eerste-contacten").tag("gemeente", "GM0228").counter().count()).isPositive();
    }

    @Test
    void theSummaryIsReadDecryptedByTheTeamStoredEncryptedAndEveryReadAudited() {
        String casusId = casusMetRegisseur();
        post("/api/v1/casussen/" + casusId + "/gesprekken", gesprek(true, kindcontact(KIND_ONDER_4, true, false)), REGISSEUR);

        var gelezen = api().get("/api/v1/casussen/" + casusId + "/gesprekken", GW);
        var jbt = api().get("/api/v1/casussen/" + casusId + "/gesprekken", token("jbt-1", "jbt-voorzitter"));

        assertThat(gelezen.statusCode()).as(gelezen.body()).isEqualTo(200);
        assertThat(JSON.readTree(gelezen.body()).get(0).get("samenvatting").asText()).isEqualTo(SAMENVATTING);
        assertThat(jbt.statusCode()).isEqualTo(403);
        Document stored = mongo.getCollection("casussen").find(new Document("_id", casusId)).first();
        assertThat(stored.toJson()).doesNotContain("oppas").doesNotContain("Moeder").contains("samenvattingVersleuteld");
        var audit = api().get("/api/v1/audit-records?betreft=" + casusId, token("beheer-1", "beheerder"));
        assertThat(JSON.readTree(audit.body()).valueStream().map(r -> r.get("gebruikerId").asText() + " " + r.get("actie").asText() + " "
                + r.get("categorie").asText() + " " + r.get("resultaat").asText()))
                .contains("st-ede-0017 AANMAKEN gesprek TOEGESTAAN", "gw-ede-0003 LEZEN gesprek TOEGESTAAN");
    }

    @Test
    void aSummarySharedWithTheFamilyTravelsSealedForTheNotificationServiceAndOneNotSharedDoesNotTravel() {
        String casusId = casusMetRegisseur();
        String gesprekken = "/api/v1/casussen/" + casusId + "/gesprekken";
        var gedeeld = post(gesprekken, gesprek(true, kindcontact(KIND_ONDER_4, true, false)), REGISSEUR);
        var nietGedeeld = post(gesprekken, gesprek(false, "").replace("\"verslagGedeeldMetGezin\": true", "\"verslagGedeeldMetGezin\": false"), REGISSEUR);
        assertThat(List.of(gedeeld, nietGedeeld)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        String gesprekId = JSON.readTree(gedeeld.body()).get("gesprekId").asText();

        assertThat(published(casusId, CaseEvents.GESPREK_VASTGELEGD, 2, PATIENCE)).hasSize(2);
        var verslagen = allPublished(casusId, CaseEvents.VERSLAG_GEDEELD_MET_GEZIN);

        assertThat(verslagen).hasSize(1);
        assertFitsItsContract(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, verslagen);
        JsonNode data = JSON.readTree(verslagen.getFirst().value());
        assertThat(data.get("gesprekId").asText()).isEqualTo(gesprekId);
        assertThat(data.get("soort").asText()).isEqualTo("GEZINSGESPREK");
        // Opened with the private half, as only the notification-service can.
        String geopend = verzegeling.ontzegel(data.get("verzegeld").asText(), VerslagGedeeldMetGezin.context(data.get("aanmeldingId").asText(), casusId, gesprekId));
        assertThat(JSON.readTree(geopend).get("samenvatting").asText()).isEqualTo(SAMENVATTING);
        assertThatThrownBy(() -> verzegeling.ontzegel(data.get("verzegeld").asText(), VerslagGedeeldMetGezin.context(UUID.randomUUID().toString(), casusId, gesprekId)))
                .as("bound to this referral, casus and conversation").isInstanceOf(Sealing.OnleesbaarException.class);
    }

    @Test
    void closingIsRefusedUntilTheGedragswetenschapperWasInvolvedInTheIntendedClosureAndAClosedCasusRefusesChanges() {
        String casusId = casusMetRegisseur();
        String casus = "/api/v1/casussen/" + casusId;

        var start = post(casus + "/gw-momenten", "{\"moment\": \"START\", \"gedragswetenschapperId\": \"gw-ede-0003\", \"datum\": \"%s\"}"
                .formatted(vandaag()), GW);
        var plan = post(casus + "/plan", CasusVerdiepingMother.plan(eenUurGeleden().toString()), REGISSEUR);
        var hulp = post(casus + "/hulp", "{\"ingezetOp\": \"%s\"}".formatted(eenUurGeleden()), token("vt-0107", "jeugdlink-professional"));
        JsonNode doelen = JSON.readTree(plan.body()).get("plannen").get(0).get("doelen");
        var behaald = send("PUT", casus + "/plan/doelen/" + doelen.get(0).get("id").asText() + "/status", "{\"status\": \"BEHAALD\"}", REGISSEUR);
        var teVroeg = post(casus + "/afsluiting", CasusVerdiepingMother.afsluiting("DOELEN_BEHAALD"), REGISSEUR);
        var namensAnder = post(casus + "/gw-momenten", "{\"moment\": \"VOORGENOMEN_AFSLUITING\", \"gedragswetenschapperId\": \"gw-ede-0999\", \"datum\": \"%s\"}"
                .formatted(vandaag()), GW);
        var voorgenomen = post(casus + "/gw-momenten", "{\"moment\": \"VOORGENOMEN_AFSLUITING\", \"gedragswetenschapperId\": \"gw-ede-0003\", \"datum\": \"%s\"}"
                .formatted(vandaag()), GW);
        JsonNode gwVoorAfsluiting = casus(casusId).get("gwBetrokkenBij");
        var afgesloten = post(casus + "/afsluiting", CasusVerdiepingMother.afsluiting("ST_KAN_WEER_VERDER"), REGISSEUR);
        var daarna = post(casus + "/gesprekken", gesprek(true, ""), REGISSEUR);
        var nogmaals = post(casus + "/afsluiting", CasusVerdiepingMother.afsluiting("ANDERS"), REGISSEUR);

        assertThat(List.of(start, plan, hulp, voorgenomen)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(doelen.valueStream().map(d -> d.get("stap").asText() + ":" + d.get("status").asText()))
                .containsExactly("ACUTE_VEILIGHEID:OPEN", "STRUCTURELE_VEILIGHEID:OPEN", "GEVOLGEN_BEHANDELEN:OPEN");
        assertThat(behaald.statusCode()).as(behaald.body()).isEqualTo(200);
        assertThat(JSON.readTree(behaald.body()).get("plannen").get(0).get("doelen").get(0).get("status").asText()).isEqualTo("BEHAALD");
        assertThat(JSON.readTree(behaald.body()).get("plannen").get(0).get("akkoordGezin").get("ondertekendDoor").get(0).asText()).isEqualTo("Anna (moeder)");
        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .doesNotContain("Relatietherapie").doesNotContain("Anna (moeder)");
        assertThat(teVroeg.statusCode()).isEqualTo(409);
        assertThat(teVroeg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(JSON.readTree(teVroeg.body()).get("regel").asText()).isEqualTo("gwBijVoorgenomenAfsluiting");
        assertProblem(namensAnder, 400, "gedragswetenschapperId", "aangemeldeGebruiker");
        assertThat(gwVoorAfsluiting.valueStream().map(JsonNode::asText)).containsExactly("START", "VOORGENOMEN_AFSLUITING");
        assertThat(afgesloten.statusCode()).as(afgesloten.body()).isEqualTo(200);
        assertThat(JSON.readTree(afgesloten.body()).get("status").asText()).isEqualTo("AFGESLOTEN");
        assertThat(JSON.readTree(afgesloten.body()).get("afsluiting").get("reden").asText()).isEqualTo("ST_KAN_WEER_VERDER");
        JsonNode formulier = JSON.readTree(afgesloten.body()).get("afsluiting").get("formulier");
        assertThat(formulier.get("samenwerkingsvorm").asText()).isEqualTo("ACTIEF_MEE_OPLOSSEN");
        assertThat(formulier.get("meningKind").asText()).isEqualTo("Het is nu fijner thuis");
        assertThat(formulier.get("zichtOpKind").asText()).isEqualTo("Huisarts en school");
        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .contains("formulierVersleuteld").doesNotContain("fijner thuis").doesNotContain("Oma Jansen");
        assertThat(List.of(daarna, nogmaals)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(r.body()).get("regel").asText()).isEqualTo("casusAfgesloten");
        });
        assertFitsItsContract(CaseEvents.PLAN_VASTGESTELD, published(casusId, CaseEvents.PLAN_VASTGESTELD, 1, PATIENCE));
        assertFitsItsContract(CaseEvents.HULP_INGEZET, published(casusId, CaseEvents.HULP_INGEZET, 1, PATIENCE));
        var afsluiting = published(casusId, CaseEvents.CASUS_AFGESLOTEN, 1, PATIENCE);
        assertThat(afsluiting).hasSize(1);
        assertFitsItsContract(CaseEvents.CASUS_AFGESLOTEN, afsluiting);
        assertThat(meters.find("jeugdlink.casus.professionals").tag("moment", "afsluiting").summary().count()).isPositive();
        assertThat(meters.find("jeugdlink.casus.betrokkenheid.dagen").tag("reden", "ST_KAN_WEER_VERDER").summary().count()).isPositive();
        assertThat(meters.find("jeugdlink.casussen.afgesloten.samenwerking").tag("samenwerkingsvorm", "ACTIEF_MEE_OPLOSSEN")
                .tag("gemeente", "GM0228").counter().count()).isPositive();
        assertThat(meters.find("jeugdlink.casus.activiteiten").tag("soort", "gesprekken").summary().count()).isPositive();
    }

    @Test
    void everyCommandNamesTheFieldItRefusesAndAnUnknownCasusIsA404() {
        String casusId = casusMetRegisseur();
        String casus = "/api/v1/casussen/" + casusId;

        assertProblem(post(casus + "/gesprekken", "{\"gehoudenOp\": \"%s\"}".formatted(eenUurGeleden()), REGISSEUR), 400, "soort", "required");
        assertProblem(post(casus + "/gesprekken", gesprek(true, kindcontact("00000000-0000-4000-8000-000000000000", true, true)), REGISSEUR),
                400, "kindcontacten[0].kindId", "kindVanCasus");
        assertProblem(post(casus + "/gesprekken", gesprek(false, kindcontact(KIND_ONDER_4, true, false)), REGISSEUR), 400, "gezinAanwezig",
                "kindcontactMetGezin");
        assertProblem(post(casus + "/gesprekken", gesprek(true, "").replace(eenUurGeleden().toString(), Instant.now().plus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.SECONDS).toString()), REGISSEUR), 400, "gehoudenOp", "pastOrPresent");
        assertProblem(post(casus + "/gesprekken", gesprek(true, "").replace("\"samenvatting\": \"" + SAMENVATTING + "\"", "\"samenvatting\": \"\""),
                REGISSEUR), 400, "samenvatting", "required");
        assertProblem(post(casus + "/afsluiting", CasusVerdiepingMother.afsluiting("OMDAT"), REGISSEUR), 400, "reden", "type");
        assertProblem(send("PUT", casus + "/regisseur", "{\"regisseurId\": \"st ede\"}", TEAMLEIDER), 400, "regisseurId", "pattern");
        assertProblem(post(casus + "/plan", "{}", REGISSEUR), 400, "vastgesteldOp", "required");
        assertProblem(post(casus + "/plan", "{}", REGISSEUR), 400, "doelen", "required");
        assertProblem(post(casus + "/hulp", "{\"ingezetOp\": \"morgen\"}", REGISSEUR), 400, "ingezetOp", "type");
        assertProblem(post(casus + "/werkaantekeningen", "{\"tekst\": \" \"}", REGISSEUR), 400, "tekst", "required");
        assertProblem(api().get("/api/v1/casussen/geen-uuid/gesprekken", REGISSEUR), 400, "casusId", "uuid");
        String onbekend = "/api/v1/casussen/00000000-0000-4000-8000-000000000000";
        assertThat(List.of(api().get(onbekend, REGISSEUR), post(onbekend + "/gesprekken", gesprek(true, ""), REGISSEUR),
                post(onbekend + "/afsluiting", CasusVerdiepingMother.afsluiting("ANDERS"), REGISSEUR)))
                .allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(404));
    }

    @Test
    void concurrentConversationsAreAllKeptOrRefusedWith409AndTheFirstContactIsAnnouncedOnce() throws Exception {
        String casusId = casusMetRegisseur();
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post("/api/v1/casussen/" + casusId + "/gesprekken", gesprek(true, ""), REGISSEUR));
        }

        List<Integer> statuses = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
        }

        assertThat(statuses).allMatch(s -> s == 201 || s == 409).contains(201);
        long kept = statuses.stream().filter(s -> s == 201).count();
        assertThat(casus(casusId).get("aantalGesprekken").asLong()).isEqualTo(kept);
        assertThat(published(casusId, CaseEvents.GESPREK_VASTGELEGD, (int) kept, PATIENCE)).hasSize((int) kept);
        assertThat(allPublished(casusId, CaseEvents.EERSTE_CONTACT_GELEGD)).hasSize(1);
    }

    @Test
    void theStartoverlegRecordsPurposeExpectationsAndTheFourAgreementsEncrypted() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String pad = "/api/v1/casussen/" + casusId + "/startoverleg";
        String overleg = """
                {"gehoudenOp": "%s", "deelnemers": ["st-ede-0042", "gw-ede-0003", "vt-0107"], "doel": "Veiligheid thuis herstellen",
                 "verwachtingen": "Veilig Thuis denkt mee, het Sociaal Team houdt regie",
                 "afspraken": {"taakverdeling": "VT doet de risicotaxatie", "informatiedeling": "Alleen met toestemming van moeder",
                               "communicatie": "Wekelijks belcontact op maandag", "dossiervorming": "Verslagen in het ST-dossier"}}"""
                .formatted(vandaag());

        var vastgelegd = post(pad, overleg, GW);
        var nogmaals = post(pad, overleg, GW);
        var zonderAfspraken = post(pad, "{\"gehoudenOp\": \"%s\", \"deelnemers\": [\"gw-ede-0003\"], \"doel\": \"x\", \"verwachtingen\": \"y\"}"
                .formatted(vandaag()), GW);

        assertThat(vastgelegd.statusCode()).as(vastgelegd.body()).isEqualTo(201);
        JsonNode startoverleg = JSON.readTree(vastgelegd.body()).get("startoverleg");
        assertThat(startoverleg.get("inhoud").get("informatiedeling").asText()).isEqualTo("Alleen met toestemming van moeder");
        assertThat(startoverleg.get("vastgelegdDoor").asText()).isEqualTo("gw-ede-0003");
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertProblem(zonderAfspraken, 400, "afspraken", "required");
        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .contains("startoverlegVersleuteld").doesNotContain("belcontact");
    }

    @Test
    void workingNotesAreVisibleToTheirAuthorAloneAndStoredEncrypted() {
        String casusId = casusMetRegisseur();
        String notities = "/api/v1/casussen/" + casusId + "/werkaantekeningen";

        var geschreven = post(notities, "{\"tekst\": \"Twijfel over de rol van de oma; navragen bij school.\"}", REGISSEUR);
        var eigen = api().get(notities, REGISSEUR);
        var collega = api().get(notities, token("vt-0107", "jeugdlink-professional"));
        var teamleider = api().get(notities, TEAMLEIDER);

        assertThat(geschreven.statusCode()).as(geschreven.body()).isEqualTo(201);
        assertThat(JSON.readTree(eigen.body()).valueStream().map(n -> n.get("tekst").asText()))
                .containsExactly("Twijfel over de rol van de oma; navragen bij school.");
        assertThat(List.of(collega, teamleider)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(r.body())).isEmpty();
        });
        assertThat(casus(casusId).toString()).doesNotContain("oma");
        assertThat(mongo.getCollection("werkaantekeningen").find(new Document("casusId", casusId)).first().toJson())
                .doesNotContain("oma").contains("tekstVersleuteld");
    }
}
