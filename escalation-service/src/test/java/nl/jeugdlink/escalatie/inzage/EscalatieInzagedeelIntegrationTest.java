package nl.jeugdlink.escalatie.inzage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.escalatie.termijn.TrajectEventsMother;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The escalation-service's part of a child's data on request (ADR 0031, round DELEN), over the platform's binding on a real
 * broker and store: a request sealed as the case-service seals it, answered with the deadlines of the child's traject (a
 * suspension's reason with it) and the escalation about its casus - steps, the family informed afterwards with the explanation,
 * the minutes' approval - sealed for the case-service. The minutes' text and a participant's objection stay out, and so does
 * everything of another family's casus in the same municipality; the casus alone finds the same part; keys it does not know get
 * an empty part.
 */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalatieInzagedeelIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String UITLEG = "Moeder is na het overleg gebeld en weet dat de leidinggevenden meekijken.";
    private static final String REDEN = "Het gezin verblijft twee weken in het buitenland.";
    private static final String VERSLAGTEKST = "Vertrouwelijk verslag: de gedragswetenschappers verschillen van inzicht.";
    private static final String BEZWAAR = "Vertrouwelijk bezwaar: mijn inbreng ontbreekt.";

    @LocalServerPort
    int port;

    @Autowired
    InzageVerzegeling verzegeling;

    @Autowired
    Trajecten trajecten;

    private final KafkaProbe kafka = new KafkaProbe();
    private final TrajectEventsMother kind = TrajectEventsMother.inEde();
    private final TrajectEventsMother anderGezin = TrajectEventsMother.inEde();
    private String escalatieId = "";
    private String escalatieAnderGezin = "";
    private String verslagId = "";

    @BeforeAll
    void tweeGezinnenMetEenEscalatie() {
        escalatieId = escalatie(kind, "1");
        escalatieAnderGezin = escalatie(anderGezin, "2");
        String pad = pad(kind, escalatieId);
        assertThat(post(pad + "/stappen", "{\"stap\": 1}", "inzage-regisseur", "regisseur").statusCode()).isEqualTo(201);
        assertThat(post(pad + "/gezinsinformatie", "{\"moment\": \"ACHTERAF\", \"uitleg\": \"" + UITLEG + "\"}", "inzage-regisseur", "regisseur")
                .statusCode()).isEqualTo(201);
        var verslag = post(pad + "/verslagen", """
                {"stap": 1, "vergaderdOp": "%s", "deelnemers": ["inzage-regisseur", "inzage-gw"], "tekst": "%s"}"""
                .formatted(java.time.LocalDate.now(), VERSLAGTEKST), "inzage-regisseur", "regisseur");
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        verslagId = JSON.readTree(verslag.body()).path("verslagen").get(0).path("verslagId").asString();
        assertThat(post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": true}", "inzage-regisseur", "regisseur").statusCode())
                .isEqualTo(201);
        assertThat(post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": false, \"toelichting\": \"" + BEZWAAR + "\"}", "inzage-gw",
                "gedragswetenschapper").statusCode()).isEqualTo(201);
        // The step's term is read back from the topic; then the teamleider suspends it, with a reason.
        String stapTermijn = Termijn.id(escalatieId, Soort.of("ESCALATIE_STAP_1"));
        await().atMost(Duration.ofSeconds(60)).until(() -> trajecten.vind(kind.aanmeldingId)
                .map(g -> g.traject().termijnen().stream().map(t -> t.soort().code()).collect(Collectors.toSet())
                        .containsAll(List.of("EERSTE_CONTACT", "ESCALATIE_STAP_1", "ESCALATIE_VERSLAG"))).orElse(false));
        var opgeschort = post("/api/v1/termijnen/" + stapTermijn + "/opschorting", "{\"reden\": \"" + REDEN + "\"}", "inzage-teamleider", "teamleider");
        assertThat(opgeschort.statusCode()).as(opgeschort.body()).isEqualTo(200);
        // The other family's step and minutes, in the same municipality.
        String anderPad = pad(anderGezin, escalatieAnderGezin);
        assertThat(post(anderPad + "/stappen", "{\"stap\": 2}", "inzage-regisseur", "regisseur").statusCode()).isEqualTo(201);
        assertThat(post(anderPad + "/gezinsinformatie", "{\"moment\": \"ACHTERAF\", \"uitleg\": \"Vader is gebeld.\"}", "inzage-regisseur",
                "regisseur").statusCode()).isEqualTo(201);
    }

    @Test
    void theChildsPartHoldsItsDeadlinesAndTheEscalationAboutItsCasusAndNothingOfAnotherFamily() {
        JsonNode deel = deelVoor(new Kindsleutels("111222333", List.of(UUID.randomUUID().toString()), List.of(kind.aanmeldingId),
                List.of(kind.casusId)));

        assertThat(deel.path("dienst").asString()).isEqualTo("escalation-service");
        assertThat(categorieen(deel)).containsExactly("Termijnen", "Escalaties over de samenwerking", "Stappen van de escalaties",
                "Het gezin geïnformeerd over een escalatie", "Verslagen van escalatieoverleggen (goedkeuring)");
        assertThat(waarden(deel, "Termijnen", "soort")).contains("EERSTE_CONTACT", "ESCALATIE_STAP_1", "ESCALATIE_VERSLAG");
        JsonNode stapTermijn = item(deel, "Termijnen", "soort", "ESCALATIE_STAP_1");
        assertThat(stapTermijn.path("status").asString()).isEqualTo("OPGESCHORT");
        assertThat(stapTermijn.path("wijzigingen").asString()).contains("opgeschort", "inzage-teamleider", REDEN);
        assertThat(stapTermijn.path("onderwerp").asString()).isEqualTo(escalatieId);

        JsonNode escalatie = item(deel, "Escalaties over de samenwerking", "escalatie", escalatieId);
        assertThat(escalatie.path("casus").asString()).isEqualTo(kind.casusId);
        assertThat(escalatie.path("situatie").asString()).isEqualTo("1 PROFESSIONEEL_DILEMMA");
        assertThat(escalatie.path("stand").asString()).isEqualTo("STAP_LOOPT");
        assertThat(item(deel, "Stappen van de escalaties", "escalatie", escalatieId).path("uitkomst").asString()).isEqualTo("loopt");
        JsonNode gezin = item(deel, "Het gezin geïnformeerd over een escalatie", "escalatie", escalatieId);
        assertThat(gezin.path("moment").asString()).isEqualTo("ACHTERAF");
        assertThat(gezin.path("uitleg aan het gezin").asString()).isEqualTo(UITLEG);
        JsonNode verslag = item(deel, "Verslagen van escalatieoverleggen (goedkeuring)", "verslag", verslagId);
        assertThat(verslag.path("goedgekeurd").asString()).isEqualTo("nee");
        assertThat(verslag.path("reacties").asString()).isEqualTo("1 akkoord, 1 bezwaar, 0 nog niet");

        // The minutes' text and the objection are the professionals'; the other family is not the child's.
        assertThat(deel.toString()).doesNotContain(VERSLAGTEKST, BEZWAAR, "Vertrouwelijk", anderGezin.aanmeldingId, anderGezin.casusId,
                escalatieAnderGezin, "Vader is gebeld");
    }

    @Test
    void theCasusAloneFindsTheSameTrajectAndUnknownKeysGetAnEmptyPart() {
        JsonNode doorCasus = deelVoor(new Kindsleutels("111222333", List.of(), List.of(), List.of(kind.casusId)));
        assertThat(waarden(doorCasus, "Escalaties over de samenwerking", "escalatie")).containsExactly(escalatieId);
        assertThat(doorCasus.toString()).doesNotContain(escalatieAnderGezin, anderGezin.aanmeldingId);

        JsonNode onbekend = deelVoor(new Kindsleutels("111222333", List.of(UUID.randomUUID().toString()), List.of(UUID.randomUUID().toString()),
                List.of(UUID.randomUUID().toString())));
        assertThat(onbekend.path("dienst").asString()).isEqualTo("escalation-service");
        assertThat(onbekend.path("categorieen")).isEmpty();
    }

    // --- helpers ---

    /** A traject of this family with its casus opened, and an escalation of this situation opened by the regisseur: its id. */
    private String escalatie(TrajectEventsMother gezin, String situatie) {
        gezin.ontvangen(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).send(kafka);
        gezin.casusGeopend().send(kafka);
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vindMetCasus(gezin.casusId).isPresent());
        var geopend = post("/api/v1/casussen/" + gezin.casusId + "/escalaties", "{\"situatie\": " + situatie + ", \"partijen\": [\"LOKAAL_TEAM\"]}",
                "inzage-regisseur", "regisseur");
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        return JSON.readTree(geopend.body()).path("escalatieId").asString();
    }

    private static String pad(TrajectEventsMother gezin, String escalatieId) {
        return "/api/v1/casussen/" + gezin.casusId + "/escalaties/" + escalatieId;
    }

    private java.net.http.HttpResponse<String> post(String pad, String json, String wie, String rol) {
        return ApiCaller.onPort(port).post(pad, json, ApiCaller.token(wie, rol, EDE));
    }

    /** Sends round DELEN with these keys as the case-service would and opens the reply as only the case-service can. */
    private JsonNode deelVoor(Kindsleutels sleutels) {
        String verzoekId = UUID.randomUUID().toString();
        String payload = """
                {"verzoekId": "%s", "ronde": "DELEN", "verzegeld": "%s", "ingediendOp": "%s"}"""
                .formatted(verzoekId, verzegeling.verzegelVerzoek(JSON.writeValueAsString(sleutels), verzoekId, Ronde.DELEN),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEVERZOEK_INGEDIEND.type(), "urn:nld:jeugdlink:foodvalley:case-service",
                verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());

        var antwoorden = kafka.read(InzageEvents.TOPIC, Duration.ofSeconds(60), rs -> rs.stream().anyMatch(r -> isAntwoord(r, verzoekId))).stream()
                .filter(r -> isAntwoord(r, verzoekId)).toList();
        assertThat(antwoorden).as("InzagedeelGeleverd for " + verzoekId).hasSize(1);
        String json = new String(antwoorden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, json)).isEmpty();
        // Sealed on the topic: neither the escalation nor the explanation given to the family is readable there.
        assertThat(json).doesNotContain(escalatieId, UITLEG, REDEN);
        JsonNode antwoord = JSON.readTree(json);
        assertThat(antwoord.get("dienst").asString()).isEqualTo("escalation-service");
        assertThat(antwoord.get("ronde").asString()).isEqualTo("DELEN");
        return JSON.readTree(verzegeling.openDeel(antwoord.get("verzegeld").asString(), verzoekId, "escalation-service"));
    }

    private static boolean isAntwoord(ConsumerRecord<String, byte[]> r, String verzoekId) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEDEEL_GELEVERD.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"escalation-service\"");
    }

    private static List<String> categorieen(JsonNode deel) {
        return deel.path("categorieen").valueStream().map(c -> c.path("naam").asString()).toList();
    }

    private static List<JsonNode> items(JsonNode deel, String categorie) {
        return deel.path("categorieen").valueStream().filter(c -> c.path("naam").asString().equals(categorie)).findFirst()
                .map(c -> c.path("items").valueStream().toList()).orElse(List.of());
    }

    private static List<String> waarden(JsonNode deel, String categorie, String veld) {
        return items(deel, categorie).stream().map(i -> i.path(veld).asString()).toList();
    }

    private static JsonNode item(JsonNode deel, String categorie, String veld, String waarde) {
        return items(deel, categorie).stream().filter(i -> i.path(veld).asString().equals(waarde)).findFirst()
                .orElseThrow(() -> new AssertionError(categorie + " without " + veld + "=" + waarde + ": " + deel));
    }
}
