package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intended bepaling (step 1 of route 301 or 315, seed 002 Bouwsteen 5) against the running service: it is published as
 * BepalingVoorgenomen - the event step 1's term runs from - and the bepaling naming it records step 1 as its route asks and publishes
 * its route and {@code afgestemdOp}, which meet that term. Scherpenzeel: no contract register, so no contract decides here.
 */
@JeugdLinkIntegrationTest
class VoornemenIntegrationTest {

    private static final String SCHERPENZEEL = "GM0279";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();
    private String casusId;

    @BeforeEach
    void eenCasusInScherpenzeel() {
        casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, SCHERPENZEEL);
    }

    private static String jeugdbeschermer() {
        return TestIssuer.get().token("jb-scherpenzeel", List.of("jeugdbeschermer"), List.of(SCHERPENZEEL), "GI_GELDERLAND");
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private String voornemen(String route) {
        var antwoord = api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"" + route + "\", \"voorgenomenOp\": \"2026-11-16\"}",
                jeugdbeschermer());
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        JsonNode v = JSON.readTree(antwoord.body());
        assertThat(v.get("route").asString()).isEqualTo(route);
        assertThat(v.get("voorgenomenOp").asString()).isEqualTo("2026-11-16");
        return v.get("voornemenId").asString();
    }

    /** A bepaling whose referral went on 20 November, with the fields given added. */
    private static String bepaling(String extra) {
        String basis = BepalingIntegrationTest.bepaling("98000091");
        return basis.substring(0, basis.lastIndexOf('}')) + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    private JsonNode event(EventType type, String id, String veld) {
        var gevonden = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream().anyMatch(r -> is(r, type, id, veld))).stream()
                .filter(r -> is(r, type, id, veld)).toList();
        assertThat(gevonden).hasSize(1);
        String json = new String(gevonden.getFirst().value(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(type, json)).isEmpty();
        return JSON.readTree(json);
    }

    private boolean is(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r, EventType type, String id, String veld) {
        return casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && id.equals(JSON.readTree(r.value()).path(veld).asString());
    }

    @Test
    void anIntentionOnRoute301IsPublishedForStepOnesTermAndTheBepalingNamingItMeetsItWhenTheLocalTeamWasConsulted() {
        String voornemenId = voornemen("301");
        JsonNode voorgenomen = event(RoutingEvents.BEPALING_VOORGENOMEN, voornemenId, "voornemenId");
        assertThat(voorgenomen.get("route").asString()).isEqualTo("301");
        assertThat(voorgenomen.get("voorgenomenOp").asString()).isEqualTo("2026-11-16");
        assertThat(voorgenomen.get("giOrganisatie").asString()).isEqualTo("GI_GELDERLAND");
        assertThat(voorgenomen.get("jeugdbeschermerId").asString()).isEqualTo("jb-scherpenzeel");
        assertThat(voorgenomen.get("casusId").asString()).isEqualTo(casusId);

        // Named, the intention asks for step 1: the local team's consultation, and no provider's (that is route 315's).
        var zonderStap1 = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId + "\""),
                jeugdbeschermer());
        assertThat(zonderStap1.statusCode()).isEqualTo(400);
        assertThat(zonderStap1.body()).contains("lokaalTeamGeraadpleegdOp").contains("required");
        var metAanbieder = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-18\", \"zorgaanbiederGeraadpleegdOp\": \"2026-11-18\""), jeugdbeschermer());
        assertThat(metAanbieder.statusCode()).isEqualTo(400);
        assertThat(metAanbieder.body()).contains("zorgaanbiederGeraadpleegdOp").contains("alleen-route-315");
        var onbekend = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + casusId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-18\""), jeugdbeschermer());
        assertThat(onbekend.statusCode()).isEqualTo(409);
        assertThat(onbekend.body()).contains("VOORNEMEN_ONBEKEND");

        var bepaald = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-18\""), jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        JsonNode antwoord = JSON.readTree(bepaald.body());
        assertThat(antwoord.get("voornemenId").asString()).isEqualTo(voornemenId);
        assertThat(antwoord.get("afgestemdOp").asString()).isEqualTo("2026-11-18");

        JsonNode event = event(RoutingEvents.JEUGDHULP_BEPAALD, antwoord.get("bepalingId").asString(), "bepalingId");
        assertThat(event.get("voornemenId").asString()).isEqualTo(voornemenId);
        assertThat(event.get("route").asString()).isEqualTo("301");
        assertThat(event.get("afgestemdOp").asString()).isEqualTo("2026-11-18");
        assertThat(event.path("zorgaanbiederGeraadpleegdOp").isString()).isFalse();
    }

    @Test
    void onRoute315StepOneIsCompleteWhenBothTheLocalTeamAndTheProviderWereConsulted() {
        String voornemenId = voornemen("315");
        var zonderAanbieder = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-17\""), jeugdbeschermer());
        assertThat(zonderAanbieder.statusCode()).isEqualTo(400);
        assertThat(zonderAanbieder.body()).contains("zorgaanbiederGeraadpleegdOp").contains("required");
        var naVerwijzing = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-17\", \"zorgaanbiederGeraadpleegdOp\": \"2026-11-23\""), jeugdbeschermer());
        assertThat(naVerwijzing.statusCode()).isEqualTo(400);
        assertThat(naVerwijzing.body()).contains("voor-verwijzing");

        var bepaald = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-17\", \"zorgaanbiederGeraadpleegdOp\": \"2026-11-19\""), jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        JsonNode antwoord = JSON.readTree(bepaald.body());
        assertThat(antwoord.get("route").asString()).isEqualTo("315");
        // The later of the two consultations completes step 1.
        assertThat(antwoord.get("afgestemdOp").asString()).isEqualTo("2026-11-19");
        JsonNode event = event(RoutingEvents.JEUGDHULP_BEPAALD, antwoord.get("bepalingId").asString(), "bepalingId");
        assertThat(event.get("route").asString()).isEqualTo("315");
        assertThat(event.get("zorgaanbiederGeraadpleegdOp").asString()).isEqualTo("2026-11-19");
        assertThat(event.get("lokaalTeamGeraadpleegdOp").asString()).isEqualTo("2026-11-17");
        assertThat(event.get("afgestemdOp").asString()).isEqualTo("2026-11-19");
        // The persisted bepaling keeps its intention.
        var gelezen = api().get("/api/v1/casussen/" + casusId + "/bepalingen", jeugdbeschermer());
        assertThat(JSON.readTree(gelezen.body()).get("bepalingen").get(0).get("voornemenId").asString()).isEqualTo(voornemenId);
    }

    @Test
    void onRoute315TheProvidersJw315ForTheCasussClientIsStepFourOfTheBepalingNamingIt_publishedAsBepalingAangevraagd() {
        String voornemenId = voornemen("315");
        var bepaald = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-17\", \"zorgaanbiederGeraadpleegdOp\": \"2026-11-19\""), jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        String bepalingId = JSON.readTree(bepaald.body()).get("bepalingId").asString();
        String bsn = nl.jeugdlink.routing.ijw.xml.IjwBerichtMother.geldigBsn();
        var client = api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId
                + "/client")).header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"bsn\": \"" + bsn + "\", \"geboortedatum\": \"2015-03-01\", \"geslacht\": \"2\", \"achternaam\": \"Jansen\"}")),
                ApiCaller.token("bo-scherpenzeel", "backoffice", List.of(SCHERPENZEEL)));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);

        // The provider the bepaling names asks for the care with a JW315 for that client (step 4).
        assertThat(jw315("98000091", bsn).statusCode()).isEqualTo(200);

        JsonNode aangevraagd = event(RoutingEvents.BEPALING_AANGEVRAAGD, bepalingId, "bepalingId");
        assertThat(aangevraagd.get("casusId").asString()).isEqualTo(casusId);
        assertThat(aangevraagd.get("agbCode").asString()).isEqualTo("98000091");
        assertThat(aangevraagd.get("verzoekId").asString()).isNotBlank();
        assertThat(aangevraagd.get("giOrganisatie").asString()).isEqualTo("GI_GELDERLAND");
        // Never the BSN on Kafka.
        assertThat(kafka.readAll(RoutingEvents.TOPIC)).filteredOn(r -> casusId.equals(r.key()))
                .allSatisfy(r -> assertThat(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(bsn));
    }

    private java.net.http.HttpResponse<String> raadpleeg(String voornemenId, String body, String token) {
        return api().post("/api/v1/casussen/" + casusId + "/voornemens/" + voornemenId + "/raadpleging", body, token);
    }

    @Test
    void stepOneIsRecordedAsItHappensAndPublishedOnceAsLokaalTeamGeraadpleegd_onItsOwnDayWhateverDayTheBepalingFollows() {
        String voornemenId = voornemen("301");
        var raadpleging = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\", \"notitie\": \"Wijkteam Noord, overleg met L.\"}",
                jeugdbeschermer());
        assertThat(raadpleging.statusCode()).as(raadpleging.body()).isEqualTo(201);
        JsonNode antwoord = JSON.readTree(raadpleging.body());
        assertThat(antwoord.get("geraadpleegdOp").asString()).isEqualTo("2026-11-17");
        assertThat(antwoord.get("notitie").asString()).isEqualTo("Wijkteam Noord, overleg met L.");

        JsonNode event = event(RoutingEvents.LOKAAL_TEAM_GERAADPLEEGD, voornemenId, "voornemenId");
        assertThat(event.get("casusId").asString()).isEqualTo(casusId);
        assertThat(event.get("aanmeldingId").asString()).isNotBlank();
        assertThat(event.get("gemeenteCode").asString()).isEqualTo(SCHERPENZEEL);
        assertThat(event.get("route").asString()).isEqualTo("301");
        assertThat(event.get("geraadpleegdOp").asString()).isEqualTo("2026-11-17");
        assertThat(event.path("agbCode").isString()).isFalse();
        assertThat(event.get("vastgelegdOp").asString()).isNotBlank();
        assertThat(event.get("vastgelegdDoor").asString()).isEqualTo("jb-scherpenzeel");
        assertThat(event.get("giOrganisatie").asString()).isEqualTo("GI_GELDERLAND");
        assertThat(event.get("jeugdbeschermerId").asString()).isEqualTo("jb-scherpenzeel");
        // The note is free text about a child: it stays in the routing.
        assertThat(event.toString()).doesNotContain("Wijkteam Noord");

        // Once per intention.
        var nogmaals = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-18\"}", jeugdbeschermer());
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("AL_GERAADPLEEGD");
        // It survives the store: the casus read back still holds it (a second attempt after a reload is refused too).
        assertThat(casussen.find(casusId).orElseThrow().voornemen(voornemenId).orElseThrow().raadpleging().geraadpleegdOp())
                .hasToString("2026-11-17");
    }

    @Test
    void onRoute315TheConsultationNamesTheProviderAndTheLocalTeamMayRecordIt_theGiStaysTheIntendingYouthProtectors() {
        String voornemenId = voornemen("315");
        var zonderAgb = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\"}", jeugdbeschermer());
        assertThat(zonderAgb.statusCode()).isEqualTo(400);
        assertThat(zonderAgb.body()).contains("\"agbCode\"").contains("required");
        var regisseur = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-19\", \"agbCode\": \"98000091\"}",
                ApiCaller.token("rg-scherpenzeel", "regisseur", List.of(SCHERPENZEEL)));
        assertThat(regisseur.statusCode()).as(regisseur.body()).isEqualTo(201);
        JsonNode event = event(RoutingEvents.LOKAAL_TEAM_GERAADPLEEGD, voornemenId, "voornemenId");
        assertThat(event.get("route").asString()).isEqualTo("315");
        assertThat(event.get("agbCode").asString()).isEqualTo("98000091");
        assertThat(event.get("vastgelegdDoor").asString()).isEqualTo("rg-scherpenzeel");
        assertThat(event.get("giOrganisatie").asString()).isEqualTo("GI_GELDERLAND");
        assertThat(event.get("jeugdbeschermerId").asString()).isEqualTo("jb-scherpenzeel");
    }

    @Test
    void aConsultationIsNotInTheFutureNorBeforeTheIntention_namesNoProviderOnRoute301_andOnlyForAKnownIntentionOfTheMunicipality() {
        String voornemenId = voornemen("301");
        var toekomst = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2099-01-01\"}", jeugdbeschermer());
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("\"geraadpleegdOp\"").contains("niet-in-toekomst");
        var ervoor = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-15\"}", jeugdbeschermer());
        assertThat(ervoor.statusCode()).isEqualTo(400);
        assertThat(ervoor.body()).contains("niet-voor-voornemen");
        var zonderDag = raadpleeg(voornemenId, "{}", jeugdbeschermer());
        assertThat(zonderDag.statusCode()).isEqualTo(400);
        assertThat(zonderDag.body()).contains("\"geraadpleegdOp\"").contains("required");
        var aanbieder = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\", \"agbCode\": \"98000091\"}", jeugdbeschermer());
        assertThat(aanbieder.statusCode()).isEqualTo(400);
        assertThat(aanbieder.body()).contains("\"agbCode\"").contains("alleen-route-315");
        var langeNotitie = raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\", \"notitie\": \"" + "x".repeat(501) + "\"}",
                jeugdbeschermer());
        assertThat(langeNotitie.statusCode()).isEqualTo(400);
        assertThat(langeNotitie.body()).contains("\"notitie\"").contains("maxLength");
        var onbekend = raadpleeg(java.util.UUID.randomUUID().toString(), "{\"geraadpleegdOp\": \"2026-11-17\"}", jeugdbeschermer());
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\"}",
                ApiCaller.token("bo-scherpenzeel", "backoffice", List.of(SCHERPENZEEL))).statusCode()).isEqualTo(403);
        assertThat(raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\"}",
                ApiCaller.token("jb-ede", "jeugdbeschermer", List.of("GM0228"))).statusCode()).isEqualTo(403);
        // None of the refusals recorded anything: the youth protector still can.
        assertThat(raadpleeg(voornemenId, "{\"geraadpleegdOp\": \"2026-11-17\"}", jeugdbeschermer()).statusCode()).isEqualTo(201);
    }

    private void geefClient(String bsn) {
        var client = api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId
                + "/client")).header("Content-Type", "application/json").PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"bsn\": \"" + bsn + "\", \"geboortedatum\": \"2015-03-01\", \"geslacht\": \"2\", \"achternaam\": \"Jansen\"}")),
                ApiCaller.token("bo-scherpenzeel", "backoffice", List.of(SCHERPENZEEL)));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
    }

    /** The acceptance time of the provider's JW315 as its own event (JeugdhulpAangevraagd, keyed by the request) says. */
    private java.time.Instant aanvaard(String verzoekId) {
        var gevonden = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream().anyMatch(r -> verzoekId.equals(r.key()))).stream()
                .filter(r -> verzoekId.equals(r.key())).toList();
        return java.time.Instant.parse(JSON.readTree(gevonden.getFirst().value()).get("ontvangenOp").asString());
    }

    private String bepaal315(String voornemenId) {
        var bepaald = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"voornemenId\": \"" + voornemenId
                + "\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-17\", \"zorgaanbiederGeraadpleegdOp\": \"2026-11-19\""), jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        return JSON.readTree(bepaald.body()).get("bepalingId").asString();
    }

    @Test
    void aJw315ThatArrivedBeforeTheClientWasGivenIsStepFourWhenTheClientIsGiven_atItsOwnAcceptanceTime() throws Exception {
        String bepalingId = bepaal315(voornemen("315"));
        String bsn = nl.jeugdlink.routing.ijw.xml.IjwBerichtMother.geldigBsn();
        // The provider is on time, the back office is not: the JW315 arrives before the casus's client is given.
        var jw316 = jw315("98000091", bsn);
        assertThat(jw316.statusCode()).isEqualTo(200);
        String verzoekId = verzoekId(jw316.body());
        java.time.Instant aanvaardOp = aanvaard(verzoekId);
        Thread.sleep(50);
        java.time.Instant voorDeClient = java.time.Instant.now();

        geefClient(bsn);

        JsonNode aangevraagd = event(RoutingEvents.BEPALING_AANGEVRAAGD, bepalingId, "bepalingId");
        assertThat(aangevraagd.get("verzoekId").asString()).isEqualTo(verzoekId);
        assertThat(java.time.Instant.parse(aangevraagd.get("aangevraagdOp").asString())).isEqualTo(aanvaardOp).isBefore(voorDeClient);
        assertThat(aangevraagd.get("agbCode").asString()).isEqualTo("98000091");
        // Given again (a correction), nothing is linked twice.
        geefClient(bsn);
        assertThat(casussen.find(casusId).orElseThrow().bepaling(bepalingId).orElseThrow().aanvraag().verzoekId()).isEqualTo(verzoekId);
    }

    @Test
    void aJw315ThatArrivedBeforeTheBepalingIsStepFourWhenTheBepalingIsMade_atItsOwnAcceptanceTime() throws Exception {
        String voornemenId = voornemen("315");
        String bsn = nl.jeugdlink.routing.ijw.xml.IjwBerichtMother.geldigBsn();
        geefClient(bsn);
        var jw316 = jw315("98000091", bsn);
        assertThat(jw316.statusCode()).isEqualTo(200);
        String verzoekId = verzoekId(jw316.body());
        java.time.Instant aanvaardOp = aanvaard(verzoekId);
        Thread.sleep(50);
        java.time.Instant voorDeBepaling = java.time.Instant.now();

        String bepalingId = bepaal315(voornemenId);

        JsonNode aangevraagd = event(RoutingEvents.BEPALING_AANGEVRAAGD, bepalingId, "bepalingId");
        assertThat(aangevraagd.get("verzoekId").asString()).isEqualTo(verzoekId);
        assertThat(java.time.Instant.parse(aangevraagd.get("aangevraagdOp").asString())).isEqualTo(aanvaardOp).isBefore(voorDeBepaling);
    }

    /** The request id the JW315's own events are keyed by: the one JeugdhulpAangevraagd names with the provider's reference. */
    private String verzoekId(String jw316) {
        String referentie = laatsteReferentie;
        var gevonden = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream().anyMatch(r -> isVerzoek(r, referentie))).stream()
                .filter(r -> isVerzoek(r, referentie)).toList();
        return JSON.readTree(gevonden.getFirst().value()).get("verzoekId").asString();
    }

    private boolean isVerzoek(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r, String referentie) {
        return RoutingEvents.JEUGDHULP_AANGEVRAAGD.type().equals(KafkaProbe.header(r, "ce_type"))
                && referentie.equals(JSON.readTree(r.value()).path("referentieAanbieder").asString());
    }

    private String laatsteReferentie = "";

    /** A JW315 of one product, from this provider, for this client, to Ede; its HTTP answer (the JW316). */
    private java.net.http.HttpResponse<String> jw315(String agb, String bsn) {
        String id = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 11);
        laatsteReferentie = "R" + id;
        return api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb
                + "/berichten")).header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new nl.jeugdlink.routing.ijw.xml.IjwXml().schrijf(
                        nl.jeugdlink.routing.ijw.xml.IjwBerichtMother.jw315Van(agb, "V" + id, bsn, "R" + id)))),
                TestIssuer.get().zorgaanbiederToken("za-" + agb, agb));
    }

    @Test
    void anIntentionNamesARouteOf301Or315NotInTheFutureAndOnlyTheYouthProtectorOrLocalTeamOfTheMunicipalityRecordsIt() {
        var geenRoute = api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"302\"}", jeugdbeschermer());
        assertThat(geenRoute.statusCode()).isEqualTo(400);
        assertThat(geenRoute.body()).contains("\"route\"").contains("enum");
        var toekomst = api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"301\", \"voorgenomenOp\": \"2099-01-01\"}",
                jeugdbeschermer());
        assertThat(toekomst.statusCode()).isEqualTo(400);
        assertThat(toekomst.body()).contains("voorgenomenOp");
        assertThat(api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"301\"}",
                ApiCaller.token("bo-scherpenzeel", "backoffice", List.of(SCHERPENZEEL))).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"301\"}",
                ApiCaller.token("jb-ede", "jeugdbeschermer", List.of("GM0228"))).statusCode()).isEqualTo(403);
        var regisseur = api().post("/api/v1/casussen/" + casusId + "/voornemens", "{\"route\": \"315\"}",
                ApiCaller.token("rg-scherpenzeel", "regisseur", List.of(SCHERPENZEEL)));
        assertThat(regisseur.statusCode()).as(regisseur.body()).isEqualTo(201);
        // The local team's intention names no GI; its day defaults to today.
        JsonNode event = event(RoutingEvents.BEPALING_VOORGENOMEN, JSON.readTree(regisseur.body()).get("voornemenId").asString(), "voornemenId");
        assertThat(event.path("giOrganisatie").isString()).isFalse();
        // Without a named intention a provider's consultation has no route to belong to.
        var zonder = api().post("/api/v1/casussen/" + casusId + "/bepalingen", bepaling("\"zorgaanbiederGeraadpleegdOp\": \"2026-11-18\""),
                jeugdbeschermer());
        assertThat(zonder.statusCode()).isEqualTo(400);
        assertThat(zonder.body()).contains("alleen-route-315");
    }
}
