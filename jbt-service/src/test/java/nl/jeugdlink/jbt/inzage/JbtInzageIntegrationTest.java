package nl.jeugdlink.jbt.inzage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.jbt.verzoek.FormulierMother;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasus;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round 2 of a request for a child's data (AVG art. 15, ADR 0031) at the jbt-service, over the platform's binding on a real
 * broker and store: a request sealed as the case-service seals it, naming the child's casus, answered with this service's part
 * sealed for the case-service. The child's casus came to the table twice (a decided request with its report and reactions, and a
 * second one); its sibling on the same form and another family's request at the table stay out, and no BSN leaves the service.
 */
@JeugdLinkIntegrationTest
class JbtInzageIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EDE = "GM0228";
    private static final String VOORZITTER = ApiCaller.token("jbt-vz-inzage", "jbt-voorzitter", List.of(EDE));

    @LocalServerPort
    int port;

    @Autowired
    InzageVerzegeling verzegeling;

    @Autowired
    BekendeCasussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void deliversTheChildsRequestsDecisionsReportsAndReactionsWithoutItsSiblingAnotherFamilyOrABsn() {
        String casusId = bekendeCasus("st-ede-inz1");
        String eerste = ingediend(casusId, "st-ede-inz1");
        besluit(eerste, "Sanne gaat elke dag naar school; moeder belt de regisseur op maandag.");
        var verslag = api().post("/api/v1/jbt-verzoeken/" + eerste + "/verslag",
                JSON.writeValueAsString(Map.of("tekst", "Verslag-inzage: de tafel sprak met moeder en Sanne.")), VOORZITTER);
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        String ouderlink = JSON.readTree(verslag.body()).path("ouderlink").asString();
        var reactie = api().post("/ouders/jbt-verslagen/" + eerste + "/reacties", JSON.writeValueAsString(Map.of("link",
                ouderlink.substring(ouderlink.indexOf("?link=") + "?link=".length()), "tekst", "Reactie-ouders: wij missen de opvang van oma.")), null);
        assertThat(reactie.statusCode()).as(reactie.body()).isEqualTo(201);
        // The casus comes back to the table: its second request has an id of its own.
        String tweede = ingediend(casusId, "st-ede-inz1");
        assertThat(tweede).isNotEqualTo(eerste).isEqualTo(Verzoek.idVoor(casusId, 2));

        String andereFamilie = bekendeCasus("st-ede-inz2");
        besluit(ingediend(andereFamilie, "st-ede-inz2"), "Andere-familie: vader haalt de kinderen op.");

        JsonNode deel = deelVoor(new Kindsleutels(FormulierMother.BSN_KIND, List.of(UUID.randomUUID().toString()),
                List.of(casussen.find(casusId).orElseThrow().aanmeldingId()), List.of(casusId)));

        assertThat(deel.path("dienst").asString()).isEqualTo("jbt-service");
        String tekst = deel.toString();
        assertThat(tekst).contains(eerste, tweede, "VRIJWILLIG_NIET_VRIJBLIJVEND", "Sanne gaat elke dag naar school",
                "Verslag-inzage: de tafel sprak met moeder en Sanne.", "Reactie-ouders: wij missen de opvang van oma.",
                // The child's own block, gezag, and the family's sections of the form.
                "Sanne", "2013-04-02", "De Regenboog, groep 8", "Moeder heeft schulden bij de woningcorporatie.", "LIRIK");
        assertThat(tekst).doesNotContain(FormulierMother.BSN_KIND, FormulierMother.BSN_OUDER, "Tim", "2018-09-20", "groep 3",
                // The parents', the invitees', the sources' and the requester's own data.
                "Petra", "Kees", "Bakker", "06-00000000", "ib@regenboog.example", "regisseur@ede.example",
                "Andere-familie", andereFamilie);
        assertThat(categorie(deel, "Het kind in het verzoek")).hasSize(2)
                .allSatisfy(kind -> assertThat(kind.path("voornamen").asString()).isEqualTo("Sanne"));
        assertThat(categorie(deel, "Reacties op het verslag")).singleElement()
                .satisfies(r -> assertThat(r.path("van").asString()).isEqualTo("ouders"));
        assertThat(categorie(deel, "Verslagen van het gesprek")).singleElement()
                .satisfies(v -> assertThat(v.path("versie").asString()).isEqualTo("1"));
        assertThat(categorie(deel, "Gezag")).extracting(o -> o.path("ouder").asString() + ":" + o.path("gezag").asString())
                .contains("moeder:ja", "vader:nee");
    }

    @Test
    void aChildWhoseCasusNeverCameToTheTableGetsAnEmptyPart() {
        JsonNode deel = deelVoor(new Kindsleutels(FormulierMother.BSN_KIND, List.of(UUID.randomUUID().toString()), List.of(UUID.randomUUID().toString()),
                List.of(UUID.randomUUID().toString())));

        assertThat(deel.path("dienst").asString()).isEqualTo("jbt-service");
        assertThat(deel.path("categorieen")).isEmpty();
    }

    /** Sends round 2 for the keys as the case-service would and opens this service's reply as only the case-service can. */
    private JsonNode deelVoor(Kindsleutels sleutels) {
        String verzoekId = UUID.randomUUID().toString();
        String payload = """
                {"verzoekId": "%s", "ronde": "DELEN", "verzegeld": "%s", "ingediendOp": "%s"}"""
                .formatted(verzoekId, verzegeling.verzegelVerzoek(JSON.writeValueAsString(sleutels), verzoekId, Ronde.DELEN),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEVERZOEK_INGEDIEND, payload)).isEmpty();
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEVERZOEK_INGEDIEND.type(), "urn:nld:jeugdlink:foodvalley:case-service",
                verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());

        var antwoorden = kafka.read(InzageEvents.TOPIC, Duration.ofSeconds(60), rs -> rs.stream().anyMatch(r -> isAntwoord(r, verzoekId))).stream()
                .filter(r -> isAntwoord(r, verzoekId)).toList();
        assertThat(antwoorden).as("InzagedeelGeleverd for " + verzoekId).hasSize(1);
        String json = new String(antwoorden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, json)).isEmpty();
        // On the topic only the seal: no text of the request, no name, no BSN.
        assertThat(json).doesNotContain(FormulierMother.BSN_KIND, "Sanne", "Verslag-inzage", "Reactie-ouders");
        JsonNode antwoord = JSON.readTree(json);
        assertThat(antwoord.path("dienst").asString()).isEqualTo("jbt-service");
        assertThat(antwoord.path("ronde").asString()).isEqualTo("DELEN");
        return JSON.readTree(verzegeling.openDeel(antwoord.path("verzegeld").asString(), verzoekId, "jbt-service"));
    }

    private static List<JsonNode> categorie(JsonNode deel, String naam) {
        return deel.path("categorieen").valueStream().filter(c -> naam.equals(c.path("naam").asString()))
                .flatMap(c -> c.path("items").valueStream()).toList();
    }

    private static boolean isAntwoord(ConsumerRecord<String, byte[]> r, String verzoekId) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEDEEL_GELEVERD.type().equals(KafkaProbe.header(r, "ce_type"));
    }

    /** A casus of Ede the service knows (as from the case-service's events), with its regisseur. */
    private String bekendeCasus(String regisseur) {
        String casusId = UUID.randomUUID().toString();
        casussen.voegToe(new BekendeCasus(casusId, UUID.randomUUID().toString(), EDE, regisseur, "verwijzer"));
        return casusId;
    }

    /** The casus's request filed by its regisseur with the full form (two children: Sanne with her BSN, Tim): its id. */
    private String ingediend(String casusId, String regisseur) {
        var response = api().post("/api/v1/jbt-verzoeken", """
                {"casusId": "%s", "soort": "BESPREKING", "gesprekstype": "VIJF_VOOR_TWAALF", "formulier": %s}"""
                .formatted(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now()))), ApiCaller.token(regisseur, "regisseur", List.of(EDE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("verzoekId").asString();
    }

    private void besluit(String verzoekId, String afspraken) {
        var besluit = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/besluit", JSON.writeValueAsString(Map.of("uitkomst", "VRIJWILLIG_NIET_VRIJBLIJVEND",
                "route", "Regie bij het lokale team met GI-evaluatie", "hulp", "Gezinscoaching", "veiligheidsafspraken", afspraken,
                "besluitvorming", "CONSENSUS")), VOORZITTER);
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(201);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }
}
