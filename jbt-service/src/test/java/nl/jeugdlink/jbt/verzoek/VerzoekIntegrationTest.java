package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
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
 * A request to the JBT end to end over the API, a real broker and a real store: refused without its
 * safety section, filed, returned by the chair, filed again, decided by the chair with a
 * raadsonderzoek; what it publishes is schema-valid and keyed by the casus, without the form.
 */
@JeugdLinkIntegrationTest
class VerzoekIntegrationTest {

    private static final String EDE = "GM0228";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void aRequestIsRefusedWithoutSafetyFiledReturnedFiledAgainAndDecidedByTheChairWithARaadsonderzoek() {
        String regisseur = "st-ede-0101";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsRegisseur = ApiCaller.token(regisseur, "regisseur", List.of(EDE));
        String alsVoorzitter = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));
        LocalDate vandaag = LocalDate.now();

        var zonder = api().post("/api/v1/jbt-verzoeken", indiening(casusId, FormulierMother.json(FormulierMother.zonderVeiligheid(vandaag))), alsRegisseur);
        assertThat(zonder.statusCode()).as(zonder.body()).isEqualTo(400);
        assertThat(json(zonder.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("formulier.veiligheid");
        assertThat(json(zonder.body()).path("invalidParams").get(0).path("code").asString()).isEqualTo("verplicht");

        var ingediend = api().post("/api/v1/jbt-verzoeken", indiening(casusId, FormulierMother.json(FormulierMother.volledig(vandaag))), alsRegisseur);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoekId = json(ingediend.body()).path("verzoekId").asString();
        assertThat(verzoekId).isEqualTo(Verzoek.idVoor(casusId));
        assertThat(json(ingediend.body()).path("status").asString()).isEqualTo("INGEDIEND");
        assertThat(json(ingediend.body()).path("formulier").path("veiligheid").path("veiligheidsschaal").asInt()).isEqualTo(4);

        var terug = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/terugsturing", """
                {"reden": "De uitkomst van de risicotaxatie is niet onderbouwd."}""", alsVoorzitter);
        assertThat(terug.statusCode()).as(terug.body()).isEqualTo(200);
        assertThat(json(terug.body()).path("status").asString()).isEqualTo("TERUGGESTUURD");
        assertThat(api().post("/api/v1/jbt-verzoeken", indiening(casusId, FormulierMother.json(FormulierMother.volledig(vandaag))), alsRegisseur)
                .statusCode()).isEqualTo(201);

        String besluit = """
                {"uitkomst": "VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK", "route": "Regie naar de GI voor zes maanden",
                 "hulp": "Gezinscoaching met drang, dagbehandeling voor Sanne", "veiligheidsafspraken": "Dagelijks naar school; oma kijkt mee",
                 "besluitvorming": "CONSENSUS", "evaluatieMoment": "%s"}""".formatted(vandaag.plusMonths(3));
        assertThat(api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/besluit", besluit, alsRegisseur).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/besluit", besluit,
                ApiCaller.token("jbt-vz-vnd", "jbt-voorzitter", List.of("GM0345"))).statusCode()).isEqualTo(403);
        var besloten = api().post("/api/v1/jbt-verzoeken/" + verzoekId + "/besluit", besluit, alsVoorzitter);
        assertThat(besloten.statusCode()).as(besloten.body()).isEqualTo(201);

        JsonNode gelezen = json(api().get("/api/v1/jbt-verzoeken/" + verzoekId, alsRegisseur).body());
        assertThat(gelezen.path("status").asString()).isEqualTo("BESLOTEN");
        assertThat(gelezen.path("besluit").path("uitkomst").asString()).isEqualTo("VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK");
        assertThat(gelezen.path("besluit").path("route").asString()).isEqualTo("Regie naar de GI voor zes maanden");
        assertThat(gelezen.path("besluit").path("veiligheidsafspraken").asString()).isEqualTo("Dagelijks naar school; oma kijkt mee");
        assertThat(gelezen.path("terugsturingen").get(0).path("reden").asString()).isEqualTo("De uitkomst van de risicotaxatie is niet onderbouwd.");

        var gepubliceerd = published(casusId, 5);
        assertThat(gepubliceerd).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(
                JbtEvents.JBT_VERZOEK_INGEDIEND.type(), JbtEvents.JBT_VERZOEK_TERUGGESTUURD.type(), JbtEvents.JBT_VERZOEK_INGEDIEND.type(),
                JbtEvents.JBT_BESLUIT_GENOMEN.type(), JbtEvents.RAADSONDERZOEK_GEVRAAGD.type());
        assertThat(gepubliceerd).allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            EventType type = JbtEvents.ALL.stream().filter(t -> t.type().equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow();
            assertThat(SchemaCheck.violations(type, payload)).as(payload).isEmpty();
            assertThat(payload).doesNotContain(FormulierMother.BSN_KIND).doesNotContain("Jansen").doesNotContain("oma kijkt").doesNotContain("Oma woont");
        });
        assertThat(json(new String(gepubliceerd.get(3).value(), StandardCharsets.UTF_8)).path("besluitvorming").asString()).isEqualTo("CONSENSUS");
    }

    @Test
    void theFormAndTheDecisionAreStoredEncryptedOnly() {
        String regisseur = "st-ede-0102";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        var ingediend = api().post("/api/v1/jbt-verzoeken", indiening(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now()))),
                ApiCaller.token(regisseur, "regisseur", List.of(EDE)));
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);

        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", Verzoek.idVoor(casusId))).first();

        assertThat(opgeslagen).isNotNull();
        assertThat(opgeslagen.toJson()).doesNotContain(FormulierMother.BSN_KIND).doesNotContain(FormulierMother.BSN_OUDER).doesNotContain("Jansen");
    }

    @Test
    void onlyTheRegisseurOfTheCasusFilesAsRegisseurAndAnUnknownCasusIsNotFound() {
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, "st-ede-0103");
        String body = indiening(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now())));

        assertThat(api().post("/api/v1/jbt-verzoeken", body, ApiCaller.token("st-ede-9999", "regisseur", List.of(EDE))).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/jbt-verzoeken", body, ApiCaller.token("vt-0107", "jeugdlink-professional", List.of("GM0345"))).statusCode())
                .isEqualTo(403);
        assertThat(api().post("/api/v1/jbt-verzoeken", indiening(java.util.UUID.randomUUID().toString(),
                FormulierMother.json(FormulierMother.volledig(LocalDate.now()))), ApiCaller.token("vt-0107", "jeugdlink-professional", List.of(EDE)))
                .statusCode()).isEqualTo(404);
        assertThat(api().post("/api/v1/jbt-verzoeken", body, ApiCaller.token("gi-0001", "jeugdbeschermer", List.of(EDE))).statusCode()).isEqualTo(201);
    }

    @Test
    void assigningARaadsmedewerkerWhoWasInvolvedWithTheFamilyBeforeIsRefusedWithTheReason() {
        String regisseur = "st-ede-0104";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsVoorzitter = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));
        assertThat(api().post("/api/v1/jbt-verzoeken", indiening(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now()))),
                ApiCaller.token(regisseur, "regisseur", List.of(EDE))).statusCode()).isEqualTo(201);
        String verzoek = "/api/v1/jbt-verzoeken/" + casusId;
        assertThat(api().post(verzoek + "/eerdere-betrokkenen", "{\"medewerkerId\": \"rvdk-0001\"}", alsVoorzitter).statusCode()).isEqualTo(204);

        var betrokken = aanwijzen(verzoek, "rvdk-0001", alsVoorzitter);
        assertThat(betrokken.statusCode()).as(betrokken.body()).isEqualTo(409);
        assertThat(json(betrokken.body()).path("regel").asString()).isEqualTo("onafhankelijkheid");
        assertThat(json(betrokken.body()).path("detail").asString()).contains("rvdk-0001").contains("eerder betrokken bij dit gezin");
        // The casus's regisseur, known from the case-service's events, is involved too.
        assertThat(json(aanwijzen(verzoek, regisseur, alsVoorzitter).body()).path("regel").asString()).isEqualTo("onafhankelijkheid");

        var onafhankelijk = aanwijzen(verzoek, "rvdk-0002", alsVoorzitter);
        assertThat(onafhankelijk.statusCode()).as(onafhankelijk.body()).isEqualTo(200);
        assertThat(json(onafhankelijk.body()).path("raadsmedewerkerId").asString()).isEqualTo("rvdk-0002");
        assertThat(aanwijzen(verzoek, "rvdk-0002", ApiCaller.token(regisseur, "regisseur", List.of(EDE))).statusCode()).isEqualTo(403);
    }

    @Test
    void aSecondRequestForACasusWhileOneIsOpenIsRefusedWithTheReason() {
        String regisseur = "st-ede-0105";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsRegisseur = ApiCaller.token(regisseur, "regisseur", List.of(EDE));
        String formulier = FormulierMother.json(FormulierMother.volledig(LocalDate.now()));
        assertThat(api().post("/api/v1/jbt-verzoeken", indiening(casusId, formulier), alsRegisseur).statusCode()).isEqualTo(201);

        var tweede = api().post("/api/v1/jbt-verzoeken", indiening(casusId, formulier), alsRegisseur);
        assertThat(tweede.statusCode()).as(tweede.body()).isEqualTo(409);
        assertThat(tweede.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(tweede.body()).path("regel").asString()).isEqualTo("alIngediend");
        assertThat(json(tweede.body()).path("detail").asString()).contains("loopt al een verzoek", "maar één verzoek open");
        // A Veilig Thuis professional may file for the casus too, but not beside the open request either.
        var veiligThuis = api().post("/api/v1/jbt-verzoeken", indiening(casusId, formulier),
                ApiCaller.token("vt-0105", "jeugdlink-professional", List.of(EDE)));
        assertThat(veiligThuis.statusCode()).as(veiligThuis.body()).isEqualTo(409);
        assertThat(json(veiligThuis.body()).path("regel").asString()).isEqualTo("alIngediend");
        // The open request is unchanged: still the first filing, by the regisseur.
        JsonNode gelezen = json(api().get("/api/v1/jbt-verzoeken/" + casusId, alsRegisseur).body());
        assertThat(gelezen.path("status").asString()).isEqualTo("INGEDIEND");
        assertThat(gelezen.path("indienerId").asString()).isEqualTo(regisseur);
        assertThat(published(casusId, 1)).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(JbtEvents.JBT_VERZOEK_INGEDIEND.type());
    }

    @Test
    void theTablesFiguresCountFilingsReturnsAndOutcomesByTalkTypeWithTheOtsEndTestsAmongThem() {
        String regisseur = "st-ede-0106";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsRegisseur = ApiCaller.token(regisseur, "regisseur", List.of(EDE));
        String alsVoorzitter = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));
        String otsEinde = indiening(casusId, FormulierMother.json(FormulierMother.volledig(LocalDate.now())))
                .replace("\"VIJF_VOOR_TWAALF\"", "\"TOETSING_EINDE_OTS\"");
        double ingediend = geteld("jeugdlink.jbt.verzoeken.ingediend", "soort", "BESPREKING", "gesprekstype", "TOETSING_EINDE_OTS");
        double teruggestuurd = geteld("jeugdlink.jbt.verzoeken.teruggestuurd");
        double besloten = geteld("jeugdlink.jbt.besluiten", "uitkomst", "VRIJWILLIG_REGIE_LOKAAL_TEAM", "gesprekstype", "TOETSING_EINDE_OTS");
        var totBesluit = meters.find("jeugdlink.jbt.verzoek.tot.besluit").tag("gemeente", EDE).timer();
        long besluitenVoor = totBesluit == null ? 0 : totBesluit.count();

        assertThat(api().post("/api/v1/jbt-verzoeken", otsEinde, alsRegisseur).statusCode()).isEqualTo(201);
        assertThat(api().post("/api/v1/jbt-verzoeken/" + casusId + "/terugsturing", "{\"reden\": \"Het OTS-verloop ontbreekt.\"}", alsVoorzitter)
                .statusCode()).isEqualTo(200);
        assertThat(api().post("/api/v1/jbt-verzoeken", otsEinde, alsRegisseur).statusCode()).isEqualTo(201);
        var besluit = api().post("/api/v1/jbt-verzoeken/" + casusId + "/besluit", """
                {"uitkomst": "VRIJWILLIG_REGIE_LOKAAL_TEAM", "route": "De OTS eindigt; regie bij het lokale team",
                 "hulp": "Gezinscoaching loopt door", "veiligheidsafspraken": "Oma blijft meekijken", "besluitvorming": "MANDAAT_VOORZITTER"}""",
                alsVoorzitter);
        assertThat(besluit.statusCode()).as(besluit.body()).isEqualTo(201);

        assertThat(geteld("jeugdlink.jbt.verzoeken.ingediend", "soort", "BESPREKING", "gesprekstype", "TOETSING_EINDE_OTS")).isEqualTo(ingediend + 2);
        assertThat(geteld("jeugdlink.jbt.verzoeken.teruggestuurd")).isEqualTo(teruggestuurd + 1);
        assertThat(geteld("jeugdlink.jbt.besluiten", "uitkomst", "VRIJWILLIG_REGIE_LOKAAL_TEAM", "gesprekstype", "TOETSING_EINDE_OTS"))
                .isEqualTo(besloten + 1);
        assertThat(meters.get("jeugdlink.jbt.verzoek.tot.besluit").tag("gemeente", EDE).timer().count()).isEqualTo(besluitenVoor + 1);
    }

    private double geteld(String naam, String... tags) {
        var counter = meters.find(naam).tag("gemeente", EDE).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private java.net.http.HttpResponse<String> aanwijzen(String verzoek, String raadsmedewerker, String token) {
        return api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + verzoek + "/raadsmedewerker"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"raadsmedewerkerId\": \"" + raadsmedewerker + "\"}")), token);
    }

    static String indiening(String casusId, String formulier) {
        return """
                {"casusId": "%s", "soort": "BESPREKING", "gesprekstype": "VIJF_VOOR_TWAALF", "formulier": %s}""".formatted(casusId, formulier);
    }

    private List<ConsumerRecord<String, byte[]>> published(String casusId, int atLeast) {
        var all = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> casusId.equals(r.key())).count() >= atLeast);
        return all.stream().filter(r -> casusId.equals(r.key())).toList();
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
