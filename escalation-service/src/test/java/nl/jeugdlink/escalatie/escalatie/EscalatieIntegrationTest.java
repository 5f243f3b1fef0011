package nl.jeugdlink.escalatie.escalatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.escalatie.termijn.TrajectEventsMother;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The escalation model over HTTP against the running service, with its terms started and met by the
 * clock from the service's own events on Kafka: seed 002 Bouwsteen 6 step by step.
 */
@JeugdLinkIntegrationTest
class EscalatieIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration GEDULD = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    Trajecten trajecten;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    nl.jeugdlink.escalatie.escalatie.adapter.persistence.MongoEscalaties opslag;

    private final KafkaProbe kafka = new KafkaProbe();

    /** A casus the clock knows (from CasusGeopend), in this municipality. */
    private TrajectEventsMother casusIn(String gemeenteCode) {
        TrajectEventsMother traject = new TrajectEventsMother(gemeenteCode);
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        traject.casusGeopend().send(kafka);
        await().atMost(GEDULD).until(() -> trajecten.vindMetCasus(traject.casusId).isPresent());
        return traject;
    }

    private static String token(String wie, String rol, String gemeente) {
        return ApiCaller.token(wie, rol, List.of(gemeente));
    }

    private HttpResponse<String> post(String pad, String json, String token) {
        return ApiCaller.onPort(port).post(pad, json, token);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String escalaties(TrajectEventsMother t) {
        return "/api/v1/casussen/" + t.casusId + "/escalaties";
    }

    private String open(TrajectEventsMother t, int situatie, String gemeente) {
        var geopend = post(escalaties(t), "{\"situatie\": " + situatie + ", \"partijen\": [\"LOKAAL_TEAM\", \"GECERTIFICEERDE_INSTELLING\"]}",
                token("regisseur-x", "regisseur", gemeente));
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        return json(geopend).path("escalatieId").asString();
    }

    private @Nullable Termijn termijn(TrajectEventsMother t, String soort, String onderwerp) {
        return trajecten.vind(t.aanmeldingId).map(g -> g.traject().termijnen().stream()
                .filter(x -> x.soort().name().equals(soort) && x.onderwerp().equals(onderwerp)).findFirst().orElse(null)).orElse(null);
    }

    @Test
    void aDilemmaGoesThroughStepsOneAndTwoWithItsMinutesApprovedAndItsTermsMet() {
        TrajectEventsMother t = casusIn("GM0228");
        String escalatie = open(t, 1, "GM0228");
        String pad = escalaties(t) + "/" + escalatie;
        String regisseur = token("regisseur-ede", "regisseur", "GM0228");
        String gw = token("gedragswetenschapper-ede", "gedragswetenschapper", "GM0228");
        String teamleider = token("teamleider-ede", "teamleider", "GM0228");

        assertThat(post(pad + "/stappen", "{\"stap\": 1}", regisseur).statusCode()).isEqualTo(201);
        await().atMost(GEDULD).until(() -> termijn(t, "ESCALATIE_STAP_1", escalatie) != null);
        assertThat(termijn(t, "ESCALATIE_STAP_1", escalatie).betrokkene().rol()).isEqualTo("GEDRAGSWETENSCHAPPER");

        assertThat(post(pad + "/gezinsinformatie", "{\"moment\": \"VOORAF\"}", regisseur).statusCode()).isEqualTo(201);
        var verslag = post(pad + "/verslagen", "{\"stap\": 1, \"vergaderdOp\": \"2026-06-02\", \"deelnemers\": [\"regisseur-ede\", "
                + "\"gedragswetenschapper-ede\"], \"tekst\": \"Visies verschillen over begeleid contact.\"}", regisseur);
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        String verslagId = json(verslag).path("verslagen").get(0).path("verslagId").asString();
        String reacties = pad + "/verslagen/" + verslagId + "/reacties";
        assertThat(post(reacties, "{\"akkoord\": true}", teamleider).statusCode()).as("no participant").isEqualTo(403);
        assertThat(post(reacties, "{\"akkoord\": false, \"toelichting\": \"Mijn advies ontbreekt\"}", gw).statusCode()).isEqualTo(201);
        assertThat(post(reacties, "{\"akkoord\": true}", regisseur).statusCode()).isEqualTo(201);
        var goedgekeurd = post(reacties, "{\"akkoord\": true}", gw);
        assertThat(json(goedgekeurd).path("verslagen").get(0).path("goedgekeurd").asBoolean()).as(goedgekeurd.body()).isTrue();

        assertThat(post(pad + "/stappen/1/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", gw).statusCode()).isEqualTo(200);
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", gw).statusCode()).isEqualTo(201);
        var opgelost = post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"OPGELOST\"}", teamleider);
        assertThat(json(opgelost).path("stand").asString()).as(opgelost.body()).isEqualTo("OPGELOST");
        var nogEen = post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", teamleider);
        assertThat(nogEen.statusCode()).isEqualTo(409);
        assertThat(json(nogEen).path("regel").asString()).isEqualTo("opgelost");

        await().atMost(GEDULD).untilAsserted(() -> {
            assertThat(termijn(t, "ESCALATIE_STAP_1", escalatie)).extracting(Termijn::status).isEqualTo(Status.GEHAALD);
            assertThat(termijn(t, "ESCALATIE_STAP_2", escalatie)).extracting(Termijn::status).isEqualTo(Status.GEHAALD);
            assertThat(termijn(t, "ESCALATIE_VERSLAG", verslagId)).extracting(Termijn::status).isNotNull();
        });
        assertThat(termijn(t, "ESCALATIE_VERSLAG", verslagId).betrokkene().rol()).isEqualTo("ESCALATIE_DEELNEMERS");
        assertThat(termijn(t, "ESCALATIE_VERSLAG", verslagId).status()).isIn(Status.GEHAALD, Status.TE_LAAT_GEHAALD);

        // Every event of this escalation on the topic, keyed by the referral, valid against its schema, without the minutes' text.
        var records = kafka.read(EscalationEvents.TOPIC, GEDULD, rs -> rs.stream().filter(r -> t.aanmeldingId.equals(r.key()))
                .map(r -> KafkaProbe.header(r, "ce_type")).collect(Collectors.toSet())
                .contains(EscalationEvents.ESCALATIESTAP_AFGEROND.type()));
        Map<String, String> perType = records.stream().filter(r -> t.aanmeldingId.equals(r.key()))
                .filter(r -> EscalationEvents.ESCALATIES.stream().anyMatch(e -> e.type().equals(KafkaProbe.header(r, "ce_type"))))
                .collect(Collectors.toMap(r -> KafkaProbe.header(r, "ce_type"), r -> new String(r.value(), StandardCharsets.UTF_8), (a, b) -> a));
        assertThat(perType).containsKeys(EscalationEvents.ESCALATIE_GESTART.type(), EscalationEvents.ESCALATIESTAP_GEZET.type(),
                EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE.type(), EscalationEvents.ESCALATIEVERSLAG_OPGESTELD.type(),
                EscalationEvents.ESCALATIEVERSLAG_GOEDGEKEURD.type());
        EscalationEvents.ESCALATIES.stream().filter(e -> perType.containsKey(e.type()))
                .forEach(e -> assertThat(SchemaCheck.violations(e, perType.get(e.type()))).as(e.name()).isEmpty());
        assertThat(String.join("", perType.values())).doesNotContain("begeleid contact").doesNotContain("advies ontbreekt");
        JsonNode gezin = JSON.readTree(perType.get(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE.type()));
        assertThat(gezin.path("aanZet").asString()).isEqualTo("GEDRAGSWETENSCHAPPERS");
        assertThat(gezin.path("moment").asString()).isEqualTo("VOORAF");
    }

    @Test
    void worryingConductStartsAtStepTwoAndAProfessionalIsRefusedStepThree() {
        TrajectEventsMother t = casusIn("GM0228");
        String pad = escalaties(t) + "/" + open(t, 3, "GM0228");
        String regisseur = token("regisseur-ede", "regisseur", "GM0228");

        var stapEen = post(pad + "/stappen", "{\"stap\": 1}", regisseur);
        assertThat(stapEen.statusCode()).isEqualTo(409);
        assertThat(json(stapEen).path("regel").asString()).isEqualTo("stap-1-alleen-bij-dilemma");
        assertThat(stapEen.headers().firstValue("content-type")).hasValueSatisfying(c -> assertThat(c).contains("problem+json"));

        assertThat(post(pad + "/stappen", "{\"stap\": 2}", token("vt-ede", "jeugdlink-professional", "GM0228")).statusCode()).isEqualTo(201);
        assertThat(post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", token("teamleider-ede", "teamleider", "GM0228"))
                .statusCode()).isEqualTo(200);

        var doorProfessional = post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", regisseur);
        assertThat(doorProfessional.statusCode()).isEqualTo(403);
        assertThat(json(doorProfessional).path("detail").asString()).contains("manager of directeur");

        var zonderAmbtenaren = post(pad + "/stappen", "{\"stap\": 3}", token("teamleider-ede", "teamleider", "GM0228"));
        assertThat(zonderAmbtenaren.statusCode()).isEqualTo(409);
        assertThat(json(zonderAmbtenaren).path("invalidParams").get(0).path("name").asString()).isEqualTo("ambtelijkBetrokken");
        assertThat(post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", token("teamleider-ede", "teamleider", "GM0228"))
                .statusCode()).isEqualTo(201);
        assertThat(post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", token("teamleider-vnd", "teamleider", "GM0345"))
                .statusCode()).as("another municipality").isEqualTo(403);
    }

    @Test
    void theLearningReportCountsTheStepsWhoseMinutesWereApproved() {
        TrajectEventsMother t = casusIn("GM0345");
        String pad = escalaties(t) + "/" + open(t, 2, "GM0345");
        String regisseur = token("regisseur-vnd", "regisseur", "GM0345");
        String teamleider = token("teamleider-vnd", "teamleider", "GM0345");
        post(pad + "/stappen", "{\"stap\": 2}", regisseur);
        var verslag = post(pad + "/verslagen", "{\"stap\": 2, \"vergaderdOp\": \"2026-06-02\", \"deelnemers\": [\"teamleider-vnd\"], "
                + "\"tekst\": \"Wachtlijst besproken.\"}", regisseur);
        String verslagId = json(verslag).path("verslagen").get(0).path("verslagId").asString();
        post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": true}", teamleider);
        assertThat(post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"OPGELOST\"}", teamleider).statusCode()).isEqualTo(200);
        // A second escalation without approved minutes does not count.
        String ander = escalaties(t) + "/" + open(t, 2, "GM0345");
        post(ander + "/stappen", "{\"stap\": 2}", regisseur);

        var rapport = ApiCaller.onPort(port).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0345&van=2000-01-01&tot=2100-01-01", teamleider);

        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(200);
        JsonNode rijen = json(rapport).path("rijen");
        assertThat(rijen.size()).isEqualTo(1);
        assertThat(rijen.get(0).path("situatie").asInt()).isEqualTo(2);
        assertThat(rijen.get(0).path("stap").asInt()).isEqualTo(2);
        assertThat(rijen.get(0).path("aantal").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).path("opgelost").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).path("gemiddeldeWerkdagen").asDouble()).isZero();
        assertThat(json(rapport).path("page").path("totalElements").asInt()).isEqualTo(1);
        assertThat(ApiCaller.onPort(port).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0228", teamleider).statusCode()).isEqualTo(403);

        // The report reads its dossiers through its index by _id: without the index it finds nothing; a start fills it in from the
        // dossiers stored before it existed, and the report is as it was.
        String pad100 = "/api/v1/escalatie-leerverslagen?gemeenteCode=GM0345&van=2000-01-01&tot=2100-01-01";
        mongo.getCollection("escalatie_leerverslag_index").deleteMany(new org.bson.Document());
        assertThat(json(ApiCaller.onPort(port).get(pad100, teamleider)).path("rijen").size()).isZero();
        opslag.indexeer();
        assertThat(json(ApiCaller.onPort(port).get(pad100, teamleider)).path("rijen")).isEqualTo(rijen);
    }

    @Test
    void namesEveryBrokenFieldAtOnceAndAnUnknownCasusIs404() {
        TrajectEventsMother t = casusIn("GM0228");
        var fout = post(escalaties(t), "{\"situatie\": 4}", token("regisseur-ede", "regisseur", "GM0228"));
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(json(fout).path("invalidParams").findValuesAsString("name")).containsExactlyInAnyOrder("situatie", "partijen");

        var onbekend = post("/api/v1/casussen/" + java.util.UUID.randomUUID() + "/escalaties", "{\"situatie\": 1, \"partijen\": [\"GEMEENTE\"]}",
                token("regisseur-ede", "regisseur", "GM0228"));
        assertThat(onbekend.statusCode()).isEqualTo(404);
    }
}
