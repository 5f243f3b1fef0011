package nl.jeugdlink.escalatie.escalatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.escalatie.termijn.TrajectEventsMother;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Need-to-know on escalations, every cell of docs/autorisatiematrix.md's "escalation-service: need-to-know"
 * table against the running service: one situation-1 escalation of a casus of Ede, opened, stepped, ended,
 * the family informed and minutes written each by another person, and per cell that person (or someone not
 * involved) reading it with the row's role.
 */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalatieInzageIntegrationTest {

    private static final String EDE = "GM0228";
    private static final String ANDERE = "GM0345";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** Per column of the table, who is asking. */
    private static final Map<String, String> WIE = Map.of(
            "opende haar", "inzage-opende-" + RUN,
            "zette een stap", "inzage-stap-" + RUN,
            "rondde een stap af", "inzage-afronding-" + RUN,
            "informeerde het gezin", "inzage-gezin-" + RUN,
            "stelde een verslag op", "inzage-verslag-" + RUN,
            "deelnemer aan een overleg", "inzage-deelnemer-" + RUN,
            "niet betrokken", "inzage-niemand-" + RUN,
            "andere gemeente", "inzage-opende-" + RUN);

    @LocalServerPort
    int port;

    @Autowired
    Trajecten trajecten;

    @Autowired
    MongoTemplate mongo;

    private final TrajectEventsMother traject = TrajectEventsMother.inEde();
    private String escalatieId = "";

    @BeforeAll
    void eenEscalatieMetZesBetrokkenen() {
        KafkaProbe kafka = new KafkaProbe();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        traject.casusGeopend().send(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vindMetCasus(traject.casusId).isPresent());
        var geopend = post(basis(), "{\"situatie\": 1, \"partijen\": [\"LOKAAL_TEAM\", \"GECERTIFICEERDE_INSTELLING\"]}",
                token("opende haar", "regisseur", EDE));
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        escalatieId = JSON.readTree(geopend.body()).path("escalatieId").asString();
        String een = basis() + "/" + escalatieId;
        assertThat(post(een + "/stappen", "{\"stap\": 1}", token("zette een stap", "jeugdbeschermer", EDE)).statusCode()).isEqualTo(201);
        assertThat(post(een + "/stappen/1/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", token("rondde een stap af", "gedragswetenschapper", EDE))
                .statusCode()).isEqualTo(200);
        assertThat(post(een + "/gezinsinformatie", "{\"moment\": \"VOORAF\"}", token("informeerde het gezin", "jeugdlink-professional", EDE))
                .statusCode()).isEqualTo(201);
        var verslag = post(een + "/verslagen", "{\"stap\": 1, \"vergaderdOp\": \"2026-06-02\", \"deelnemers\": [\"" + WIE.get("deelnemer aan een overleg")
                + "\"], \"tekst\": \"Visies verschillen.\"}", token("stelde een verslag op", "regisseur", EDE));
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.relationRowsFor("escalation-service").stream()
                .flatMap(row -> row.cells().entrySet().stream().map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cells")
    void answersAsTheNeedToKnowTableSays(AuthorisationMatrix.RelationRow row, String relatie, boolean ja) {
        assertThat(WIE).as("the table's column " + relatie).containsKey(relatie);
        String token = token(relatie, row.rol(), relatie.equals("andere gemeente") ? ANDERE : EDE);

        if (row.path().endsWith("/escalaties")) {
            var lijst = api().get(basis(), token);
            if (relatie.equals("andere gemeente")) {
                assertThat(lijst.statusCode()).isEqualTo(403);
                return;
            }
            assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
            List<String> ids = JSON.readTree(lijst.body()).path("escalaties").valueStream().map(e -> e.path("escalatieId").asString()).toList();
            assertThat(ids.contains(escalatieId)).as(lijst.body()).isEqualTo(ja);
        } else {
            var een = api().get(basis() + "/" + escalatieId, token);
            assertThat(een.statusCode()).as(een.body()).isEqualTo(ja ? 200 : 403);
            if (!ja) {
                assertThat(een.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(een.body()).doesNotContain("Visies verschillen");
            }
        }
    }

    @Test
    void theMunicipalContactFollowsAnEscalationOfItsMunicipalityFromStepThreeAndNotBeforeNorOfAnotherMunicipality() {
        String contact = ApiCaller.token("inzage-contact-" + RUN, "gemeentelijk-contactpersoon", List.of(EDE));
        String opener = ApiCaller.token("inzage-bestuur-" + RUN, "regisseur", List.of(EDE));
        String manager = ApiCaller.token("inzage-manager-" + RUN, "teamleider", List.of(EDE));
        var geopend = post(basis(), "{\"situatie\": 2, \"partijen\": [\"GEMEENTE\"]}", opener);
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        String id = JSON.readTree(geopend.body()).path("escalatieId").asString();
        assertThat(post(basis() + "/" + id + "/stappen", "{\"stap\": 2}", opener).statusCode()).isEqualTo(201);

        // At step 2 it is the managers' and the professionals': not the contact's.
        assertThat(ids(api().get(basis(), contact).body())).doesNotContain(id).doesNotContain(escalatieId);
        var teVroeg = api().get(basis() + "/" + id, contact);
        assertThat(teVroeg.statusCode()).isEqualTo(403);
        assertThat(teVroeg.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(post(basis() + "/" + id + "/stappen/2/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", manager).statusCode()).isEqualTo(200);
        assertThat(post(basis() + "/" + id + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", manager).statusCode()).isEqualTo(201);

        var lijst = api().get(basis(), contact);
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        // Step 3's escalation, not the situation-1 escalation that stopped before it.
        assertThat(ids(lijst.body())).contains(id).doesNotContain(escalatieId);
        var een = api().get(basis() + "/" + id, contact);
        assertThat(een.statusCode()).as(een.body()).isEqualTo(200);
        assertThat(JSON.readTree(een.body()).path("stappen").valueStream().map(st -> st.path("stap").asInt()).toList()).contains(3);
        // Another municipality's contact, and an uninvolved teamleider of Ede, still do not.
        String andere = ApiCaller.token("inzage-contact-" + RUN, "gemeentelijk-contactpersoon", List.of(ANDERE));
        assertThat(api().get(basis() + "/" + id, andere).statusCode()).isEqualTo(403);
        assertThat(api().get(basis(), andere).statusCode()).isEqualTo(403);
        assertThat(api().get(basis() + "/" + id, token("niet betrokken", "teamleider", EDE)).statusCode()).isEqualTo(403);
    }

    private static List<String> ids(String lijst) {
        return JSON.readTree(lijst).path("escalaties").valueStream().map(e -> e.path("escalatieId").asString()).toList();
    }

    @Test
    void aRefusedReadIsAuditedAboutTheEscalation() {
        String niemand = WIE.get("niet betrokken");
        assertThat(api().get(basis() + "/" + escalatieId, token("niet betrokken", "teamleider", EDE)).statusCode()).isEqualTo(403);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mongo.getCollection("audit")
                .find(new Document("betreft", escalatieId)).into(new java.util.ArrayList<>()))
                .anySatisfy(d -> assertThat(d.toJson()).contains(niemand).contains("escalatie").contains("GEWEIGERD")));
    }

    private String basis() {
        return "/api/v1/casussen/" + traject.casusId + "/escalaties";
    }

    private static String token(String relatie, String rol, String gemeente) {
        return ApiCaller.token(WIE.get(relatie), rol, List.of(gemeente));
    }

    private java.net.http.HttpResponse<String> post(String pad, String json, String token) {
        return api().post(pad, json, token);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }
}
