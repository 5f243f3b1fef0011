package nl.jeugdlink.intake.inzage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.intake.aanmelding.AanmeldingRequestMother;
import nl.jeugdlink.intake.aanmelding.adapter.persistence.MongoAanmeldingen;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import nl.jeugdlink.platform.test.StoreQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * Round 1 of a request for a child's data (ADR 0031) at the intake, over the platform's binding on a real broker and store: a
 * request sealed as the case-service seals it, answered with the child's keys and the intake's part sealed for the case-service.
 * The child's sibling on the same form stays out; a BSN the intake does not know gets an empty part without keys.
 */
@JeugdLinkIntegrationTest
class IntakeInzageIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    InzageVerzegeling verzegeling;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoAanmeldingen aanmeldingen;

    @Autowired
    StoreQueries queries;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void findsTheChildByTheKeyedHashOfItsBsnWithoutReadingOtherReferralsAndStoresNoBsnInTheClear() {
        String bsnSam = bsn();
        String aanmeldingId = aanmelding(bsnSam, bsn());
        Document opgeslagen = mongo.findById(aanmeldingId, Document.class, "aanmeldingen");
        assertThat(opgeslagen.getList("bsnSleutels", String.class)).hasSize(2);
        assertThat(mongo.findById(opgeslagen.getList("bsnSleutels", String.class).getFirst(), Document.class, "bsn_index").getList("aanmeldingIds", String.class))
                .contains(aanmeldingId);
        assertThat(opgeslagen.toJson()).doesNotContain(bsnSam);
        assertThat(mongo.findAll(Document.class, "bsn_index").toString()).doesNotContain(bsnSam);

        long mark = queries.mark();
        JsonNode deel = deelVoor(bsnSam);

        assertThat(deel.get("sleutels").get("aanmeldingIds").valueStream().map(JsonNode::asString)).containsExactly(aanmeldingId);
        assertThat(queries.since(mark)).as("the lookup reads the index").anyMatch(q -> q.collection().equals("bsn_index"));
        assertThat(queries.scanning(mongo, mark, Set.of("aanmeldingen", "bsn_index"))).isEmpty();
    }

    @Test
    void aReferralStoredBeforeTheIndexIsFoundAfterTheBackFillAtStart() {
        String bsnSam = bsn();
        String aanmeldingId = aanmelding(bsnSam, bsn());
        // As a store written before the index: no hashes on the referral, no entries, no marker.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(aanmeldingId)), new Update().unset("bsnSleutels"), "aanmeldingen");
        mongo.updateMulti(new Query(), new Update().pull("aanmeldingIds", aanmeldingId), "bsn_index");
        mongo.remove(Query.query(Criteria.where("_id").is("~aangevuld-1")), "bsn_index");
        assertThat(deelVoor(bsnSam).get("sleutels").get("aanmeldingIds")).as("not found without the index").isEmpty();

        assertThat(aanmeldingen.vulBsnIndexAan()).isPositive();

        assertThat(deelVoor(bsnSam).get("sleutels").get("aanmeldingIds").valueStream().map(JsonNode::asString)).containsExactly(aanmeldingId);
        assertThat(mongo.findById(aanmeldingId, Document.class, "aanmeldingen").getList("bsnSleutels", String.class)).hasSize(2);
        assertThat(aanmeldingen.vulBsnIndexAan()).as("once per store").isZero();
    }

    @Test
    void resolvesTheBsnToTheChildsKeysAndDeliversItsPartWithoutTheSibling() {
        String bsnSam = bsn();
        String bsnNoa = bsn();
        String aanmeldingId = aanmelding(bsnSam, bsnNoa);

        JsonNode deel = deelVoor(bsnSam);

        assertThat(deel.get("dienst").asString()).isEqualTo("intake-service");
        assertThat(deel.get("sleutels").get("aanmeldingIds").valueStream().map(JsonNode::asString)).containsExactly(aanmeldingId);
        assertThat(deel.get("sleutels").get("kindIds")).hasSize(1);
        assertThat(deel.toString()).contains("Sam Voorbeeld", "2015-03-02", "Stationsweg")
                .doesNotContain("Noa Voorbeeld", "2023-07-14", bsnSam, bsnNoa);
    }

    @Test
    void aBsnItDoesNotKnowGetsAnEmptyPartWithoutKeys() {
        JsonNode deel = deelVoor(bsn());

        assertThat(deel.get("categorieen")).isEmpty();
        assertThat(deel.get("sleutels").get("kindIds")).isEmpty();
        assertThat(deel.get("sleutels").get("aanmeldingIds")).isEmpty();
    }

    /** A referral of Sam and Noa with their BSNs, as a regisseur sends it; its id. */
    private String aanmelding(String bsnSam, String bsnNoa) {
        String body = AanmeldingRequestMother.geldig()
                .replace("\"naam\": \"Sam Voorbeeld\",", "\"naam\": \"Sam Voorbeeld\", \"bsn\": \"" + bsnSam + "\",")
                .replace("\"naam\": \"Noa Voorbeeld\",", "\"naam\": \"Noa Voorbeeld\", \"bsn\": \"" + bsnNoa + "\",");
        var aangemeld = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", body, ApiCaller.token("st-ede-0042", "regisseur", ApiCaller.HELE_REGIO));
        assertThat(aangemeld.statusCode()).as(aangemeld.body()).isEqualTo(201);
        return JSON.readTree(aangemeld.body()).get("id").asString();
    }

    /** Sends round 1 for {@code bsn} as the case-service would and opens the intake's reply as only the case-service can. */
    private JsonNode deelVoor(String bsn) {
        String verzoekId = UUID.randomUUID().toString();
        String identiteit = JSON.writeValueAsString(Kindsleutels.bsn(bsn));
        String payload = """
                {"verzoekId": "%s", "ronde": "SLEUTELS", "verzegeld": "%s", "ingediendOp": "%s"}"""
                .formatted(verzoekId, verzegeling.verzegelVerzoek(identiteit, verzoekId, Ronde.SLEUTELS), Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEVERZOEK_INGEDIEND.type(), "urn:nld:jeugdlink:foodvalley:case-service",
                verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());

        var antwoorden = kafka.read(InzageEvents.TOPIC, Duration.ofSeconds(60), rs -> rs.stream().anyMatch(r -> isAntwoord(r, verzoekId))).stream()
                .filter(r -> isAntwoord(r, verzoekId)).toList();
        assertThat(antwoorden).as("InzagedeelGeleverd for " + verzoekId).hasSize(1);
        String json = new String(antwoorden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, json)).isEmpty();
        assertThat(json).doesNotContain(bsn, "Voorbeeld");
        JsonNode antwoord = JSON.readTree(json);
        assertThat(antwoord.get("dienst").asString()).isEqualTo("intake-service");
        assertThat(antwoord.get("ronde").asString()).isEqualTo("SLEUTELS");
        return JSON.readTree(verzegeling.openDeel(antwoord.get("verzegeld").asString(), verzoekId, "intake-service"));
    }

    private static boolean isAntwoord(ConsumerRecord<String, byte[]> r, String verzoekId) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEDEEL_GELEVERD.type().equals(KafkaProbe.header(r, "ce_type"));
    }

    /** A BSN of this run that passes the 11-test. */
    private static String bsn() {
        while (true) {
            int[] d = new int[9];
            int som = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(i == 0 ? 1 : 0, 10);
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    b.append(d[i]);
                }
                return b.append(laatste).toString();
            }
        }
    }
}
