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
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bepaling jeugdhulp (301 steps 1-3) against the running service: checked against the municipality's contract register, care
 * outside it assigned only after the official's approval. Renswoude only: its register is this class's own.
 */
@JeugdLinkIntegrationTest
class BepalingIntegrationTest {

    private static final String RENSWOUDE = "GM0339";
    private static final String GECONTRACTEERD = "98000071";
    private static final String NIET_GECONTRACTEERD = "98000072";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();
    private String casusId;

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String jeugdbeschermer() {
        return ApiCaller.token("jb-renswoude", "jeugdbeschermer", List.of(RENSWOUDE));
    }

    private static String backoffice() {
        return ApiCaller.token("bo-renswoude", "backoffice", List.of(RENSWOUDE));
    }

    /** The official Renswoude designated to approve care outside the contracts. */
    private static String functionaris() {
        return ApiCaller.token("af-renswoude", "aangewezen-functionaris", List.of(RENSWOUDE));
    }

    static String bepaling(String agb) {
        return """
                {"voorkeursAanbieder": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-12-01",
                 "einddatum": "2027-05-31", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"},
                 "evaluatiemomenten": ["2027-02-01", "2027-05-15"], "verwezenNaarLokaalTeamOp": "2026-11-20"}""".formatted(agb);
    }

