package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A care provider declines a toewijzing (ZorgaanbiederAfwijzing), against the running service with a real broker and store. */
@JeugdLinkIntegrationTest
class AfwijzingIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB_A = "98000031";
    private static final String AGB_B = "98000032";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WACHTLIJST = """
            {"grond": "GEEN_TIJDIGE_HULP", "reden": "WACHTLIJST", "toelichting": "Wachttijd 14 weken, de jeugdige heeft nu hulp nodig."}""";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private String[] toewijzingAan(String agb) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(agb),
                ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new String[] {casusId, JSON.readTree(response.body()).get("toewijzingId").asString()};
    }

    private static String aanbieder(String agb) {
        return TestIssuer.get().zorgaanbiederToken("za-" + agb, agb);
    }

    @Test
    void theProviderDeclinesAndZorgaanbiederAfwijzingIsPublishedKeyedByTheCasusWithCodesOnly() {
        String[] toegewezen = toewijzingAan(AGB_A);
        String casusId = toegewezen[0];
        double eerder = meters.counter("jeugdlink.routing.afwijzingen", "grond", "GEEN_TIJDIGE_HULP", "reden", "WACHTLIJST").count();
        String toewijzingId = toegewezen[1];

        var response = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_A));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).get("afwijzing").get("reden").asString()).isEqualTo("WACHTLIJST");
        assertThat(meters.counter("jeugdlink.routing.afwijzingen", "grond", "GEEN_TIJDIGE_HULP", "reden", "WACHTLIJST").count()).isEqualTo(eerder + 1);
        List<ConsumerRecord<String, byte[]>> afwijzingen = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                        && RoutingEvents.ZORGAANBIEDER_AFWIJZING.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key()) && RoutingEvents.ZORGAANBIEDER_AFWIJZING.type().equals(KafkaProbe.header(r, "ce_type")))
                .toList();
        assertThat(afwijzingen).hasSize(1);
        assertThat(KafkaProbe.header(afwijzingen.getFirst(), "ce_subject")).isEqualTo(casusId);
        String payload = new String(afwijzingen.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.ZORGAANBIEDER_AFWIJZING, payload)).isEmpty();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("toewijzingId").asString()).isEqualTo(toewijzingId);
        assertThat(event.get("agbCode").asString()).isEqualTo(AGB_A);
        assertThat(event.get("grond").asString()).isEqualTo("GEEN_TIJDIGE_HULP");
        assertThat(payload).doesNotContain("Wachttijd");

        // The back office of the municipality reads the decline with the toewijzing; a second decline is refused.
        var gelezen = api().get("/api/v1/toewijzingen/" + toewijzingId, ApiCaller.token("bo", "backoffice", List.of(EDE)));
        assertThat(JSON.readTree(gelezen.body()).get("afwijzing").get("toelichting").asString()).startsWith("Wachttijd");
        var nogmaals = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_A));
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("AL_AFGEWEZEN");
    }

    @Test
    void aNewToewijzingToAnotherProviderClosesTheDeclinesSearchOnceAndTimesIt() {
        String[] toegewezen = toewijzingAan(AGB_A);
        String casusId = toegewezen[0];
        var declined = api().post("/api/v1/toewijzingen/" + toegewezen[1] + "/afwijzing", WACHTLIJST, aanbieder(AGB_A));
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(201);
        String afwijzingId = JSON.readTree(declined.body()).get("afwijzing").get("afwijzingId").asString();
        long eerder = meters.timer("jeugdlink.routing.zoektocht.duur").count();

        var nieuw = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB_B),
                ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE)));
        assertThat(nieuw.statusCode()).as(nieuw.body()).isEqualTo(201);
        String nieuwId = JSON.readTree(nieuw.body()).get("toewijzingId").asString();
        // A further toewijzing closes nothing more: the search is closed once.
        assertThat(api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek("98000033"),
                ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE))).statusCode()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> afgesloten = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                        && RoutingEvents.ZOEKTOCHT_AFGESLOTEN.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key()) && RoutingEvents.ZOEKTOCHT_AFGESLOTEN.type().equals(KafkaProbe.header(r, "ce_type")))
                .toList();
        assertThat(afgesloten).hasSize(1);
        String payload = new String(afgesloten.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.ZOEKTOCHT_AFGESLOTEN, payload)).isEmpty();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("afwijzingId").asString()).isEqualTo(afwijzingId);
        assertThat(event.get("toewijzingId").asString()).isEqualTo(nieuwId);
        assertThat(event.get("agbCode").asString()).isEqualTo(AGB_B);
        assertThat(meters.timer("jeugdlink.routing.zoektocht.duur").count()).isEqualTo(eerder + 1);
    }

    @Test
    void theYouthProtectorTakesADeclineToTheRetOnceAndZoektochtIngeschakeldNamesTheDecliningProviderAsCoOwner() {
        String[] toegewezen = toewijzingAan(AGB_A);
        String casusId = toegewezen[0];
        String toewijzingId = toegewezen[1];
        String jeugdbeschermer = ApiCaller.token("jb-" + EDE, "jeugdbeschermer", List.of(EDE));
        var teVroeg = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht", "{\"route\": \"RET\"}", jeugdbeschermer);
        assertThat(teVroeg.statusCode()).as(teVroeg.body()).isEqualTo(409);
        assertThat(teVroeg.body()).contains("NIET_AFGEWEZEN");
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_A)).statusCode()).isEqualTo(201);
        var fout = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht", "{\"route\": \"BOEG\"}", jeugdbeschermer);
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("route").contains("enum");
        double eerder = meters.counter("jeugdlink.routing.zoektochten", "route", "RET").count();

        var ingeschakeld = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht", "{\"route\": \"RET\"}", jeugdbeschermer);

        assertThat(ingeschakeld.statusCode()).as(ingeschakeld.body()).isEqualTo(201);
        assertThat(JSON.readTree(ingeschakeld.body()).get("afwijzing").get("zoektochtRoute").asString()).isEqualTo("RET");
        assertThat(meters.counter("jeugdlink.routing.zoektochten", "route", "RET").count()).isEqualTo(eerder + 1);
        var nogmaals = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht", "{\"route\": \"NETWERK\"}", jeugdbeschermer);
        assertThat(nogmaals.statusCode()).isEqualTo(409);
        assertThat(nogmaals.body()).contains("AL_INGESCHAKELD");
        List<ConsumerRecord<String, byte[]>> events = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                        && RoutingEvents.ZOEKTOCHT_INGESCHAKELD.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key()) && RoutingEvents.ZOEKTOCHT_INGESCHAKELD.type().equals(KafkaProbe.header(r, "ce_type")))
                .toList();
        assertThat(events).hasSize(1);
        String payload = new String(events.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.ZOEKTOCHT_INGESCHAKELD, payload)).isEmpty();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("route").asString()).isEqualTo("RET");
        assertThat(event.get("medeEigenaarAgbCode").asString()).isEqualTo(AGB_A);
        assertThat(event.get("ingeschakeldDoor").asString()).isEqualTo("jb-" + EDE);
        // The decline's own moment: the escalation-service counts step 6 after a network search (ZOEKTOCHT_STAP_6_NETWERK) from it.
        String afgewezenOp = JSON.readTree(ingeschakeld.body()).get("afwijzing").get("afgewezenOp").asString();
        assertThat(java.time.Instant.parse(event.get("afgewezenOp").asString())).isEqualTo(java.time.Instant.parse(afgewezenOp));
    }

    private List<ConsumerRecord<String, byte[]>> events(String casusId, nl.jeugdlink.contracts.EventType type, int aantal) {
        return kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30),
                records -> records.stream().filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= aantal)
                .stream().filter(r -> casusId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    @Test
    void theRetDiscussesTheCaseWithoutCareAndTheTeamLeaderEscalatesThenTheContactPersonToTheAdministrators() {
        String[] toegewezen = toewijzingAan(AGB_A);
        String casusId = toegewezen[0];
        String toewijzingId = toegewezen[1];
        String jeugdbeschermer = ApiCaller.token("jb-" + EDE, "jeugdbeschermer", List.of(EDE));
        String teamleider = ApiCaller.token("tl-" + EDE, "teamleider", List.of(EDE));
        String bespreking = "/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht/bespreking";
        String opschaling = "/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht/opschaling";
        var declined = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_A));
        String afwijzingId = JSON.readTree(declined.body()).get("afwijzing").get("afwijzingId").asString();
        var nietIngeschakeld = api().post(bespreking, "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}", jeugdbeschermer);
        assertThat(nietIngeschakeld.statusCode()).isEqualTo(409);
        assertThat(nietIngeschakeld.body()).contains("NIET_INGESCHAKELD");
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht", "{\"route\": \"RET\"}", jeugdbeschermer).statusCode())
                .isEqualTo(201);
        var teVroeg = api().post(opschaling, "{}", teamleider);
        assertThat(teVroeg.statusCode()).isEqualTo(409);
        assertThat(teVroeg.body()).contains("NIET_BESPROKEN");
        var fout = api().post(bespreking, "{\"uitkomst\": \"MISSCHIEN\"}", jeugdbeschermer);
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("uitkomst").contains("enum");
        double besprekingen = meters.counter("jeugdlink.routing.ret.besprekingen", "uitkomst", "GEEN_PASSENDE_HULP").count();
        double opschalingen = meters.counter("jeugdlink.routing.zoektocht.opschalingen", "bestuurlijk", "false").count();

        var besproken = api().post(bespreking, "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}", jeugdbeschermer);
        assertThat(besproken.statusCode()).as(besproken.body()).isEqualTo(201);
        assertThat(JSON.readTree(besproken.body()).get("afwijzing").get("retUitkomst").asString()).isEqualTo("GEEN_PASSENDE_HULP");
        assertThat(api().post(bespreking, "{\"uitkomst\": \"ZICHT_OP_PASSENDE_HULP\"}", jeugdbeschermer).body()).contains("AL_BESPROKEN");
        // Step 6 is not the youth protector's.
        assertThat(api().post(opschaling, "{}", jeugdbeschermer).statusCode()).isEqualTo(403);
        var opgeschaald = api().post(opschaling, "{}", teamleider);
        assertThat(opgeschaald.statusCode()).as(opgeschaald.body()).isEqualTo(201);
        assertThat(JSON.readTree(opgeschaald.body()).get("afwijzing").get("opgeschaaldOp").isNull()).isFalse();
        assertThat(api().post(opschaling, "{}", teamleider).body()).contains("AL_OPGESCHAALD");
        var bestuurlijk = api().post(opschaling, "{\"bestuurlijk\": true}",
                ApiCaller.token("rcp-foodvalley", "regionale-contactpersoon", List.of(EDE)));
        assertThat(bestuurlijk.statusCode()).as(bestuurlijk.body()).isEqualTo(201);
        assertThat(JSON.readTree(bestuurlijk.body()).get("afwijzing").get("bestuurlijkOpgeschaaldOp").isNull()).isFalse();

        assertThat(meters.counter("jeugdlink.routing.ret.besprekingen", "uitkomst", "GEEN_PASSENDE_HULP").count()).isEqualTo(besprekingen + 1);
        assertThat(meters.counter("jeugdlink.routing.zoektocht.opschalingen", "bestuurlijk", "false").count()).isEqualTo(opschalingen + 1);
        var ret = events(casusId, RoutingEvents.RET_BESPROKEN, 1);
        assertThat(ret).hasSize(1);
        String retPayload = new String(ret.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.RET_BESPROKEN, retPayload)).isEmpty();
        assertThat(JSON.readTree(retPayload).get("afwijzingId").asString()).isEqualTo(afwijzingId);
        assertThat(JSON.readTree(retPayload).get("uitkomst").asString()).isEqualTo("GEEN_PASSENDE_HULP");
        var op = events(casusId, RoutingEvents.ZOEKTOCHT_OPGESCHAALD, 2);
        assertThat(op).hasSize(2);
        for (var r : op) {
            assertThat(SchemaCheck.violations(RoutingEvents.ZOEKTOCHT_OPGESCHAALD, new String(r.value(), StandardCharsets.UTF_8))).isEmpty();
            assertThat(KafkaProbe.header(r, "ce_subject")).isEqualTo(casusId);
        }
        assertThat(op).extracting(r -> JSON.readTree(r.value()).get("bestuurlijk").asBoolean()).containsExactly(false, true);
        assertThat(op).extracting(r -> JSON.readTree(r.value()).get("opgeschaaldDoor").asString()).containsExactly("tl-" + EDE, "rcp-foodvalley");
    }

    @Test
    void anotherMunicipalitysTeamLeaderCannotEscalate() {
        String toewijzingId = toewijzingAan(AGB_A)[1];
        api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_A));

        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing/zoektocht/opschaling", "{}",
                ApiCaller.token("tl-vnd", "teamleider", List.of("GM0345"))).statusCode()).isEqualTo(403);
    }

    @Test
    void anotherProviderCannotDeclineAndLearnsNothingAndTheBackOfficeCannotDeclineForIt() {
        String toewijzingId = toewijzingAan(AGB_A)[1];

        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST, aanbieder(AGB_B)).statusCode()).isEqualTo(404);
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", WACHTLIJST,
                ApiCaller.token("bo", "backoffice", List.of(EDE))).statusCode()).isEqualTo(403);
    }

    @Test
    void namesEveryMissingOrUnknownFieldAtOnce() {
        String toewijzingId = toewijzingAan(AGB_A)[1];

        var leeg = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing", "{\"grond\": \"TE_DUUR\"}", aanbieder(AGB_A));
        var andersZonderUitleg = api().post("/api/v1/toewijzingen/" + toewijzingId + "/afwijzing",
                "{\"grond\": \"GEEN_PASSENDE_HULP\", \"reden\": \"ANDERS\"}", aanbieder(AGB_A));

        assertThat(leeg.statusCode()).isEqualTo(400);
        assertThat(leeg.body()).contains("\"grond\"").contains("\"enum\"").contains("\"reden\"").contains("\"required\"");
        assertThat(andersZonderUitleg.statusCode()).isEqualTo(400);
        assertThat(andersZonderUitleg.body()).contains("\"toelichting\"");
    }
}
