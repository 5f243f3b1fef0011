package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluations over the API against a real broker and store: the region's moments with their purpose, two evaluations
 * with minutes (events fit their schemas and carry no minutes; minutes stored encrypted), and after the last moment more
 * help only with a new analysis and plan.
 */
@JeugdLinkIntegrationTest
class EvaluatieIntegrationTest {

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

    private static String vandaag() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    private List<ConsumerRecord<String, byte[]>> published(String casusId, EventType type, int atLeast) {
        return kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream().filter(r -> casusId.equals(r.key())
                && type.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= atLeast).stream()
                .filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    @Test
    void twoEvaluationsWithMinutesAndAfterTheLastMomentMoreHelpOnlyWithANewAnalysisAndPlan() {
        String casusId = casusMetRegisseur();
        String evaluaties = "/api/v1/casussen/" + casusId + "/evaluaties";

        var drie = api().post(evaluaties, "{\"maanden\": 3, \"gehoudenOp\": \"%s\", \"vervolg\": \"DOORGAAN\"}".formatted(vandaag()), REGISSEUR);
        var negen = api().post(evaluaties, "{\"maanden\": 9, \"gehoudenOp\": \"%s\", \"vervolg\": \"DOORGAAN\"}".formatted(vandaag()), REGISSEUR);
        var vier = api().post(evaluaties, "{\"maanden\": 4, \"gehoudenOp\": \"%s\", \"vervolg\": \"DOORGAAN\"}".formatted(vandaag()), REGISSEUR);
        var nogmaals = api().post(evaluaties, "{\"maanden\": 3, \"gehoudenOp\": \"%s\", \"vervolg\": \"DOORGAAN\"}".formatted(vandaag()), REGISSEUR);
        assertThat(List.of(drie, negen)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(vier.statusCode()).isEqualTo(400);
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        for (var evaluatie : List.of(drie, negen)) {
            String id = JSON.readTree(evaluatie.body()).get("id").asText();
            var verslag = api().post(evaluaties + "/" + id + "/verslag", "{\"verslag\": \"Moeder en Sam vertellen dat de avonden rustig zijn\"}",
                    REGISSEUR);
            assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        }

        JsonNode stand = JSON.readTree(api().get(evaluaties, TEAMLEIDER).body());
        assertThat(stand.get("momenten").valueStream().map(m -> m.get("maanden").asInt())).containsExactly(3, 6, 9);
        assertThat(stand.get("momenten").get(0).get("doel").asText()).contains("Werkt het plan");
        assertThat(stand.get("momenten").get(0).get("evaluatie").get("verslag").asText()).contains("avonden rustig");
        assertThat(stand.get("momenten").get(1).get("evaluatie").isNull()).isTrue();
        assertThat(stand.get("nodigVoorVervolg").valueStream().map(JsonNode::asText)).containsExactly("risicotaxatie", "plan");

        String hulp = "{\"ingezetOp\": \"" + Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS) + "\"}";
        var teVroeg = api().post("/api/v1/casussen/" + casusId + "/hulp", hulp, REGISSEUR);
        assertThat(teVroeg.statusCode()).as(teVroeg.body()).isEqualTo(409);
        assertThat(JSON.readTree(teVroeg.body()).get("regel").asText()).isEqualTo("nieuweAnalyseEnPlan");
        assertThat(api().post("/api/v1/casussen/" + casusId + "/risicotaxaties", "{\"instrument\": \"LIRIK\", \"uitkomst\": \"Lager risico\", \"datum\": \"%s\", \"uitgevoerdDoor\": \"st-ede-0017\"}"
                .formatted(vandaag()), REGISSEUR).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/casussen/" + casusId + "/plan", CasusVerdiepingMother.plan(Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString()),
                REGISSEUR).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/casussen/" + casusId + "/hulp", hulp, REGISSEUR).statusCode()).isEqualTo(201);

        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .contains("verslagVersleuteld").doesNotContain("avonden rustig");
        for (EventType type : List.of(CaseEvents.EVALUATIE_GEHOUDEN, CaseEvents.EVALUATIEVERSLAG_VASTGELEGD)) {
            assertThat(published(casusId, type, 2)).hasSize(2).allSatisfy(r -> {
                String payload = new String(r.value(), StandardCharsets.UTF_8);
                assertThat(SchemaCheck.violations(type, payload)).as(payload).isEmpty();
                assertThat(payload).doesNotContain("rustig");
            });
        }
    }
}
