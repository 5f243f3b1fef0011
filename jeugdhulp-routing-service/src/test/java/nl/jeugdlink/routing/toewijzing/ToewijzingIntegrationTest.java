package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Assigning care and reading it back, against the running service with a real broker and store. */
@JeugdLinkIntegrationTest
class ToewijzingIntegrationTest {

    static final String EDE = "GM0228";
    static final String VEENENDAAL = "GM0345";
    static final String AGB_A = "98000011";
    static final String AGB_B = "98000022";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    StoreQueries queries;

    @Autowired
    MongoTemplate mongo;

    private final KafkaProbe kafka = new KafkaProbe();

    static String specifiek(String agb) {
        return """
                {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-12-01", "einddatum": "2027-05-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(agb);
    }

    static String backoffice(String gemeente) {
        return ApiCaller.token("bo-" + gemeente, "backoffice", List.of(gemeente));
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private JsonNode wijsToe(String casusId, String body) {
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", body, backoffice(EDE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode auditVan(String casusId) {
        var response = api().get("/api/v1/audit-records?betreft=" + casusId, ApiCaller.token("beheer-1", "beheerder", List.of(EDE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> regels(String body) {
        List<String> regels = new ArrayList<>();
        JSON.readTree(body).get("invalidParams").forEach(p -> regels.add(p.get("name").asString() + ":" + p.get("code").asString()));
        return regels;
    }

    @Test
    void assignsNoCareInAClosedCasus() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        wijsToe(casusId, specifiek(AGB_A));
        CasusGeopendMother.send(kafka, CasusGeopendMother.afgesloten(casusId));
        await().atMost(PATIENCE).until(() -> casussen.find(casusId).orElseThrow().afgeslotenOp() != null);

        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", specifiek(AGB_B), backoffice(EDE));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("regel").asString()).isEqualTo("CASUS_AFGESLOTEN");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("afgesloten op 2027-05-03");
        // What was assigned before the closure stays readable.
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen()).hasSize(1);
    }

    @Test
    void assignsCareAndPublishesJeugdhulpToegewezenKeyedByTheCasusWithItsCloudEventsHeadersAndASchemaValidPayload() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);

        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", specifiek(AGB_A), backoffice(EDE));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode toewijzing = JSON.readTree(response.body());
        String toewijzingId = toewijzing.get("toewijzingId").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/toewijzingen/" + toewijzingId);
        assertThat(toewijzing.get("toewijzingNummer").asLong()).isPositive();
        assertThat(toewijzing.get("gemeenteCode").asString()).isEqualTo(EDE);
        assertThat(toewijzing.get("toegewezenDoor").asString()).isEqualTo("bo-" + EDE);

        List<ConsumerRecord<String, byte[]>> published = kafka.read(RoutingEvents.TOPIC, PATIENCE,
                records -> records.stream().anyMatch(r -> casusId.equals(r.key()))).stream().filter(r -> casusId.equals(r.key())).toList();
        assertThat(published).hasSize(1);
        var record = published.getFirst();
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(casusId);
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("urn:nld:jeugdlink:foodvalley:jeugdhulp-routing-service");
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(record, "ce_dataschema")).isEqualTo("https://jeugdlink.nl/schemas/nl.jeugdlink.routing.jeugdhulp-toegewezen.v1.json");
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.JEUGDHULP_TOEGEWEZEN, payload)).isEmpty();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("toewijzingId").asString()).isEqualTo(toewijzingId);
        assertThat(event.get("toewijzingNummer").asLong()).isEqualTo(toewijzing.get("toewijzingNummer").asLong());
        assertThat(event.get("agbCode").asString()).isEqualTo(AGB_A);
        assertThat(event.get("omvang").get("eenheid").asString()).isEqualTo("04");
        assertThat(event.get("budget").isNull()).isTrue();
    }

    @Test
    void refusesContentThatBreaksTheJw301RulesNamingFieldAndRuleAndStoresNothing() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);

        var beide = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", """
                {"agbCode": "98000011", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-12-01", "einddatum": "2027-05-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}, "budget": 10000}""", backoffice(EDE));
        var verkeerd = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", """
                {"agbCode": "1234", "product": {"categorie": "99"}, "ingangsdatum": "2026-12-01", "einddatum": "2026-11-30"}""", backoffice(EDE));
        var geenDatum = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", """
                {"agbCode": "98000011", "ingangsdatum": "morgen", "budget": 5000}""", backoffice(EDE));

        assertThat(beide.statusCode()).isEqualTo(400);
        assertThat(beide.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(regels(beide.body())).containsExactlyInAnyOrder("omvang:CD077", "budget:CD078");
        assertThat(verkeerd.statusCode()).isEqualTo(400);
        assertThat(regels(verkeerd.body())).containsExactlyInAnyOrder("agbCode:pattern", "product.categorie:JZ020", "einddatum:CS003");
        assertThat(geenDatum.statusCode()).isEqualTo(400);
        assertThat(regels(geenDatum.body())).containsExactly("ingangsdatum:type");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen()).isEmpty();
    }

    @Test
    void refusesStackingTheSameProductAtTheSameProviderWith409Tr302() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        wijsToe(casusId, specifiek(AGB_A));

        var tweede = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", specifiek(AGB_A), backoffice(EDE));

        assertThat(tweede.statusCode()).as(tweede.body()).isEqualTo(409);
        assertThat(JSON.readTree(tweede.body()).get("regel").asString()).isEqualTo("TR302");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen()).hasSize(1);
    }

    @Test
    void answersACasusTheRoutingDoesNotKnowYetWith404SayingSo() {
        var response = api().post("/api/v1/casussen/" + java.util.UUID.randomUUID() + "/toewijzingen", specifiek(AGB_A), backoffice(EDE));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains("(nog) niet bekend");
    }

    @Test
    void refusesTheBackOfficeOfAnotherMunicipalityAndAuditsTheRefusal() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);

        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", specifiek(AGB_A), backoffice(VEENENDAAL));

        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode refusal = auditVan(casusId).get(0);
        assertThat(refusal.get("resultaat").asString()).isEqualTo("GEWEIGERD");
        assertThat(refusal.get("categorie").asString()).isEqualTo("toewijzing");
        assertThat(refusal.get("gebruikerId").asString()).isEqualTo("bo-" + VEENENDAAL);
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen()).isEmpty();
    }

    @Test
    void drawsAToewijzingNummerThatIsUniqueWithinTheMunicipalityUnderConcurrentPosts() throws Exception {
        List<String> casusIds = List.of(CasusGeopendMother.bekendeCasus(kafka, casussen, EDE), CasusGeopendMother.bekendeCasus(kafka, casussen, EDE),
                CasusGeopendMother.bekendeCasus(kafka, casussen, EDE));
        List<Callable<JsonNode>> posts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String casusId = casusIds.get(i % casusIds.size());
            String agb = "98%06d".formatted(100 + i);
            posts.add(() -> wijsToe(casusId, specifiek(agb)));
        }

        List<Long> nummers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (Future<JsonNode> f : pool.invokeAll(posts)) {
                nummers.add(f.get().get("toewijzingNummer").asLong());
            }
        }

        assertThat(new HashSet<>(nummers)).hasSize(24);
        Set<Long> opgeslagen = new HashSet<>();
        casusIds.forEach(id -> casussen.find(id).orElseThrow().toewijzingen().forEach(t -> opgeslagen.add(t.toewijzingNummer())));
        assertThat(opgeslagen).containsExactlyInAnyOrderElementsOf(nummers);
    }

    @Test
    void aCareProviderSeesOnlyWhatIsAddressedToItsOwnAgbCode() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String vanA = wijsToe(casusId, specifiek(AGB_A)).get("toewijzingId").asString();
        String vanB = wijsToe(casusId, specifiek(AGB_B)).get("toewijzingId").asString();
        String a = TestIssuer.get().zorgaanbiederToken("za-a", AGB_A);
        String b = TestIssuer.get().zorgaanbiederToken("za-b", AGB_B);

        var lijstA = JSON.readTree(api().get("/api/v1/toewijzingen?pageSize=200", a).body());
        var inCasusA = api().get("/api/v1/toewijzingen?casusId=" + casusId, a);
        var eigen = api().get("/api/v1/toewijzingen/" + vanA, a);
        var vanEenAnder = api().get("/api/v1/toewijzingen/" + vanA, b);
        var onbekend = api().get("/api/v1/toewijzingen/" + java.util.UUID.randomUUID(), b);

        List<String> agbs = new ArrayList<>();
        lijstA.get("toewijzingen").forEach(t -> agbs.add(t.get("agbCode").asString()));
        assertThat(agbs).isNotEmpty().containsOnly(AGB_A);
        List<String> idsA = new ArrayList<>();
        JSON.readTree(inCasusA.body()).get("toewijzingen").forEach(t -> idsA.add(t.get("toewijzingId").asString()));
        assertThat(idsA).containsExactly(vanA).doesNotContain(vanB);
        assertThat(eigen.statusCode()).isEqualTo(200);
        // Another provider's toewijzing is answered exactly like one that does not exist.
        assertThat(vanEenAnder.statusCode()).isEqualTo(404);
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(vanEenAnder.body()).get("title").asString()).isEqualTo(JSON.readTree(onbekend.body()).get("title").asString());

        List<String> trail = new ArrayList<>();
        auditVan(casusId).forEach(r -> trail.add(r.get("gebruikerId").asString() + " " + r.get("actie").asString() + " "
                + r.get("resultaat").asString() + " " + r.get("categorie").asString()));
        assertThat(trail).contains("bo-GM0228 AANMAKEN TOEGESTAAN toewijzing", "za-a LEZEN TOEGESTAAN toewijzing",
                "za-b LEZEN GEWEIGERD toewijzing");
    }

    @Test
    void assigningAndReadingAToewijzingByItsIdReadsAndWritesByIdOnly() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        long mark = queries.mark();

        String toewijzingId = wijsToe(casusId, specifiek(AGB_A)).get("toewijzingId").asString();
        var eigen = api().get("/api/v1/toewijzingen/" + toewijzingId, TestIssuer.get().zorgaanbiederToken("za-a", AGB_A));
        var onbekend = api().get("/api/v1/toewijzingen/" + java.util.UUID.randomUUID(), TestIssuer.get().zorgaanbiederToken("za-a", AGB_A));

        assertThat(eigen.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(eigen.body()).get("toewijzingId").asString()).isEqualTo(toewijzingId);
        assertThat(onbekend.statusCode()).isEqualTo(404);
        assertThat(queries.scanning(mongo, mark, Set.of("casussen", "toewijzing_sleutels", "toewijzingsnummers", "audit", "audit_hoofd")))
                .as("the toewijzing, its key, its number and the audit by _id only").isEmpty();
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("toewijzing_sleutels"));
    }

    @Test
    void refusesAZorgaanbiederTokenWithoutAnAgbClaim() {
        String zonder = TestIssuer.get().token("za-zonder", List.of("zorgaanbieder"), List.of(EDE), "ZORGAANBIEDER");

        assertThat(api().get("/api/v1/toewijzingen", zonder).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/toewijzingen/" + java.util.UUID.randomUUID(), zonder).statusCode()).isEqualTo(403);
    }

    @Test
    void pagesTheBackOfficesListOfOneCasusNewestFirst() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        wijsToe(casusId, specifiek(AGB_A));
        String laatste = wijsToe(casusId, specifiek(AGB_B)).get("toewijzingId").asString();

        var eerste = JSON.readTree(api().get("/api/v1/toewijzingen?casusId=" + casusId + "&pageSize=1", backoffice(EDE)).body());
        var fout = api().get("/api/v1/toewijzingen?page=0&pageSize=500", backoffice(EDE));

        assertThat(eerste.get("toewijzingen")).hasSize(1);
        assertThat(eerste.get("toewijzingen").get(0).get("toewijzingId").asString()).isEqualTo(laatste);
        assertThat(eerste.get("page").get("totalElements").asLong()).isEqualTo(2);
        assertThat(eerste.get("page").get("totalPages").asLong()).isEqualTo(2);
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(regels(fout.body())).containsExactlyInAnyOrder("page:min", "pageSize:max");
    }
}
