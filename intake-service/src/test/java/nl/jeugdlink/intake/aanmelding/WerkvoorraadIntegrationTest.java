package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The screeners' worklist (issue 17) over the real broker and store: referrals of a municipality
 * waiting for screening, paged, filtered and sorted, leaving the list when screened, read by
 * {@code _id} only; the screening's answer names the casus the referral opens.
 */
@JeugdLinkIntegrationTest
class WerkvoorraadIntegrationTest {

    /** Renswoude: no other test of this suite refers there, so the list holds exactly what this test made. */
    private static final String GEMEENTE = "GM0339";
    private static final String GW = ApiCaller.token("gw-rsw-1", "gedragswetenschapper", List.of(GEMEENTE));
    private static final String TL_ANDERS = ApiCaller.token("tl-vnd-1", "teamleider", List.of("GM0345"));

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    StoreQueries queries;

    @Autowired
    MongoTemplate mongo;

    private String aanmelding(String body) {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", body, ApiCaller.token("st-rsw-1", "regisseur", List.of(GEMEENTE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("casusId").isNull()).as("no casus before acceptance").isTrue();
        return json.readTree(response.body()).get("id").asText();
    }

    private JsonNode lijst(String query, String token) {
        var response = ApiCaller.onPort(port).get("/api/v1/wachtende-aanmeldingen" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> ids(JsonNode lijst) {
        return lijst.get("aanmeldingen").valueStream().map(a -> a.get("id").asText()).toList();
    }

    @Test
    void listsWaitingReferralsPagedFilteredAndSortedAndDropsTheScreenedOneByIdOnly() {
        String eerste = aanmelding(AanmeldingRequestMother.jeugdlink(GEMEENTE, "SOCIAAL_TEAM", "st-rsw-1"));
        String tweede = aanmelding(AanmeldingRequestMother.jeugdlink(GEMEENTE, "SOCIAAL_TEAM", "st-rsw-1"));
        String derde = aanmelding(AanmeldingRequestMother.zorgtafel(GEMEENTE, "SOCIAAL_TEAM", "st-rsw-1"));
        // An entry whose referral was never stored (its insert failed after the entry went in) is not listed.
        mongo.upsert(Query.query(Criteria.where("_id").is(GEMEENTE)), new Update().addToSet("wachtend",
                new Document("aanmeldingId", UUID.randomUUID().toString()).append("soort", "JEUGDLINK").append("verwijzer", "SOCIAAL_TEAM")
                        .append("aantalMinderjarigen", 1).append("ontvangenOp", new java.util.Date())), "screening_werkvoorraad");
        long mark = queries.mark();

        JsonNode alles = lijst("?gemeenteCode=" + GEMEENTE, GW);
        assertThat(ids(alles)).containsExactly(eerste, tweede, derde);
        assertThat(alles.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(ids(lijst("?sorteer=-ontvangenOp", GW))).containsExactly(derde, tweede, eerste);
        assertThat(ids(lijst("?soort=ZORGTAFEL", GW))).containsExactly(derde);
        JsonNode tweedePagina = lijst("?page=2&pageSize=2", GW);
        assertThat(ids(tweedePagina)).containsExactly(derde);
        assertThat(tweedePagina.get("page").get("totalPages").asLong()).isEqualTo(2);
        assertThat(queries.scanning(mongo, mark, Set.of("aanmeldingen", "screening_werkvoorraad"))).isEmpty();

        var gescreend = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + tweede + "/screening", """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "gw-rsw-1", "teamleiderId": "tl-rsw-1",
                  "koppelingen": [ { "medewerkerId": "vt-rsw", "expertise": "VEILIG_THUIS" } ] }
                """, GW);

        assertThat(gescreend.statusCode()).as(gescreend.body()).isEqualTo(201);
        // The answer names the casus the referral opens: the case-service's derivation, as the README computes it.
        assertThat(json.readTree(gescreend.body()).get("casusId").asText())
                .isEqualTo(UUID.nameUUIDFromBytes(("casus:" + tweede).getBytes(StandardCharsets.UTF_8)).toString());
        var gelezen = ApiCaller.onPort(port).get("/api/v1/aanmeldingen/" + tweede, GW);
        assertThat(json.readTree(gelezen.body()).get("casusId").asText()).isEqualTo(json.readTree(gescreend.body()).get("casusId").asText());
        assertThat(ids(lijst("", GW))).containsExactly(eerste, derde);
    }

    /**
     * A backlog that grows does not grow one document: each entry lives in its own bucket of the municipality
     * ({@code gemeenteCode#n}), so a referral in or out rewrites one bucket. An entry left in the document of a store
     * written before the buckets ({@code _id} = the municipality) is read and, once screened, removed.
     */
    @Test
    void aBacklogIsSpreadOverBucketsAndTheDocumentOfAnOlderStoreEmptiesByItself() {
        String gemeente = "GM0340"; // Rhenen: no other test of this suite lists it
        String regisseur = ApiCaller.token("st-rhn-1", "regisseur", List.of(gemeente));
        String gw = ApiCaller.token("gw-rhn-1", "gedragswetenschapper", List.of(gemeente));
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink(gemeente, "SOCIAAL_TEAM", "st-rhn-1"), regisseur);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            ids.add(json.readTree(response.body()).get("id").asText());
        }
        // The first one as an older store holds it: in the municipality's single document, not in its bucket.
        String oud = ids.getFirst();
        Document entry = mongo.findAndModify(bucketQuery(gemeente, oud), new Update().pull("wachtend", new Document("aanmeldingId", oud)),
                org.springframework.data.mongodb.core.FindAndModifyOptions.options().returnNew(false), Document.class, "screening_werkvoorraad")
                .getList("wachtend", Document.class).stream().filter(e -> oud.equals(e.getString("aanmeldingId"))).findFirst().orElseThrow();
        mongo.upsert(Query.query(Criteria.where("_id").is(gemeente)), new Update().addToSet("wachtend", entry), "screening_werkvoorraad");

        List<Document> documenten = mongo.find(Query.query(Criteria.where("_id").regex("^" + gemeente)), Document.class, "screening_werkvoorraad");
        assertThat(documenten).as("no document holds the whole backlog").allSatisfy(d -> assertThat(d.getList("wachtend", Document.class)).hasSizeLessThan(12));
        for (String id : ids.subList(1, ids.size())) {
            Document bucket = mongo.findOne(bucketQuery(gemeente, id), Document.class, "screening_werkvoorraad");
            assertThat(bucket.getList("wachtend", Document.class)).as(id).anySatisfy(e -> assertThat(e.getString("aanmeldingId")).isEqualTo(id));
        }
        assertThat(ids(lijst("?gemeenteCode=" + gemeente, gw))).containsExactlyInAnyOrderElementsOf(ids);

        var gescreend = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + oud + "/screening", """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "gw-rhn-1", "teamleiderId": "tl-rhn-1",
                  "koppelingen": [ { "medewerkerId": "vt-rhn", "expertise": "VEILIG_THUIS" } ] }
                """, gw);
        assertThat(gescreend.statusCode()).as(gescreend.body()).isEqualTo(201);
        assertThat(ids(lijst("?gemeenteCode=" + gemeente, gw))).containsExactlyInAnyOrderElementsOf(ids.subList(1, ids.size()));
        assertThat(mongo.findById(gemeente, Document.class, "screening_werkvoorraad").getList("wachtend", Document.class))
                .as("the older store's document emptied by the read after the screening").isEmpty();
    }

    private static Query bucketQuery(String gemeente, String aanmeldingId) {
        return Query.query(Criteria.where("_id").is(gemeente + "#" + Math.floorMod(aanmeldingId.hashCode(), 16)));
    }

    @Test
    void anotherMunicipalityIsRefusedAndBadParametersAreNamed() {
        var geweigerd = ApiCaller.onPort(port).get("/api/v1/wachtende-aanmeldingen?gemeenteCode=" + GEMEENTE, TL_ANDERS);
        assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(403);

        var fout = ApiCaller.onPort(port).get("/api/v1/wachtende-aanmeldingen?sorteer=naam&soort=ANDERS&pageSize=0&ontvangenVanaf=gisteren", GW);
        assertThat(fout.statusCode()).as(fout.body()).isEqualTo(400);
        assertThat(fout.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(fout.body()).get("invalidParams").valueStream().map(p -> p.get("name").asText()))
                .containsExactlyInAnyOrder("sorteer", "soort", "pageSize", "ontvangenVanaf");
    }
}
