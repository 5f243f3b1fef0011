package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step 1 of both Bouwsteen 5 routes and route 315's steps 2-3 (seed 002; issue 13) as the configured rules ROUTE_301_STAP_1,
 * ROUTE_315_STAP_1 and ROUTE_315_STAP_2_3, over the routing's topic: an intended bepaling (BepalingVoorgenomen) starts step 1, the
 * bepaling naming it meets it at its {@code afgestemdOp}; whom a breach concerns. Its own profile: it moves the clock, which must not
 * reach the deadlines of other classes. (A new class of the routes helper; the escalation-service's rules are its owner's.)
 */
@JeugdLinkIntegrationTest
@ActiveProfiles("aanmeldroute")
class AanmeldrouteStapEenIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The organisatie claim of the youth protector in the routing's golden examples. */
    private static final String GI = "GECERTIFICEERDE_INSTELLING";
    private static final String GOLDEN_AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String GOLDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    private static final String GOLDEN_VOORNEMEN = "7a1e2d3c-4b5f-4a6e-9d8c-1b2a3f4e5d6c";
    private static final String GOLDEN_BEPALING = "2f9c1d7e-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

    private final KafkaProbe kafka = new KafkaProbe();
    private final String aanmeldingId = UUID.randomUUID().toString();
    private final String casusId = UUID.randomUUID().toString();
    private final String voornemenId = UUID.randomUUID().toString();
    private final String bepalingId = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void anIntendedBepalingOnRoute301WithoutTheLocalTeamConsultedInThreeWorkingDaysReachesTheTeamLeaderAndTheRegionsContact() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        // Monday 19 April 2027: the local team must have been consulted by Thursday 22 April.
        voorgenomen("301", "2027-04-19");

        JsonNode stap1 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_1");
        assertThat(stap1.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(stap1.get("uiterlijk").asString()).isEqualTo("2027-04-22");
        assertThat(stap1.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap1.get("betreftOrganisatie").asString()).isEqualTo(GI);

        verzet("2027-04-22T22:00:01Z");
        JsonNode overschreden = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_1");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);
        // Seed 002: a contact that does not come about in time may be reported to the region's contact person - at once.
        JsonNode opgeschaald = een(EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_301_STAP_1");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_1"));
    }

    @Test
    void onRoute315TheBepalingMeetsStepOneAtTheLaterConsultationAndStepsTwoAndThreeAtItsReferralAndNo301TermStarts() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("315", "2027-04-19");
        JsonNode stap1 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_1");
        // 5 working days: Monday 26 April.
        assertThat(stap1.get("uiterlijk").asString()).isEqualTo("2027-04-26");
        // Steps 2-3 start with step 1: its 5 working days and 2 weeks after, 3 weeks from the intention - Monday 10 May.
        JsonNode stap23 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_2_3");
        assertThat(stap23.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(stap23.get("uiterlijk").asString()).isEqualTo("2027-05-10");
        assertThat(stap23.get("betreftOrganisatie").asString()).isEqualTo(GI);

        verzet("2027-04-23T12:00:00Z");
        // The local team on Wednesday 21, the provider on Friday 23 April: step 1 complete on the 23rd (the routing's afgestemdOp).
        bepaald("315", "2027-04-21", "2027-04-23", "2027-04-23", "2027-04-23");

        JsonNode gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_1");
        assertThat(gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(gehaald.get("onderwerpId").asString()).isEqualTo(voornemenId);
        // The bepaling naming the intention was sent on the 23rd: steps 2-3 met.
        JsonNode stap23Gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_2_3");
        assertThat(stap23Gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(stap23Gehaald.get("onderwerpId").asString()).isEqualTo(voornemenId);
        // The bepaling was read (step 3's own 5 working days start from it) ...
        een(EscalationEvents.TERMIJN_GESTART, "BEPALING_VERWEZEN");
        // ... but the 301 route's JW301 terms do not: on route 315 the JW301 answers the provider's JW315.
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTART, "BEPALING_TOEWIJZING"))
                .noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_4"))
                .noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_1"));
    }

    @Test
    void onRoute315ABepalingThatIsNotSentWithinStepOneAndTwoWeeksBreachesStepsTwoAndThreeAheadOfItAndReachesTheRegionsContactLater() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("315", "2027-04-19");
        een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_2_3");

        // Nothing sent by Monday 10 May: the GI's team leader hears of it, no bepaling needed for that.
        verzet("2027-05-10T22:00:01Z");
        JsonNode overschreden = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_315_STAP_2_3");
        assertThat(overschreden.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_315_STAP_2_3"));
        // Two working days on, still nothing: the region's contact person.
        verzet("2027-05-12T22:00:01Z");
        JsonNode opgeschaald = een(EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_315_STAP_2_3");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        // The bepaling, sent on the 13th, meets it late.
        bepaald("315", "2027-04-22", "2027-04-23", "2027-04-23", "2027-05-13");
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_2_3").get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
    }

    @Test
    void onRoute315TheProvidersJw315IsDueWithinFiveWorkingDaysOfTheReferral_metByTheRoutingsLinkOrBreachedAheadOfIt() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("315", "2027-04-19");
        verzet("2027-04-23T12:00:00Z");
        // Sent to the provider on Friday 23 April: its JW315 is due by Monday 3 May (Koningsdag off).
        bepaald("315", "2027-04-21", "2027-04-23", "2027-04-23", "2027-04-23");
        JsonNode stap4 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_4");
        assertThat(stap4.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(stap4.get("uiterlijk").asString()).isEqualTo("2027-05-03");
        assertThat(stap4.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap4.get("betreftOrganisatie").asString()).isEqualTo(GI);

        verzet("2027-05-03T22:00:01Z");
        JsonNode overschreden = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_315_STAP_4");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);

        // The JW315 arrives on Tuesday 4 May: met, late.
        send(RoutingEvents.BEPALING_AANGEVRAAGD, SchemaCheck.example(RoutingEvents.BEPALING_AANGEVRAAGD)
                .replaceAll("\"aangevraagdOp\": \"[^\"]*\"", "\"aangevraagdOp\": \"2027-05-04T09:00:00Z\""));
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_4").get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
    }

    @Test
    void aJw315LinkedAfterTheBreachThatCameInTimeWithdrawsTheBreachAndCountsAsMetOnTime() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("315", "2027-04-19");
        verzet("2027-04-23T12:00:00Z");
        bepaald("315", "2027-04-21", "2027-04-23", "2027-04-23", "2027-04-23");
        een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_4");
        // Due Monday 3 May; nothing linked by then: the GI's team leader hears of it.
        verzet("2027-05-03T22:00:01Z");
        een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_315_STAP_4");

        // The provider's JW315 was accepted on Friday 30 April, before the client was known; the routing links it on 5 May and
        // publishes BepalingAangevraagd with the JW315's own acceptance time (ADR 0041).
        verzet("2027-05-05T09:00:00Z");
        send(RoutingEvents.BEPALING_AANGEVRAAGD, SchemaCheck.example(RoutingEvents.BEPALING_AANGEVRAAGD)
                .replaceAll("\"aangevraagdOp\": \"[^\"]*\"", "\"aangevraagdOp\": \"2027-04-30T09:00:00Z\""));

        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_4").get("uitkomst").asString()).isEqualTo("GEHAALD");
        JsonNode ingetrokken = een(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, "ROUTE_315_STAP_4");
        assertThat(ingetrokken.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(ingetrokken.get("gehaaldOp").asString()).isEqualTo("2027-04-30T09:00:00Z");
        assertThat(ingetrokken.get("overschredenOp").asString()).isEqualTo("2027-05-03T22:00:01Z");
        assertThat(ingetrokken.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(ingetrokken.get("betreftOrganisatie").asString()).isEqualTo(GI);
        // Step 4's next person waits 2 working days: the breach had not reached the region's contact person.
        assertThat(ingetrokken.get("opgeschaaldRol").isNull()).isTrue();

        // The figures: met on time, the breach withdrawn and still on record.
        var response = ApiCaller.onPort(port).get("/api/v1/termijnen?aanmeldingId=" + aanmeldingId + "&status=GEHAALD",
                ApiCaller.token("tl-1", "teamleider", List.of("GM0228")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode stap4 = java.util.stream.StreamSupport.stream(JSON.readTree(response.body()).get("termijnen").spliterator(), false)
                .filter(t -> "ROUTE_315_STAP_4".equals(t.get("soort").asString())).findFirst().orElseThrow();
        assertThat(stap4.get("overschrijdingIngetrokken").asBoolean()).isTrue();
        assertThat(stap4.get("overschredenOp").asString()).isEqualTo("2027-05-03T22:00:01Z");
        // Every kind's counters stand from the start (at 0); this withdrawal moved its own.
        assertThat(meters.get("jeugdlink.termijnen.overschrijding.ingetrokken").tags("soort", "ROUTE_315_STAP_4", "gemeente", "GM0228").counter()
                .count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aStepOneConsultationRecordedTheDayAfterTheLastDayMeetsRoute301StepOneOnTimeAndWithdrawsTheBreach() {
        EventType geraadpleegd = lokaalTeamGeraadpleegd();
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("301", "2027-04-19");
        een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_1");
        // Friday 23 April: nothing recorded by Thursday, the breach reaches the GI's team leader and the region's contact at once.
        verzet("2027-04-23T09:00:00Z");
        een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_1");
        een(EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_301_STAP_1");

        // The youth protector records that the local team was consulted on Thursday 22 April, the last day.
        send(geraadpleegd, geraadpleegd("301", "2027-04-22", "2027-04-23T09:30:00Z"));

        JsonNode gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_1");
        assertThat(gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(gehaald.get("gestoptOp").asString()).isEqualTo("2027-04-21T22:00:00Z");
        JsonNode ingetrokken = een(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, "ROUTE_301_STAP_1");
        assertThat(ingetrokken.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(ingetrokken.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(ingetrokken.get("opgeschaaldRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(ingetrokken.get("opgeschaaldOrganisatie").asString()).isEqualTo("GM0228");
    }

    @Test
    void onRoute315TheRecordedConsultationMeetsStepOneAndLeavesStepsTwoAndThreeToTheReferral() {
        EventType geraadpleegd = lokaalTeamGeraadpleegd();
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("315", "2027-04-19");
        een(EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_1");
        verzet("2027-04-22T12:00:00Z");
        // A 301 consultation of the same intention meets nothing here; the 315 one on Wednesday 21 April meets step 1.
        send(geraadpleegd, geraadpleegd("301", "2027-04-20", "2027-04-22T11:00:00Z"));
        send(geraadpleegd, geraadpleegd("315", "2027-04-21", "2027-04-22T12:00:00Z"));

        JsonNode gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_1");
        assertThat(gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(gehaald.get("gestoptOp").asString()).isEqualTo("2027-04-20T22:00:00Z");
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_2_3"));
    }

    @Test
    void aRoute301BepalingStartsNoStepFourOfRoute315() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("301", "2027-04-19");
        verzet("2027-04-21T12:00:00Z");
        bepaald("301", "2027-04-21", null, "2027-04-21", "2027-04-21");
        een(EscalationEvents.TERMIJN_GESTART, "BEPALING_TOEWIJZING");
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_4"));
    }

    @Test
    void aRoute301BepalingMeetsStepOneOnTimeAndStillStartsThe301Terms() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        voorgenomen("301", "2027-04-19");
        een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_1");
        verzet("2027-04-21T12:00:00Z");
        bepaald("301", "2027-04-21", null, "2027-04-21", "2027-04-21");

        JsonNode gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_1");
        assertThat(gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_4").get("onderwerpId").asString()).isEqualTo(bepalingId);
        een(EscalationEvents.TERMIJN_GESTART, "BEPALING_TOEWIJZING");
    }

    /** The routing's LokaalTeamGeraadpleegd (issue 13, ADR 0040), read by the escalation's rule for step 1 of both routes. */
    private static EventType lokaalTeamGeraadpleegd() {
        return RoutingEvents.LOKAAL_TEAM_GERAADPLEEGD;
    }

    /** As the routing publishes it: the day of the consultation and when it was recorded. */
    private String geraadpleegd(String route, String geraadpleegdOp, String vastgelegdOp) {
        return """
                {"voornemenId": "%s", "casusId": "%s", "aanmeldingId": "%s", "gemeenteCode": "GM0228", "route": "%s",
                 "geraadpleegdOp": "%s", "agbCode": %s, "vastgelegdOp": "%s", "vastgelegdDoor": "jb-ede-0001",
                 "giOrganisatie": "%s", "jeugdbeschermerId": "jb-ede-0001"}"""
                .formatted(voornemenId, casusId, aanmeldingId, route, geraadpleegdOp, "315".equals(route) ? "\"12345678\"" : "null",
                        vastgelegdOp, GI);
    }

    private void voorgenomen(String route, String voorgenomenOp) {
        String json = SchemaCheck.example(RoutingEvents.BEPALING_VOORGENOMEN)
                .replace("\"route\": \"301\"", "\"route\": \"" + route + "\"")
                .replaceAll("\"voorgenomenOp\": \"[^\"]*\"", "\"voorgenomenOp\": \"" + voorgenomenOp + "\"");
        send(RoutingEvents.BEPALING_VOORGENOMEN, json);
    }

    private void bepaald(String route, String lokaalTeam, String zorgaanbieder, String afgestemd, String verwezen) {
        String json = SchemaCheck.example(RoutingEvents.JEUGDHULP_BEPAALD)
                .replace("\"route\": \"301\"", "\"route\": \"" + route + "\"")
                .replaceAll("\"lokaalTeamGeraadpleegdOp\": \"[^\"]*\"", "\"lokaalTeamGeraadpleegdOp\": \"" + lokaalTeam + "\"")
                .replace("\"zorgaanbiederGeraadpleegdOp\": null",
                        "\"zorgaanbiederGeraadpleegdOp\": " + (zorgaanbieder == null ? "null" : "\"" + zorgaanbieder + "\""))
                .replaceAll("\"afgestemdOp\": \"[^\"]*\"", "\"afgestemdOp\": \"" + afgestemd + "\"")
                .replaceAll("\"verwezenNaarLokaalTeamOp\": \"[^\"]*\"", "\"verwezenNaarLokaalTeamOp\": \"" + verwezen + "\"");
        send(RoutingEvents.JEUGDHULP_BEPAALD, json);
    }

    private void send(EventType type, String json) {
        String payload = json.replace(GOLDEN_AANMELDING, aanmeldingId).replace(GOLDEN_CASUS, casusId).replace(GOLDEN_VOORNEMEN, voornemenId)
                .replace(GOLDEN_BEPALING, bepalingId);
        assertThat(SchemaCheck.violations(type, payload)).isEmpty();
        kafka.send(type.topic(), casusId, Map.of(
                "ce_specversion", "1.0",
                "ce_id", UUID.randomUUID().toString(),
                "ce_source", "urn:nld:jeugdlink:foodvalley:jeugdhulp-routing-service",
                "ce_type", type.type(),
                "ce_subject", casusId,
                "ce_time", "2027-04-19T08:00:00Z",
                "content-type", "application/json"), payload.getBytes(StandardCharsets.UTF_8));
    }

    private void verzet(String tijdstip) {
        var verzet = ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"" + tijdstip + "\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);
    }

    private JsonNode een(EventType type, String soort) {
        List<JsonNode> events = kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> records.stream().anyMatch(r -> is(r, type, soort)))
                .stream().filter(r -> is(r, type, soort)).map(r -> {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(SchemaCheck.violations(type, json)).isEmpty();
                    return JSON.readTree(json);
                }).toList();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private boolean is(ConsumerRecord<String, byte[]> r, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }
}