    @BeforeEach
    void eenCasusInRenswoudeMetEenContract() {
        var contract = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten/" + RENSWOUDE + "/contracten/"
                + GECONTRACTEERD)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                {"producten": [{"categorie": "45"}], "van": "2026-01-01"}""")), backoffice());
        assertThat(contract.statusCode()).as(contract.body()).isEqualTo(200);
        casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, RENSWOUDE);
    }

    private HttpResponse<String> bepaal(String body, String token) {
        return api().post("/api/v1/casussen/" + casusId + "/bepalingen", body, token);
    }

    private HttpResponse<String> wijsToe(String agb, String bepalingId) {
        String body = ToewijzingIntegrationTest.specifiek(agb);
        if (bepalingId != null) {
            body = body.substring(0, body.lastIndexOf('}')) + ", \"bepalingId\": \"" + bepalingId + "\"}";
        }
        return api().post("/api/v1/casussen/" + casusId + "/toewijzingen", body, backoffice());
    }

    @Test
    void careOutsideTheContractsIsAssignedOnlyUnderItsBepalingAfterTheOfficialsApproval() {
        var binnen = bepaal(bepaling(GECONTRACTEERD), jeugdbeschermer());
        assertThat(binnen.statusCode()).as(binnen.body()).isEqualTo(201);
        JsonNode gecontracteerd = JSON.readTree(binnen.body());
        assertThat(gecontracteerd.get("gecontracteerd").asBoolean()).isTrue();
        assertThat(gecontracteerd.get("toewijsbaar").asBoolean()).isTrue();
        var buiten = bepaal(bepaling(NIET_GECONTRACTEERD), ApiCaller.token("rg-renswoude", "regisseur", List.of(RENSWOUDE)));
        assertThat(buiten.statusCode()).as(buiten.body()).isEqualTo(201);
        String bepalingId = JSON.readTree(buiten.body()).get("bepalingId").asString();
        assertThat(JSON.readTree(buiten.body()).get("toewijsbaar").asBoolean()).isFalse();

        assertThat(wijsToe(NIET_GECONTRACTEERD, null).body()).contains("GEEN_CONTRACT");
        assertThat(wijsToe(NIET_GECONTRACTEERD, bepalingId).body()).as("not approved yet").contains("GEEN_CONTRACT");
        String akkoordPad = "/api/v1/casussen/" + casusId + "/bepalingen/" + bepalingId + "/akkoord";
        var zonderToelichting = api().post(akkoordPad, "{}", functionaris());
        assertThat(zonderToelichting.statusCode()).isEqualTo(400);
        assertThat(zonderToelichting.body()).contains("toelichting");
        assertThat(api().post(akkoordPad, "{\"toelichting\": \"Specialistische hulp\"}", jeugdbeschermer()).statusCode()).isEqualTo(403);
        // The designated official's role, not the back office's: it no longer stands in for the official.
        assertThat(api().post(akkoordPad, "{\"toelichting\": \"Specialistische hulp\"}", backoffice()).statusCode()).isEqualTo(403);
        assertThat(api().post(akkoordPad, "{\"toelichting\": \"Specialistische hulp\"}",
                ApiCaller.token("af-ede", "aangewezen-functionaris", List.of("GM0228"))).statusCode()).isEqualTo(403);
        // It reads the bepaling it must judge.
        var teBeoordelen = api().get("/api/v1/casussen/" + casusId + "/bepalingen", functionaris());
        assertThat(teBeoordelen.statusCode()).isEqualTo(200);
        assertThat(teBeoordelen.body()).contains(bepalingId);

        var akkoord = api().post(akkoordPad, "{\"toelichting\": \"Alleen deze aanbieder biedt de specialistische hulp.\"}", functionaris());

        assertThat(akkoord.statusCode()).as(akkoord.body()).isEqualTo(201);
        assertThat(JSON.readTree(akkoord.body()).get("toewijsbaar").asBoolean()).isTrue();
        assertThat(JSON.readTree(akkoord.body()).get("akkoordDoor").asString()).isEqualTo("af-renswoude");
        assertThat(api().post(akkoordPad, "{\"toelichting\": \"nogmaals\"}", functionaris()).body()).contains("AL_AKKOORD");
        assertThat(api().post("/api/v1/casussen/" + casusId + "/bepalingen/" + gecontracteerd.get("bepalingId").asString() + "/akkoord",
                "{\"toelichting\": \"x\"}", functionaris()).body()).contains("GECONTRACTEERD");
        var toegewezen = wijsToe(NIET_GECONTRACTEERD, bepalingId);
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        // The approval covers the bepaling's provider and product only.
        assertThat(wijsToe("98000073", bepalingId).body()).contains("GEEN_CONTRACT");
        assertThat(wijsToe(GECONTRACTEERD, "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11").body()).contains("BEPALING_ONBEKEND");
        assertThat(wijsToe(GECONTRACTEERD, null).statusCode()).isEqualTo(201);

        var gelezen = api().get("/api/v1/casussen/" + casusId + "/bepalingen", backoffice());
        assertThat(gelezen.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(gelezen.body()).get("bepalingen")).hasSize(2);
    }

    private static String woonplaats(String bepaling, String gemeente) {
        return bepaling.substring(0, bepaling.lastIndexOf('}')) + ", \"woonplaatsbeginselGemeente\": \"" + gemeente + "\"}";
    }

    @Test
    void aBepalingIsPublishedWithTheMunicipalityTheWoonplaatsbeginselMakesResponsible_whichAloneAssignsTheCare() {
        var eigen = bepaal(bepaling(GECONTRACTEERD), jeugdbeschermer());
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(201);
        assertThat(JSON.readTree(eigen.body()).get("verantwoordelijkeGemeente").asString()).as("by default the casus's").isEqualTo(RENSWOUDE);
        String eigenId = JSON.readTree(eigen.body()).get("bepalingId").asString();
        // The parent with custody lives in Veenendaal: Veenendaal's register decides (none kept there: not checked) and Veenendaal assigns.
        var elders = bepaal(woonplaats(bepaling(NIET_GECONTRACTEERD), "GM0345"), jeugdbeschermer());
        assertThat(elders.statusCode()).as(elders.body()).isEqualTo(201);
        JsonNode veenendaal = JSON.readTree(elders.body());
        assertThat(veenendaal.get("verantwoordelijkeGemeente").asString()).isEqualTo("GM0345");
        assertThat(veenendaal.get("gecontracteerd").asBoolean()).isTrue();
        var geweigerd = wijsToe(NIET_GECONTRACTEERD, veenendaal.get("bepalingId").asString());
        assertThat(geweigerd.statusCode()).isEqualTo(409);
        assertThat(geweigerd.body()).contains("WOONPLAATSBEGINSEL").contains("GM0345");
        // Veenendaal's back office assigns it in Renswoude's casus: under Veenendaal's number and as the JW301's Afzender (TR332).
        String veenendaalBo = ApiCaller.token("bo-veenendaal", "backoffice", List.of("GM0345"));
        String metBepaling = ToewijzingIntegrationTest.specifiek(NIET_GECONTRACTEERD);
        metBepaling = metBepaling.substring(0, metBepaling.lastIndexOf('}')) + ", \"bepalingId\": \"" + veenendaal.get("bepalingId").asString() + "\"}";
        assertThat(api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(NIET_GECONTRACTEERD), veenendaalBo)
                .statusCode()).as("without the bepaling it is Renswoude's casus").isEqualTo(403);
        var doorVeenendaal = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", metBepaling, veenendaalBo);
        assertThat(doorVeenendaal.statusCode()).as(doorVeenendaal.body()).isEqualTo(201);
        JsonNode toewijzingElders = JSON.readTree(doorVeenendaal.body());
        assertThat(toewijzingElders.get("toewijzendeGemeente").asString()).isEqualTo("GM0345");
        assertThat(toewijzingElders.get("gemeenteCode").asString()).isEqualTo(RENSWOUDE);
        // The responsible municipality gives the client its JW301 needs (the casus's own back office may as well, below).
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""")), veenendaalBo);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        var jw301 = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + NIET_GECONTRACTEERD
                + "/toewijzingen/" + toewijzingElders.get("toewijzingId").asString() + "/jw301")).header("Accept", "application/xml, application/problem+json")
                .GET(), TestIssuer.get().zorgaanbiederToken("za", NIET_GECONTRACTEERD));
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        var xml = new nl.jeugdlink.routing.ijw.xml.IjwXml();
        assertThat(xml.schemafouten(jw301.body())).isEmpty();
        assertThat(xml.lees(jw301.body(), nl.jeugdlink.routing.ijw.xml.Jw301.class).header().afzender()).isEqualTo("0345");
        // Only the assigning municipality changes it; Renswoude's back office may not.
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingElders.get("toewijzingId").asString() + "/wijziging",
                "{\"einddatum\": \"2027-01-31\", \"redenWijziging\": \"05\"}", backoffice()).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingElders.get("toewijzingId").asString() + "/wijziging",
                "{\"einddatum\": \"2027-01-31\", \"redenWijziging\": \"05\"}", veenendaalBo).statusCode()).isEqualTo(201);
        // Need-to-know: Veenendaal's back office sees the toewijzing it made in Renswoude's casus, and nothing else of that casus.
        String doorVeenendaalId = toewijzingElders.get("toewijzingId").asString();
        var eigenToewijzing = wijsToe(GECONTRACTEERD, eigenId);
        assertThat(eigenToewijzing.statusCode()).as(eigenToewijzing.body()).isEqualTo(201);
        String vanRenswoude = JSON.readTree(eigenToewijzing.body()).get("toewijzingId").asString();
        assertThat(api().get("/api/v1/toewijzingen/" + doorVeenendaalId, veenendaalBo).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/v1/toewijzingen/" + vanRenswoude, veenendaalBo).statusCode()).isEqualTo(403);
        for (String pad : List.of("/api/v1/toewijzingen", "/api/v1/toewijzingen?casusId=" + casusId)) {
            var lijst = api().get(pad, veenendaalBo);
            assertThat(lijst.statusCode()).as(pad + " " + lijst.body()).isEqualTo(200);
            assertThat(JSON.readTree(lijst.body()).get("toewijzingen").valueStream().map(t -> t.get("toewijzingId").asString()).toList())
                    .as(pad).containsExactly(doorVeenendaalId);
        }
        assertThat(JSON.readTree(api().get("/api/v1/toewijzingen?casusId=" + casusId, backoffice()).body()).get("toewijzingen"))
                .as("the casus's municipality sees both").hasSize(2);
        String andereCasus = CasusGeopendMother.bekendeCasus(kafka, casussen, RENSWOUDE);
        assertThat(api().get("/api/v1/toewijzingen?casusId=" + andereCasus, veenendaalBo).statusCode()).isEqualTo(403);
        assertThat(api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + andereCasus + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""")), veenendaalBo)
                .statusCode()).as("nor the client of a casus no bepaling makes it responsible for").isEqualTo(403);
        // A municipality neither owning the casus nor named by a bepaling does not give its client; the casus's own back office does.
        String edeBo = ApiCaller.token("bo-ede", "backoffice", List.of("GM0228"));
        for (var geval : java.util.Map.of(edeBo, 403, backoffice(), 204).entrySet()) {
            assertThat(api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                            {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""")), geval.getKey())
                    .statusCode()).isEqualTo(geval.getValue());
        }
        var fout = bepaal(woonplaats(bepaling(GECONTRACTEERD), "Ede"), jeugdbeschermer());
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("woonplaatsbeginselGemeente");

        var events = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .filter(r -> casusId.equals(r.key()) && nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_BEPAALD.type()
                        .equals(KafkaProbe.header(r, "ce_type"))).count() >= 2).stream()
                .filter(r -> casusId.equals(r.key()) && nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_BEPAALD.type()
                        .equals(KafkaProbe.header(r, "ce_type"))).map(r -> JSON.readTree(r.value())).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("bepalingId").asString()).isEqualTo(eigenId);
        assertThat(events.get(0).get("verantwoordelijkeGemeente").asString()).isEqualTo(RENSWOUDE);
        assertThat(events.get(0).get("gecontracteerd").asBoolean()).isTrue();
        assertThat(events.get(1).get("verantwoordelijkeGemeente").asString()).isEqualTo("GM0345");
        assertThat(events.get(1).get("gemeenteCode").asString()).isEqualTo(RENSWOUDE);
        String toegewezenType = nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_TOEGEWEZEN.type();
        JsonNode toegewezen = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .anyMatch(r -> casusId.equals(r.key()) && toegewezenType.equals(KafkaProbe.header(r, "ce_type")))).stream()
                .filter(r -> casusId.equals(r.key()) && toegewezenType.equals(KafkaProbe.header(r, "ce_type"))).map(r -> JSON.readTree(r.value()))
                .findFirst().orElseThrow();
        assertThat(toegewezen.get("toewijzendeGemeente").asString()).isEqualTo("GM0345");
        assertThat(toegewezen.get("gemeenteCode").asString()).as("the casus's: its traject and region").isEqualTo(RENSWOUDE);
        // The provider declines Veenendaal's toewijzing: the decline names Veenendaal, whose back office hears of it.
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingElders.get("toewijzingId").asString() + "/afwijzing",
                "{\"grond\": \"GEEN_TIJDIGE_HULP\", \"reden\": \"WACHTLIJST\"}", TestIssuer.get().zorgaanbiederToken("za", NIET_GECONTRACTEERD))
                .statusCode()).isEqualTo(201);
        String afwijzingType = nl.jeugdlink.contracts.routing.RoutingEvents.ZORGAANBIEDER_AFWIJZING.type();
        JsonNode afwijzing = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .anyMatch(r -> casusId.equals(r.key()) && afwijzingType.equals(KafkaProbe.header(r, "ce_type")))).stream()
                .filter(r -> casusId.equals(r.key()) && afwijzingType.equals(KafkaProbe.header(r, "ce_type"))).map(r -> JSON.readTree(r.value()))
                .findFirst().orElseThrow();
        assertThat(afwijzing.get("toewijzendeGemeente").asString()).isEqualTo("GM0345");
        assertThat(afwijzing.get("gemeenteCode").asString()).isEqualTo(RENSWOUDE);
    }

    @Test
    void theStep1ConsultationAndTheToewijzingUnderTheBepalingArePublished_forTheRouteTermsOfBouwsteen5() {
        String metOverleg = bepaling(GECONTRACTEERD).replace("\"verwezenNaarLokaalTeamOp\": \"2026-11-20\"",
                "\"verwezenNaarLokaalTeamOp\": \"2026-11-20\", \"lokaalTeamGeraadpleegdOp\": \"2026-11-16\"");
        var bepaald = bepaal(metOverleg, jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        String bepalingId = JSON.readTree(bepaald.body()).get("bepalingId").asString();
        assertThat(JSON.readTree(bepaald.body()).get("lokaalTeamGeraadpleegdOp").asString()).isEqualTo("2026-11-16");
        var toegewezen = wijsToe(GECONTRACTEERD, bepalingId);
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        var naVerwijzing = bepaal(metOverleg.replace("2026-11-16", "2026-11-21"), jeugdbeschermer());
        assertThat(naVerwijzing.statusCode()).isEqualTo(400);
        assertThat(naVerwijzing.body()).contains("lokaalTeamGeraadpleegdOp").contains("voor-verwijzing");

        String bepaaldType = nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_BEPAALD.type();
        String toegewezenType = nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_TOEGEWEZEN.type();
        var events = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .filter(r -> casusId.equals(r.key()) && List.of(bepaaldType, toegewezenType).contains(KafkaProbe.header(r, "ce_type"))).count() >= 2)
                .stream().filter(r -> casusId.equals(r.key())).toList();
        JsonNode bepaling = events.stream().filter(r -> bepaaldType.equals(KafkaProbe.header(r, "ce_type"))).map(r -> JSON.readTree(r.value()))
                .findFirst().orElseThrow();
        JsonNode toewijzing = events.stream().filter(r -> toegewezenType.equals(KafkaProbe.header(r, "ce_type"))).map(r -> JSON.readTree(r.value()))
                .findFirst().orElseThrow();
        assertThat(bepaling.get("lokaalTeamGeraadpleegdOp").asString()).isEqualTo("2026-11-16");
        assertThat(toewijzing.get("bepalingId").asString()).isEqualTo(bepalingId);
        assertThat(toewijzing.get("volgensBepaling").asBoolean()).isTrue();
        assertThat(toewijzing.get("jw301Identificatie").asString()).isEqualTo("T" + toewijzing.get("toewijzingNummer").asLong());
    }

    @Test
    void theStepsAfterADeclineNameTheYouthProtectorsGi_whoseTeamLeaderTheRouteTermsReachFirst() {
        String jbMetGi = TestIssuer.get().token("jb-gi-renswoude", List.of("jeugdbeschermer"), List.of(RENSWOUDE), "GI_GELDERLAND");
        var bepaald = bepaal(bepaling(GECONTRACTEERD), jbMetGi);
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        var toegewezen = wijsToe(GECONTRACTEERD, JSON.readTree(bepaald.body()).get("bepalingId").asString());
        String toewijzingId = JSON.readTree(toegewezen.body()).get("toewijzingId").asString();
        String pad = "/api/v1/toewijzingen/" + toewijzingId + "/afwijzing";
        assertThat(api().post(pad, "{\"grond\": \"GEEN_PASSENDE_HULP\", \"reden\": \"GEEN_PLAATS\"}",
                TestIssuer.get().zorgaanbiederToken("za", GECONTRACTEERD)).statusCode()).isEqualTo(201);
        assertThat(api().post(pad + "/zoektocht", "{\"route\": \"RET\"}", jbMetGi).statusCode()).isEqualTo(201);
        assertThat(api().post(pad + "/zoektocht/bespreking", "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}", jbMetGi).statusCode()).isEqualTo(201);

        var typen = List.of(nl.jeugdlink.contracts.routing.RoutingEvents.ZORGAANBIEDER_AFWIJZING.type(),
                nl.jeugdlink.contracts.routing.RoutingEvents.ZOEKTOCHT_INGESCHAKELD.type(), nl.jeugdlink.contracts.routing.RoutingEvents.RET_BESPROKEN.type(),
                nl.jeugdlink.contracts.routing.RoutingEvents.JEUGDHULP_BEPAALD.type());
        var events = kafka.read(nl.jeugdlink.contracts.routing.RoutingEvents.TOPIC, java.time.Duration.ofSeconds(30), rs -> rs.stream()
                .filter(r -> casusId.equals(r.key()) && typen.contains(KafkaProbe.header(r, "ce_type"))).count() >= 4).stream()
                .filter(r -> casusId.equals(r.key()) && typen.contains(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(events).hasSize(4);
        for (var r : events) {
            JsonNode e = JSON.readTree(r.value());
            assertThat(e.get("giOrganisatie").asString()).as(KafkaProbe.header(r, "ce_type")).isEqualTo("GI_GELDERLAND");
            assertThat(e.get("jeugdbeschermerId").asString()).isEqualTo("jb-gi-renswoude");
            if (nl.jeugdlink.contracts.routing.RoutingEvents.ZORGAANBIEDER_AFWIJZING.type().equals(KafkaProbe.header(r, "ce_type"))) {
                assertThat(e.get("toewijzendeGemeente").asString()).as("the casus's own back office assigned it").isEqualTo(RENSWOUDE);
            }
        }
    }

    @Test
    void namesEveryBrokenRuleOfTheCareAndTheBepalingAtOnce() {
        var fout = bepaal("""
                {"voorkeursAanbieder": "123", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-12-01",
                 "einddatum": "2027-05-31", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"},
                 "evaluatiemomenten": ["2027-08-01"]}""", jeugdbeschermer());
        var zonderMomenten = bepaal(bepaling(GECONTRACTEERD).replace("\"2027-02-01\", \"2027-05-15\"", ""), jeugdbeschermer());

        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("agbCode");
        assertThat(zonderMomenten.statusCode()).isEqualTo(400);
        assertThat(zonderMomenten.body()).contains("evaluatiemomenten");
        var buitenPeriode = bepaal(bepaling(GECONTRACTEERD).replace("2027-05-15", "2027-08-01").replace(", \"verwezenNaarLokaalTeamOp\": \"2026-11-20\"", ""),
                jeugdbeschermer());
        assertThat(buitenPeriode.statusCode()).isEqualTo(400);
        assertThat(buitenPeriode.body()).contains("evaluatiemomenten[1]").contains("binnen-periode").contains("verwezenNaarLokaalTeamOp");
    }

    @Test
    void onlyTheMunicipalitysYouthProtectorOrLocalTeamDecidesAndCareProvidersReadNothing() {
        assertThat(bepaal(bepaling(GECONTRACTEERD), ApiCaller.token("jb-vnd", "jeugdbeschermer", List.of("GM0345"))).statusCode()).isEqualTo(403);
        assertThat(bepaal(bepaling(GECONTRACTEERD), backoffice()).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/casussen/" + casusId + "/bepalingen", TestIssuer.get().zorgaanbiederToken("za", GECONTRACTEERD)).statusCode())
                .isEqualTo(403);
    }
}
