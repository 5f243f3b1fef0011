package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.platform.crypto.Sealing;
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
 * What follows a filing and a decision, over the API, a real broker and a real store: whom the talk's
 * invitations name (the raadsmedewerker by name, the parents' trusted person, the language), the safety
 * agreements sealed in the decision for the family, the table's evaluation recorded once, and the casus
 * coming back to the table with a request of its own - its events keyed by the casus all the same.
 */
@JeugdLinkIntegrationTest
class NaHetBesluitIntegrationTest {

    private static final String EDE = "GM0228";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Sealing verzegeling;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void theInvitationsNameTheRaadsmedewerkerTheTrustedPersonAndTheLanguageAndTheDecisionCarriesTheSafetyAgreementsSealed() {
        String regisseur = "st-ede-0201";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsVoorzitter = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));
        LocalDate vandaag = LocalDate.now();
        var ingediend = api().post("/api/v1/jbt-verzoeken",
                VerzoekIntegrationTest.indiening(casusId, FormulierMother.json(FormulierMother.metTolkEnVertrouwenspersoon(vandaag))),
                ApiCaller.token(regisseur, "regisseur", List.of(EDE)));
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoek = "/api/v1/jbt-verzoeken/" + casusId;

        assertThat(aanwijzen(verzoek, "rvdk-0201", alsVoorzitter).statusCode()).isEqualTo(200);
        LocalDate dinsdag = vandaag.plusWeeks(11).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        var gepland = api().post(verzoek + "/planning", "{\"tafel\": \"foodvalley\", \"datum\": \"" + dinsdag + "\"}", alsVoorzitter);
        assertThat(gepland.statusCode()).as(gepland.body()).isEqualTo(201);
        // A second assignment after the planning invites the new raadsmedewerker for the planned talk.
        assertThat(aanwijzen(verzoek, "rvdk-0202", alsVoorzitter).statusCode()).isEqualTo(200);
        var besloten = api().post(verzoek + "/besluit", """
                {"uitkomst": "VRIJWILLIG_NIET_VRIJBLIJVEND", "route": "Regie bij de GI", "hulp": "Gezinscoaching met drang",
                 "veiligheidsafspraken": "Sanne gaat elke dag naar school; oma Jansen kijkt mee", "besluitvorming": "CONSENSUS"}""", alsVoorzitter);
        assertThat(besloten.statusCode()).as(besloten.body()).isEqualTo(201);

        var gepubliceerd = published(casusId, 5);
        assertThat(gepubliceerd).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(JbtEvents.JBT_VERZOEK_INGEDIEND.type(),
                JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN.type(), JbtEvents.JBT_VERZOEK_GEPLAND.type(), JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN.type(),
                JbtEvents.JBT_BESLUIT_GENOMEN.type());
        schemaGeldigZonderPersoonsgegevens(gepubliceerd);

        JsonNode eerste = payload(gepubliceerd.get(1));
        assertThat(eerste.path("raadsmedewerkerId").asString()).isEqualTo("rvdk-0201");
        assertThat(eerste.path("datum").isNull() || eerste.path("datum").isMissingNode()).isTrue();
        JsonNode planning = payload(gepubliceerd.get(2));
        assertThat(planning.path("raadsmedewerkerId").asString()).isEqualTo("rvdk-0201");
        assertThat(planning.path("tolkNodig").asBoolean()).isTrue();
        assertThat(planning.path("taal").asString()).isEqualTo("Arabisch");
        assertThat(planning.path("vertrouwenspersoon").asBoolean()).isTrue();
        var genodigden = JSON.readValue(verzegeling.ontzegel(planning.path("verzegeld").asString(), JbtVerzoekGepland.context(casusId, casusId)),
                JbtVerzoekGepland.Verzegeld.class);
        assertThat(genodigden.vertrouwenspersoon()).isEqualTo(new JbtVerzoekGepland.Genodigde("Karin de Vries", "Vertrouwenspersoon",
                "karin.devries@example.org"));
        assertThat(genodigden.genodigden()).extracting(JbtVerzoekGepland.Genodigde::naam).containsExactly("Petra Jansen", "Sanne Jansen");
        JsonNode tweede = payload(gepubliceerd.get(3));
        assertThat(tweede.path("raadsmedewerkerId").asString()).isEqualTo("rvdk-0202");
        assertThat(tweede.path("datum").asString()).isEqualTo(dinsdag.toString());
        assertThat(tweede.path("tafel").asString()).isEqualTo("foodvalley");

        String afspraken = verzegeling.ontzegel(payload(gepubliceerd.get(4)).path("verzegeld").asString(), JbtBesluitGenomen.context(casusId, casusId));
        var besluit = JSON.readValue(afspraken, JbtBesluitGenomen.Verzegeld.class);
        assertThat(besluit.veiligheidsafspraken()).isEqualTo("Sanne gaat elke dag naar school; oma Jansen kijkt mee");
        // Everyone at the talk is told the agreements (seed 002:466): the form's invitees sealed, the professionals by id.
        assertThat(besluit.vertrouwenspersoon()).isEqualTo(genodigden.vertrouwenspersoon());
        assertThat(besluit.genodigden()).isEqualTo(genodigden.genodigden());
        JsonNode aanwezigen = payload(gepubliceerd.get(4));
        assertThat(aanwezigen.path("verzoekerId").asString()).isEqualTo(regisseur);
        assertThat(aanwezigen.path("raadContactpersoonId").asString()).isEqualTo(planning.path("raadContactpersoonId").asString()).isNotBlank();
        assertThat(aanwezigen.path("giContactpersoonId").asString()).isEqualTo(planning.path("giContactpersoonId").asString()).isNotBlank();
        assertThat(aanwezigen.path("raadsmedewerkerId").asString()).isEqualTo("rvdk-0202");
        assertThat(aanwezigen.path("kinderenVanTwaalfOfOuder").asInt()).isEqualTo(planning.path("kinderenVanTwaalfOfOuder").asInt());
    }

    @Test
    void theChairRecordsTheTablesEvaluationOnceAfterTheDecisionAndTheCasusThenComesBackWithARequestOfItsOwn() {
        String regisseur = "st-ede-0202";
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, EDE, regisseur);
        String alsRegisseur = ApiCaller.token(regisseur, "regisseur", List.of(EDE));
        String alsVoorzitter = ApiCaller.token("jbt-vz-ede", "jbt-voorzitter", List.of(EDE));
        LocalDate vandaag = LocalDate.now();
        String indiening = VerzoekIntegrationTest.indiening(casusId, FormulierMother.json(FormulierMother.volledig(vandaag)));
        assertThat(api().post("/api/v1/jbt-verzoeken", indiening, alsRegisseur).statusCode()).isEqualTo(201);
        String eerste = "/api/v1/jbt-verzoeken/" + casusId;
        String evaluatie = """
                {"vorm": "AAN_TAFEL", "afsprakenNagekomen": "DEELS", "vervolg": "NIEUW_VERZOEK",
                 "bevindingen": "Sanne gaat weer naar school; moeder komt de afspraken met de coach niet na."}""";

        var teVroeg = api().post(eerste + "/tafelevaluatie", evaluatie, alsVoorzitter);
        assertThat(teVroeg.statusCode()).as(teVroeg.body()).isEqualTo(409);
        assertThat(json(teVroeg.body()).path("regel").asString()).isEqualTo("nietBesloten");
        assertThat(api().post(eerste + "/besluit", """
                {"uitkomst": "VRIJWILLIG_NIET_VRIJBLIJVEND", "route": "Regie bij de GI", "hulp": "Gezinscoaching met drang",
                 "veiligheidsafspraken": "Dagelijks naar school", "besluitvorming": "CONSENSUS", "evaluatieMoment": "%s"}"""
                .formatted(vandaag.plusMonths(3)), alsVoorzitter).statusCode()).isEqualTo(201);

        var onvolledig = api().post(eerste + "/tafelevaluatie", "{\"vorm\": \"AAN_TAFEL\", \"bevindingen\": \" \"}", alsVoorzitter);
        assertThat(onvolledig.statusCode()).as(onvolledig.body()).isEqualTo(400);
        assertThat(onvolledig.body()).contains("afsprakenNagekomen", "vervolg", "bevindingen");
        assertThat(api().post(eerste + "/tafelevaluatie", evaluatie, alsRegisseur).statusCode()).isEqualTo(403);
        var geevalueerd = api().post(eerste + "/tafelevaluatie", evaluatie, alsVoorzitter);
        assertThat(geevalueerd.statusCode()).as(geevalueerd.body()).isEqualTo(201);
        assertThat(json(geevalueerd.body()).path("tafelevaluatie").path("afsprakenNagekomen").asString()).isEqualTo("DEELS");
        var nogmaals = api().post(eerste + "/tafelevaluatie", evaluatie, alsVoorzitter);
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(json(nogmaals.body()).path("regel").asString()).isEqualTo("alGeevalueerd");
        Document opgeslagen = mongo.getCollection("verzoeken").find(new Document("_id", casusId)).first();
        assertThat(opgeslagen.toJson()).doesNotContain("moeder komt de afspraken");

        // Back to the table: a new request of its own; the decided one stays as it was.
        var nieuw = api().post("/api/v1/jbt-verzoeken", indiening, alsRegisseur);
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(201);
        String tweedeId = json(nieuw.body()).path("verzoekId").asString();
        assertThat(tweedeId).isNotEqualTo(casusId).matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        assertThat(nieuw.headers().firstValue("Location")).hasValue("/api/v1/jbt-verzoeken/" + tweedeId);
        var derde = api().post("/api/v1/jbt-verzoeken", indiening, ApiCaller.token("vt-0202", "jeugdlink-professional", List.of(EDE)));
        assertThat(derde.statusCode()).as(derde.body()).isEqualTo(409);
        assertThat(json(derde.body()).path("regel").asString()).isEqualTo("alIngediend");
        assertThat(json(api().get(eerste, alsRegisseur).body()).path("status").asString()).isEqualTo("BESLOTEN");
        assertThat(json(api().get("/api/v1/jbt-verzoeken/" + tweedeId, alsRegisseur).body()).path("status").asString()).isEqualTo("INGEDIEND");

        var gepubliceerd = published(casusId, 4);
        assertThat(gepubliceerd).extracting(r -> KafkaProbe.header(r, "ce_type")).containsExactly(JbtEvents.JBT_VERZOEK_INGEDIEND.type(),
                JbtEvents.JBT_BESLUIT_GENOMEN.type(), JbtEvents.JBT_EVALUATIE_VASTGELEGD.type(), JbtEvents.JBT_VERZOEK_INGEDIEND.type());
        schemaGeldigZonderPersoonsgegevens(gepubliceerd);
        JsonNode vastgelegd = payload(gepubliceerd.get(2));
        assertThat(vastgelegd.path("vervolg").asString()).isEqualTo("NIEUW_VERZOEK");
        assertThat(vastgelegd.path("verzoekId").asString()).isEqualTo(casusId);
        assertThat(gepubliceerd.get(3)).satisfies(r -> {
            assertThat(payload(r).path("verzoekId").asString()).isEqualTo(tweedeId);
            assertThat(KafkaProbe.header(r, "ce_subject")).isEqualTo(casusId);
        });
    }

    private void schemaGeldigZonderPersoonsgegevens(List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).allSatisfy(r -> {
            String payload = new String(r.value(), StandardCharsets.UTF_8);
            EventType type = JbtEvents.ALL.stream().filter(t -> t.type().equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow();
            assertThat(SchemaCheck.violations(type, payload)).as(payload).isEmpty();
            assertThat(payload).doesNotContain("Jansen").doesNotContain("Karin").doesNotContain("school").doesNotContain("afspraken met de coach");
        });
    }

    private java.net.http.HttpResponse<String> aanwijzen(String verzoek, String raadsmedewerker, String token) {
        return api().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + verzoek + "/raadsmedewerker"))
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"raadsmedewerkerId\": \"" + raadsmedewerker + "\"}")), token);
    }

    private List<ConsumerRecord<String, byte[]>> published(String casusId, int atLeast) {
        var all = kafka.read(JbtEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> casusId.equals(r.key())).count() >= atLeast);
        return all.stream().filter(r -> casusId.equals(r.key())).toList();
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> r) {
        return json(new String(r.value(), StandardCharsets.UTF_8));
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
