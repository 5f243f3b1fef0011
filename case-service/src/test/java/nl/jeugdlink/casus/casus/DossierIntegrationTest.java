package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Casussen;
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
 * Dossier entries over the API against a real broker and store: source and fact or opinion kept, the child's own opinion
 * shown with its conversation, texts stored encrypted. And a working note, tried everywhere else: in no response to
 * another user, no published event, not in the dossier.
 */
@JeugdLinkIntegrationTest
class DossierIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String TEAMLEIDER = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", EDE);
    private static final String REGISSEUR = ApiCaller.token("st-ede-0017", "regisseur", EDE);
    private static final String PROFESSIONAL = ApiCaller.token("vt-0107", "jeugdlink-professional", EDE);
    private static final String WERKAANTEKENING = "Vermoeden: vader drinkt weer, nog niet gecheckt";

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

    @Test
    void entriesKeepTheirSourceAndNatureAndTheChildsOwnOpinionShowsWithItsConversation() {
        String casusId = casusMetRegisseur();
        String casus = "/api/v1/casussen/" + casusId;
        var gesprek = api().post(casus + "/gesprekken", """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["st-ede-0017"], "gezinAanwezig": true,
                 "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": true}], "netwerkUitgenodigd": false,
                 "verslagGedeeldMetGezin": false, "samenvatting": "Gesprek met moeder en kind."}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS), AanmeldingGescreendMother.KIND_4_TOT_12), REGISSEUR);
        String gesprekId = JSON.readTree(gesprek.body()).get("gesprekId").asText();

        var mening = api().post(casus + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Ik wil dat papa en mama niet meer schreeuwen", "kindId": "%s", "gesprekId": "%s"}"""
                .formatted(AanmeldingGescreendMother.KIND_4_TOT_12, gesprekId), REGISSEUR);
        var feit = api().post(casus + "/dossieritems", """
                {"bron": "PROFESSIONAL", "aard": "FEIT", "tekst": "School meldt 6 keer verzuim in november"}""", PROFESSIONAL);
        var zonderKind = api().post(casus + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Van wie?"}""", REGISSEUR);
        var vreemdGesprek = api().post(casus + "/dossieritems", """
                {"bron": "OUDER", "aard": "FEIT", "tekst": "x", "gesprekId": "00000000-0000-4000-8000-000000000000"}""", REGISSEUR);

        assertThat(List.of(mening, feit)).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
        assertThat(zonderKind.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(zonderKind.body()).get("invalidParams").get(0).get("name").asText()).isEqualTo("kindId");
        assertThat(vreemdGesprek.statusCode()).isEqualTo(400);
        JsonNode gesprekken = JSON.readTree(api().get(casus + "/gesprekken", TEAMLEIDER).body());
        assertThat(gesprekken.get(0).get("kindmeningen")).singleElement().satisfies(m -> {
            assertThat(m.get("kindId").asText()).isEqualTo(AanmeldingGescreendMother.KIND_4_TOT_12);
            assertThat(m.get("mening").asText()).contains("niet meer schreeuwen");
        });
        JsonNode feiten = JSON.readTree(api().get(casus + "/dossieritems?aard=feit", TEAMLEIDER).body());
        assertThat(feiten).singleElement().satisfies(i -> assertThat(i.get("bron").asText() + ":" + i.get("tekst").asText())
                .isEqualTo("PROFESSIONAL:School meldt 6 keer verzuim in november"));
        assertThat(api().get(casus + "/dossieritems?bron=buurman", TEAMLEIDER).statusCode()).isEqualTo(400);
        assertThat(mongo.getCollection("casussen").find(new Document("_id", casusId)).first().toJson())
                .contains("tekstVersleuteld").doesNotContain("schreeuwen").doesNotContain("verzuim");
    }

    @Test
    void aWorkingNoteAppearsInNoResponseToAnotherUserInNoEventAndNotInTheDossier() {
        String casusId = casusMetRegisseur();
        String casus = "/api/v1/casussen/" + casusId;
        assertThat(api().post(casus + "/werkaantekeningen", "{\"tekst\": \"" + WERKAANTEKENING + "\"}", REGISSEUR).statusCode()).isEqualTo(201);
        // Something is published after the note, so the stream has moved past it when we look.
        assertThat(api().post(casus + "/hulp", "{\"ingezetOp\": \"" + Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS) + "\"}",
                REGISSEUR).statusCode()).isEqualTo(201);

        for (String token : List.of(TEAMLEIDER, PROFESSIONAL, ApiCaller.token(AanmeldingGescreendMother.GW, "gedragswetenschapper", EDE))) {
            for (String pad : List.of("", "/gesprekken", "/werkaantekeningen", "/dossieritems", "/veiligheidsplannen", "/risicotaxaties")) {
                var response = api().get(casus + pad, token);
                assertThat(response.statusCode()).as(pad).isEqualTo(200);
                assertThat(response.body()).as(pad).doesNotContain("vader drinkt");
            }
        }
        assertThat(api().get("/api/v1/casussen?pageSize=200", PROFESSIONAL).body()).doesNotContain("vader drinkt");
        var events = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream()
                .anyMatch(r -> casusId.equals(r.key()) && CaseEvents.HULP_INGEZET.type().equals(KafkaProbe.header(r, "ce_type"))));
        assertThat(events).filteredOn(r -> casusId.equals(r.key())).isNotEmpty()
                .allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("vader drinkt"));
    }
}
