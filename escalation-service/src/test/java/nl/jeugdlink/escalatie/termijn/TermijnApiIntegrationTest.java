package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /api/v1/termijnen with real tokens: per casus, referral, team member and municipality; refusals and bad parameters. */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TermijnApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EDE = "GM0228";
    private static final String VEENENDAAL = "GM0345";

    @LocalServerPort
    int port;

    @Autowired
    Trajecten trajecten;

    @Autowired
    AdjustableClock klok;

    @Autowired
    StoreQueries queries;

    @Autowired
    MongoTemplate mongo;

    private final TrajectEventsMother traject = TrajectEventsMother.inEde();

    @BeforeAll
    void eenTrajectInEdeMetTeam() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        KafkaProbe kafka = new KafkaProbe();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        traject.gescreend().send(kafka);
        traject.casusGeopend().send(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId)
                .map(g -> traject.casusId.equals(g.traject().casusId()) && g.traject().teamleden().contains("gw-ede-0003")).orElse(false));
    }

    private JsonNode get(String query, String rol, String gemeente, int status) {
        var response = ApiCaller.onPort(port).get("/api/v1/termijnen?" + query, ApiCaller.token("t-" + rol, rol, List.of(gemeente)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
        }
        return JSON.readTree(response.body());
    }

    private List<String> aanmeldingen(JsonNode body) {
        return StreamSupport.stream(body.get("termijnen").spliterator(), false).map(t -> t.get("aanmeldingId").asString()).toList();
    }

    private static List<String> invalidParams(JsonNode problem) {
        return StreamSupport.stream(problem.get("invalidParams").spliterator(), false).map(p -> p.get("name").asString()).toList();
    }

    @Test
    void showsTheOpenDeadlinesOfACasusAndOfItsReferral() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        for (String query : List.of("casusId=" + traject.casusId, "aanmeldingId=" + traject.aanmeldingId)) {
            JsonNode body = get(query, "regisseur", EDE, 200);

            assertThat(body.get("termijnen")).hasSize(1);
            JsonNode termijn = body.get("termijnen").get(0);
            assertThat(termijn.get("soort").asString()).isEqualTo("EERSTE_CONTACT");
            assertThat(termijn.get("status").asString()).isEqualTo("OPEN");
            assertThat(termijn.get("uiterlijk").asString()).isEqualTo("2026-04-29");
            assertThat(termijn.get("casusId").asString()).isEqualTo(traject.casusId);
            assertThat(body.get("page").get("totalElements").asLong()).isEqualTo(1);
        }
    }

    @Test
    void readsTheDeadlinesOfACasusOrReferralByIdWithoutScanningTheTrajecten() {
        long mark = queries.mark();

        get("casusId=" + traject.casusId, "regisseur", EDE, 200);
        get("aanmeldingId=" + traject.aanmeldingId, "regisseur", EDE, 200);
        get("casusId=" + traject.casusId, "regisseur", VEENENDAAL, 403);

        assertThat(queries.scanning(mongo, mark, java.util.Set.of("trajecten", "traject_sleutels", "audit", "audit_hoofd")))
                .as("need-to-know check, deadlines and audit by _id only").isEmpty();
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("traject_sleutels"));
    }

    @Test
    void showsTheDeadlinesOfATeamMemberAndOfAMunicipalityByStatus() {
        assertThat(aanmeldingen(get("medewerkerId=gw-ede-0003", "gedragswetenschapper", EDE, 200))).contains(traject.aanmeldingId);
        assertThat(aanmeldingen(get("medewerkerId=vt-0107&pageSize=200", "jeugdlink-professional", EDE, 200))).contains(traject.aanmeldingId);
        assertThat(aanmeldingen(get("gemeenteCode=GM0228&status=OPEN,OVERSCHREDEN&pageSize=200", "teamleider", EDE, 200)))
                .contains(traject.aanmeldingId);
        assertThat(aanmeldingen(get("aanmeldingId=" + traject.aanmeldingId + "&status=GEHAALD", "teamleider", EDE, 200))).isEmpty();
    }

    @Test
    void pagesThroughTheDeadlinesOfAMunicipality() {
        JsonNode eerste = get("gemeenteCode=GM0228&status=OPEN&status=OVERSCHREDEN&status=GEHAALD&status=TE_LAAT_GEHAALD&status=VERVALLEN&pageSize=1",
                "teamleider", EDE, 200);

        assertThat(eerste.get("termijnen")).hasSize(1);
        assertThat(eerste.get("page").get("size").asInt()).isEqualTo(1);
        assertThat(eerste.get("page").get("totalPages").asLong()).isEqualTo(eerste.get("page").get("totalElements").asLong());
    }

    @Test
    void refusesTheDeadlinesOfAnotherMunicipality() {
        get("casusId=" + traject.casusId, "regisseur", VEENENDAAL, 403);
        get("aanmeldingId=" + traject.aanmeldingId, "regisseur", VEENENDAAL, 403);
        get("gemeenteCode=GM0228", "teamleider", VEENENDAAL, 403);
        // A team member's list shows only what lies in the asker's municipalities.
        assertThat(aanmeldingen(get("medewerkerId=gw-ede-0003&pageSize=200", "gedragswetenschapper", VEENENDAAL, 200)))
                .doesNotContain(traject.aanmeldingId);
    }

    @Test
    void refusesRolesWithoutBusinessWithDeadlines() {
        get("casusId=" + traject.casusId, "beheerder", EDE, 403);
        get("casusId=" + traject.casusId, "zorgaanbieder", EDE, 403);
        var zonderToken = ApiCaller.onPort(port).get("/api/v1/termijnen?casusId=" + traject.casusId, null);
        assertThat(zonderToken.statusCode()).isEqualTo(401);
    }

    @Test
    void namesTheParameterThatIsMissingOrWrong() {
        assertThat(invalidParams(get("", "regisseur", EDE, 400))).containsExactlyInAnyOrder("casusId", "aanmeldingId", "medewerkerId", "gemeenteCode");
        assertThat(invalidParams(get("casusId=geen-uuid", "regisseur", EDE, 400))).containsExactly("casusId");
        assertThat(invalidParams(get("aanmeldingId=123", "regisseur", EDE, 400))).containsExactly("aanmeldingId");
        assertThat(invalidParams(get("gemeenteCode=0228", "regisseur", EDE, 400))).containsExactly("gemeenteCode");
        assertThat(invalidParams(get("medewerkerId=%20%3Cscript%3E", "regisseur", EDE, 400))).containsExactly("medewerkerId");
        assertThat(invalidParams(get("gemeenteCode=GM0228&status=KLAAR", "regisseur", EDE, 400))).containsExactly("status");
        assertThat(invalidParams(get("gemeenteCode=GM0228&pageSize=1000", "regisseur", EDE, 400))).containsExactly("pageSize");
        assertThat(invalidParams(get("gemeenteCode=GM0228&page=0", "regisseur", EDE, 400))).containsExactly("page");
        assertThat(invalidParams(get("gemeenteCode=GM0228&page=twee", "regisseur", EDE, 400))).containsExactly("page");
    }
}
