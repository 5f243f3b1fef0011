package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.ApiCaller;
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
 * Risk and safety over the API against a real broker and store: two versions of the safety plan with the child's safety
 * moving 3 -> 6, the current plan one read away, the scores as a series; texts stored encrypted and absent from the
 * published event, which fits its schema; every broken field named at once.
 */
@JeugdLinkIntegrationTest
class VeiligheidIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String TEAMLEIDER = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", EDE);
    private static final String REGISSEUR = ApiCaller.token("st-ede-0017", "regisseur", EDE);

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private String casusMetRegisseur() {
        return AanmeldingGescreendMother.openCasusMetRegisseur(kafka, casussen, port, TEAMLEIDER, "st-ede-0017");
    }

    static String plan(int kindOuder, int kindProfessional) {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        return """
                {"watGaatGoed": "Oma Jansen past elke middag op", "zorgen": "Ruzies tussen de ouders in de avond", "watIsNodig": "Rust in huis",
                 "veiligheidKind": {"scoreOuder": %d, "scoreProfessional": %d, "toelichting": "Sinds vader elders slaapt is het rustiger"},
                 "veiligheidOuders": {"scoreOuder": 5, "scoreProfessional": 4, "toelichting": "Moeder voelt zich gesteund"},
                 "afsprakenKorteTermijn": "Vader slaapt bij zijn broer", "afsprakenLangeTermijn": "Relatietherapie",
                 "wieDoetWat": [{"afspraak": "Belt dagelijks", "naam": "Oma Jansen", "contact": "06-12345678"}],
                 "toezicht": {"naam": "st-ede-0017", "telefoon": "0318-123456"}, "contactfrequentie": "wekelijks op dinsdag",
                 "geldigVan": "%s", "geldigTot": "%s", "gevolgBijNietNakomen": "Melding bij Veilig Thuis", "eersteEvaluatie": "%s",
                 "ondertekeningen": [{"naam": "Moeder", "rol": "OUDER", "getekendOp": "%s"}, {"naam": "st-ede-0017", "rol": "HULPVERLENER", "getekendOp": "%s"}]}"""
                .formatted(kindOuder, kindProfessional, vandaag, vandaag.plusMonths(3), vandaag.plusWeeks(4), vandaag, vandaag);
    }

    @Test
    void aSafetyPlanInTwoVersionsWithTheScoresMovingAsASeriesAndItsTextsNeverInTheEvent() {
        String casusId = casusMetRegisseur();
        String plannen = "/api/v1/casussen/" + casusId + "/veiligheidsplannen";

        var eerste = api().post(plannen, plan(3, 3), REGISSEUR);
        var tweede = api().post(plannen, plan(6, 5), REGISSEUR);
        var taxatie = api().post("/api/v1/casussen/" + casusId + "/risicotaxaties",
                "{\"instrument\": \"ARIJ\", \"uitkomst\": \"Verhoogd risico, beschermende factor oma\", \"datum\": \"%s\", \"uitgevoerdDoor\": \"vt-0107\"}"
                        .formatted(LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1)), REGISSEUR);

        assertThat(List.of(eerste, tweede, taxatie)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(tweede.headers().firstValue("Location")).hasValue(plannen + "/2");
        JsonNode huidig = JSON.readTree(api().get(plannen + "/huidig", TEAMLEIDER).body());
        assertThat(huidig.get("versie").asInt()).isEqualTo(2);
        assertThat(huidig.get("huidig").asBoolean()).isTrue();
        assertThat(huidig.get("veiligheidKind").get("scoreOuder").asInt()).isEqualTo(6);
        assertThat(huidig.get("wieDoetWat").get(0).get("naam").asText()).isEqualTo("Oma Jansen");
        assertThat(JSON.readTree(api().get(plannen + "/1", REGISSEUR).body()).get("huidig").asBoolean()).isFalse();
        JsonNode reeks = JSON.readTree(api().get("/api/v1/casussen/" + casusId + "/veiligheidsscores", REGISSEUR).body());
        assertThat(reeks.valueStream().map(p -> p.get("versie").asInt() + ":" + p.get("veiligheidKindOuder").asInt())).containsExactly("1:3", "2:6");
        assertThat(JSON.readTree(api().get("/api/v1/casussen/" + casusId + "/risicotaxaties", REGISSEUR).body()).get(0).get("uitkomst").asText())
                .contains("beschermende factor");

        String opgeslagen = mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson();
        assertThat(opgeslagen).contains("tekstenVersleuteld", "uitkomstVersleuteld").doesNotContain("Oma Jansen").doesNotContain("beschermende");

        var events = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> casusId.equals(r.key())
                && CaseEvents.VEILIGHEIDSPLAN_VASTGESTELD.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= 2).stream()
                .filter(r -> casusId.equals(r.key()) && CaseEvents.VEILIGHEIDSPLAN_VASTGESTELD.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(events).hasSize(2).allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(SchemaCheck.violations(CaseEvents.VEILIGHEIDSPLAN_VASTGESTELD, payload)).as(payload).isEmpty();
            assertThat(payload).doesNotContain("Oma").doesNotContain("Ruzies").doesNotContain("Moeder");
        });
        assertThat(events).extracting(r -> JSON.readTree(r.value()).get("veiligheidKind").get("scoreOuder").asInt()).containsExactly(3, 6);
    }

    @Test
    void aSafetyPlanNamesEveryBrokenFieldAndRuleAndOnlyTheInvolvedSeeIt() {
        String casusId = casusMetRegisseur();
        String plannen = "/api/v1/casussen/" + casusId + "/veiligheidsplannen";

        var teHoog = api().post(plannen, plan(11, 3), REGISSEUR);
        var zonderOuder = api().post(plannen, plan(3, 3).replace("\"rol\": \"OUDER\"", "\"rol\": \"HULPVERLENER\""), REGISSEUR);
        var buitenstaander = api().get(plannen, ApiCaller.token("st-ede-9999", "regisseur", EDE));
        var geenPlan = api().get(plannen + "/huidig", REGISSEUR);

        assertThat(teHoog.statusCode()).as(teHoog.body()).isEqualTo(400);
        assertThat(JSON.readTree(teHoog.body()).get("invalidParams").valueStream().map(p -> p.get("name").asText()))
                .contains("veiligheidKind.scoreOuder");
        assertThat(zonderOuder.statusCode()).as(zonderOuder.body()).isEqualTo(400);
        assertThat(JSON.readTree(zonderOuder.body()).get("invalidParams").valueStream().map(p -> p.get("code").asText()))
                .containsExactly("ondertekendDoorOuder");
        assertThat(buitenstaander.statusCode()).isEqualTo(403);
        assertThat(geenPlan.statusCode()).isEqualTo(404);
    }
}
