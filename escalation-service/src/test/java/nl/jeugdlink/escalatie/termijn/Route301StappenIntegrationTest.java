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
 * Route 301's steps 2-4 (seed 002, Bouwsteen 5; issue 13) as the configured rules ROUTE_301_STAP_2_3 (the bepaling referred within
 * step 1's and step 3's terms of the intention), BEPALING_VERWEZEN (the bepaling to the local team
 * within 5 working days of the step-1 consultation), BEPALING_TOEWIJZING (the back office's JW301 within 5 working days of the local
 * team receiving it) and ROUTE_301_STAP_2_4 (steps 2-4 within 3 weeks of step 1), over the routing's topic: their last days across
 * the region's days off, met on time by the toewijzing under the bepaling, and - with the clock moved - breached to the GI's team
 * leader and then the region's contact person. Its own profile (shared with {@link ToewijzingIntrekkingIntegrationTest}): it moves
 * the clock.
 */
@JeugdLinkIntegrationTest
@ActiveProfiles("route301")
class Route301StappenIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The organisatie claim of the youth protector in the routing's golden examples. */
    private static final String GI = "GECERTIFICEERDE_INSTELLING";
    private static final String GOLDEN_AANMELDING = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    private static final String GOLDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    private static final String GOLDEN_BEPALING = "2f9c1d7e-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
    private static final String GOLDEN_TOEWIJZING = "7a4e2c1b-5d3f-4e8a-9b6c-1f0e2d3c4b5a";
    private static final String GOLDEN_VOORNEMEN = "7a1e2d3c-4b5f-4a6e-9d8c-1b2a3f4e5d6c";

    private final KafkaProbe kafka = new KafkaProbe();
    private final String aanmeldingId = UUID.randomUUID().toString();
    private final String casusId = UUID.randomUUID().toString();
    private final String bepalingId = UUID.randomUUID().toString();
    private final String voornemenId = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aBepalingReferredAndAllocatedOnTheLastDaysAcrossKingsDayMeetsStepsTwoToFourOnTime() {
        klok.zet(Instant.parse("2027-04-16T08:00:00Z"));
        // Intended on Friday 16 April 2027: steps 1-3 (3 and 5 working days) by Thursday 29 April, Koningsdag being off.
        voorgenomen("2027-04-16");
        JsonNode stap23 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_3");
        assertThat(stap23.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(stap23.get("uiterlijk").asString()).isEqualTo("2027-04-29");
        assertThat(stap23.get("betreftOrganisatie").asString()).isEqualTo(GI);
        verzet("2027-04-20T08:00:00Z");
        // Step 1, the local team consulted on Tuesday 20 April 2027; the bepaling sent to it on Wednesday 28 April - the fifth working
        // day, Koningsdag (Tuesday 27) being off.
        bepaald("2027-04-20", "2027-04-28");
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_2_3").get("uitkomst").asString()).isEqualTo("GEHAALD");

        JsonNode verwezen = een(EscalationEvents.TERMIJN_GESTART, "BEPALING_VERWEZEN");
        assertThat(verwezen.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(verwezen.get("uiterlijk").asString()).isEqualTo("2027-04-28");
        assertThat(verwezen.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(verwezen.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "BEPALING_VERWEZEN").get("uitkomst").asString()).isEqualTo("GEHAALD");

        // Steps 2-4: 3 weeks from step 1, Tuesday 11 May.
        JsonNode stap24 = een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_4");
        assertThat(stap24.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(stap24.get("uiterlijk").asString()).isEqualTo("2027-05-11");
        assertThat(stap24.get("betreftOrganisatie").asString()).isEqualTo(GI);
        // Step 4: the JW301 within 5 working days of the 28th - Wednesday 5 May, Liberation Day being a working day in 2027 (the region
        // has it off every lustrum).
        JsonNode toewijzing = een(EscalationEvents.TERMIJN_GESTART, "BEPALING_TOEWIJZING");
        assertThat(toewijzing.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(toewijzing.get("uiterlijk").asString()).isEqualTo("2027-05-05");
        assertThat(toewijzing.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(toewijzing.get("betreftOrganisatie").asString()).isEqualTo(GI);

        // A toewijzing of other care in the casus (no bepaling) meets neither; the one under the bepaling, late on the 5th, meets both.
        verzet("2027-05-04T12:00:00Z");
        toegewezen(UUID.randomUUID().toString(), "2027-05-04T12:00:00Z", false);
        verzet("2027-05-05T15:00:00Z");
        toegewezen(UUID.randomUUID().toString(), "2027-05-05T15:00:00Z", true);

        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "BEPALING_TOEWIJZING").get("uitkomst").asString()).isEqualTo("GEHAALD");
        JsonNode gehaald = een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_2_4");
        assertThat(gehaald.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(gehaald.get("gestoptOp").asString()).isEqualTo("2027-05-05T15:00:00Z");

        // Nothing left to breach when the clock passes both last days.
        verzet("2027-05-12T22:00:01Z");
        alGepubliceerd();
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_OVERSCHREDEN, "BEPALING_TOEWIJZING"))
                .noneMatch(r -> is(r, EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_2_4"))
                .noneMatch(r -> is(r, EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_2_3"));
    }

    @Test
    void anIntendedBepalingThatIsNotReferredWithinStepOneAndStepThreesTermsBreachesAheadOfTheBepaling() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        // Intended on Monday 19 April 2027: 8 working days, Friday 30 April (Koningsdag off). Nothing else follows: without this rule
        // the missing bepaling breached nothing, as the 301 terms of steps 2-4 start with it.
        voorgenomen("2027-04-19");
        assertThat(een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_3").get("uiterlijk").asString()).isEqualTo("2027-04-30");

        verzet("2027-04-30T22:00:01Z");
        JsonNode overschreden = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_2_3");
        assertThat(overschreden.get("onderwerpId").asString()).isEqualTo(voornemenId);
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_301_STAP_2_3"));
        // Monday 3 and Tuesday 4 May on (Liberation Day 2027 a working day): the region's contact person.
        verzet("2027-05-04T22:00:01Z");
        JsonNode opgeschaald = een(EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_301_STAP_2_3");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        // The bepaling referred on Wednesday 5 May meets it, late.
        bepaald("2027-04-22", "2027-05-05");
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_2_3").get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
    }

    /** The youth protector's intended bepaling on route 301 (the routing's golden example), on this day. */
    private void voorgenomen(String voorgenomenOp) {
        send(RoutingEvents.BEPALING_VOORGENOMEN, SchemaCheck.example(RoutingEvents.BEPALING_VOORGENOMEN)
                .replaceAll("\"voorgenomenOp\": \"[^\"]*\"", "\"voorgenomenOp\": \"" + voorgenomenOp + "\""));
    }

    @Test
    void aLateReferralIsRecordedLateAndAJw301ThatDoesNotComeBreachesStepFourThenStepsTwoToFourToTheTeamLeaderThenTheRegionsContact() {
        klok.zet(Instant.parse("2027-04-06T08:00:00Z"));
        // Step 1 on Tuesday 6 April 2027: the referral was due Tuesday 13 April, it went on Thursday 15th - late, for the figures (one
        // event starts and meets BEPALING_VERWEZEN, so it cannot breach ahead of it).
        verzet("2027-04-15T10:00:00Z");
        bepaald("2027-04-06", "2027-04-15");
        JsonNode verwezen = een(EscalationEvents.TERMIJN_GESTOPT, "BEPALING_VERWEZEN");
        assertThat(verwezen.get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
        assertThat(verwezen.get("uiterlijk").asString()).isEqualTo("2027-04-13");

        // Step 4 due Thursday 22 April; steps 2-4 three weeks from step 1, Tuesday 27 April - Koningsdag, so Wednesday 28 April, the
        // next working day (a term in weeks that ends on a day off ends on the next working day).
        assertThat(een(EscalationEvents.TERMIJN_GESTART, "BEPALING_TOEWIJZING").get("uiterlijk").asString()).isEqualTo("2027-04-22");
        assertThat(een(EscalationEvents.TERMIJN_GESTART, "ROUTE_301_STAP_2_4").get("uiterlijk").asString()).isEqualTo("2027-04-28");

        // No JW301 by the end of the 22nd: the GI's team leader hears of step 4.
        verzet("2027-04-22T22:00:01Z");
        JsonNode stap4 = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "BEPALING_TOEWIJZING");
        assertThat(stap4.get("onderwerpId").asString()).isEqualTo(bepalingId);
        assertThat(stap4.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap4.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_OPGESCHAALD, "BEPALING_TOEWIJZING"));

        // Two working days on (Friday 23, Monday 26 April), still none: the region's contact person.
        verzet("2027-04-26T22:00:01Z");
        JsonNode stap4Opgeschaald = een(EscalationEvents.TERMIJN_OPGESCHAALD, "BEPALING_TOEWIJZING");
        assertThat(stap4Opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(stap4Opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        // Koningsdag ends: steps 2-4 still run.
        verzet("2027-04-27T22:00:01Z");
        alGepubliceerd();
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_2_4"));
        verzet("2027-04-28T22:00:01Z");
        JsonNode stap24 = een(EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_301_STAP_2_4");
        assertThat(stap24.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap24.get("betreftOrganisatie").asString()).isEqualTo(GI);
        // Friday 30 April (2 working days on): the region's contact person.
        verzet("2027-04-30T22:00:01Z");
        JsonNode stap24Opgeschaald = een(EscalationEvents.TERMIJN_OPGESCHAALD, "ROUTE_301_STAP_2_4");
        assertThat(stap24Opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(stap24Opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        // The JW301 under the bepaling on Monday 3 May meets both, late.
        toegewezen(UUID.randomUUID().toString(), "2027-05-03T09:00:00Z", true);
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "BEPALING_TOEWIJZING").get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
        assertThat(een(EscalationEvents.TERMIJN_GESTOPT, "ROUTE_301_STAP_2_4").get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
    }

    /** A route-301 bepaling (the routing's golden example) with step 1's day and the day it went to the local team. */
    private void bepaald(String lokaalTeamGeraadpleegdOp, String verwezenNaarLokaalTeamOp) {
        String json = SchemaCheck.example(RoutingEvents.JEUGDHULP_BEPAALD)
                .replaceAll("\"lokaalTeamGeraadpleegdOp\": \"[^\"]*\"", "\"lokaalTeamGeraadpleegdOp\": \"" + lokaalTeamGeraadpleegdOp + "\"")
                .replaceAll("\"afgestemdOp\": \"[^\"]*\"", "\"afgestemdOp\": \"" + lokaalTeamGeraadpleegdOp + "\"")
                .replaceAll("\"verwezenNaarLokaalTeamOp\": \"[^\"]*\"", "\"verwezenNaarLokaalTeamOp\": \"" + verwezenNaarLokaalTeamOp + "\"");
        send(RoutingEvents.JEUGDHULP_BEPAALD, json);
    }

    /** A toewijzing in the casus, under the bepaling or (volgensBepaling false) for other care. */
    private void toegewezen(String toewijzingId, String toegewezenOp, boolean volgensBepaling) {
        String json = SchemaCheck.example(RoutingEvents.JEUGDHULP_TOEGEWEZEN).replace(GOLDEN_TOEWIJZING, toewijzingId)
                .replaceAll("\"toegewezenOp\": \"[^\"]*\"", "\"toegewezenOp\": \"" + toegewezenOp + "\"");
        if (!volgensBepaling) {
            json = json.replace("\"bepalingId\": \"" + GOLDEN_BEPALING + "\"", "\"bepalingId\": null")
                    .replace("\"volgensBepaling\": true", "\"volgensBepaling\": false");
        }
        send(RoutingEvents.JEUGDHULP_TOEGEWEZEN, json);
    }

    private void send(EventType type, String json) {
        String payload = json.replace(GOLDEN_AANMELDING, aanmeldingId).replace(GOLDEN_CASUS, casusId).replace(GOLDEN_BEPALING, bepalingId)
                .replace(GOLDEN_VOORNEMEN, voornemenId);
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

    /** Once the traject's outbox is empty, every event of its writes so far is on the topic. */
    private void alGepubliceerd() {
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
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
