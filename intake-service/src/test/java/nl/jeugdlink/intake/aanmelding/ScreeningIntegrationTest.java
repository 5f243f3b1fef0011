package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Screening by gedragswetenschapper and teamleider, the startoverleg and the caseload, over the real broker and store. */
@JeugdLinkIntegrationTest
class ScreeningIntegrationTest {

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Sealing verzegeling;

    @Autowired
    StoreQueries queries;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private static final String GW = ApiCaller.token("gw-ede-1", "gedragswetenschapper", List.of("GM0228"));
    private static final String TL = ApiCaller.token("tl-ede-1", "teamleider", List.of("GM0228"));

    private String nieuweAanmelding(String verwijzerId) {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink("GM0228", "SOCIAAL_TEAM", verwijzerId),
                ApiCaller.token(verwijzerId, "regisseur", List.of("GM0228")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asText();
    }

    private java.net.http.HttpResponse<String> screen(String id, String token, String body) {
        return ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + id + "/screening", body, token);
    }

    private static String accepteer(String... professionals) {
        var koppelingen = new StringBuilder();
        for (String p : professionals) {
            koppelingen.append(koppelingen.isEmpty() ? "" : ", ").append("{ \"medewerkerId\": \"").append(p).append("\", \"expertise\": \"VEILIG_THUIS\" }");
        }
        return """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "gw-ede-1", "teamleiderId": "tl-ede-1", "koppelingen": [ %s ] }
                """.formatted(koppelingen);
    }

    private List<ConsumerRecord<String, byte[]>> events(String id, String type) {
        return kafka.read(IntakeEvents.TOPIC, Duration.ofSeconds(15),
                        records -> records.stream().anyMatch(r -> id.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> id.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    private long caseload(String medewerkerId) {
        var response = ApiCaller.onPort(port).get("/api/v1/caseloads?medewerkerId=" + medewerkerId, TL);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get(0).get("openAanmeldingen").asLong();
    }

    @Test
    void theDashboardsCountersExistFromTheStartAndCountTheFirstReferralOfAKind() {
        // Made at start for every value (CountersFromZero), so the dashboard's increase() counts a kind's first referral too.
        assertThat(meters.find("jeugdlink.aanmeldingen.ontvangen").counters()).hasSize(3 * 3 * 7);
        assertThat(meters.find("jeugdlink.aanmeldingen.problematiek").counters()).hasSize(
                nl.jeugdlink.intake.aanmelding.domain.Problematiek.values().length * 7);
        assertThat(meters.find("jeugdlink.screening.besluiten").counters()).hasSize((1 + 4) * 7);
        var ontvangen = meters.get("jeugdlink.aanmeldingen.ontvangen").tags("soort", "JEUGDLINK", "verwijzer", "SOCIAAL_TEAM", "gemeente", "GM0228")
                .counter();
        double voor = ontvangen.count();

        nieuweAanmelding("st-ede-teller");

        assertThat(ontvangen.count()).isEqualTo(voor + 1);
        assertThat(meters.find("jeugdlink.aanmeldingen.ontvangen").counters()).as("no other counter than those made at start").hasSize(3 * 3 * 7);
    }

    @Test
    void acceptingCouplesProfessionalsAndPublishesAanmeldingGescreendWithTheChildrensAgeBands() {
        String vt = "vt-" + UUID.randomUUID().toString().substring(0, 8);
        String id = nieuweAanmelding("st-ede-s1");

        var response = screen(id, GW, accepteer(vt, "gi-jbg-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("status").asText()).isEqualTo("GEACCEPTEERD");
        assertThat(caseload(vt)).isEqualTo(1);

        var event = events(id, IntakeEvents.AANMELDING_GESCREEND.type()).getFirst();
        String payload = new String(event.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(IntakeEvents.AANMELDING_GESCREEND, payload)).isEmpty();
        JsonNode data = json.readTree(payload);
        assertThat(data.get("gekoppeldeProfessionals").valueStream().map(k -> k.get("medewerkerId").asText())).containsExactly(vt, "gi-jbg-1");
        // Sam (2015) is 11 and Noa (2023) is 3 on the day of screening; no names or birth dates travel.
        assertThat(data.get("kinderen").valueStream().map(k -> k.get("leeftijdscategorie").asText())).containsExactly("VAN_4_TOT_12", "ONDER_4");
        assertThat(payload).doesNotContain("Sam", "Noa", "2015-03-02", "Stationsweg");
    }

    @Test
    void theReferralAndItsScreeningReadAndWriteTheStoreByIdOnly() {
        long mark = queries.mark();

        String id = nieuweAanmelding("st-ede-s9");
        assertThat(screen(id, GW, accepteer("vt-byid")).statusCode()).isEqualTo(201);
        var gelezen = ApiCaller.onPort(port).get("/api/v1/aanmeldingen/" + id, GW);
        events(id, IntakeEvents.AANMELDING_GESCREEND.type());

        assertThat(gelezen.statusCode()).as(gelezen.body()).isEqualTo(200);
        // The journey's POSTs, the need-to-know read, the audit of each and the relay: nothing that grows with the referrals stored.
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("aanmeldingen", "audit", "audit_hoofd"))).isEmpty();
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("aanmeldingen"));
    }

    @Test
    void acceptingHandsTheAddressesOfTheParentsWithCustodyToTheNotificationServiceSealed() {
        String id = nieuweAanmelding("st-ede-s7");

        assertThat(screen(id, GW, accepteer("vt-gezin")).statusCode()).isEqualTo(201);

        String payload = new String(events(id, IntakeEvents.GEZINSCONTACT_GEDEELD.type()).getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(IntakeEvents.GEZINSCONTACT_GEDEELD, payload)).isEmpty();
        assertThat(payload).doesNotContain("anna.voorbeeld", "example.nl", "Anna", "bram");
        JsonNode data = json.readTree(payload);
        assertThat(data.get("grondslag").asText()).isEqualTo("TOESTEMMING");
        assertThat(data.get("toestemmingGegevenOp").asText()).isEqualTo("2026-11-20");
        assertThat(data.get("aantalAdressen").asInt()).isEqualTo(1);
        // Opened with the private half, as the notification-service does: the mother has custody, the father (with an address) not.
        JsonNode adressen = json.readTree(verzegeling.ontzegel(data.get("verzegeld").asText(), GezinscontactGedeeld.context(id))).get("adressen");
        assertThat(adressen.valueStream().map(a -> a.get("relatie").asText() + " " + a.get("email").asText()))
                .containsExactly("BIOLOGISCHE_MOEDER anna.voorbeeld@example.nl");
        // The screening names the same parent by the same pseudonymous id, without name or address: her own feedback link
        // (case-service) is paired with her address (notification-service) by it.
        String gescreend = new String(events(id, IntakeEvents.AANMELDING_GESCREEND.type()).getFirst().value(), StandardCharsets.UTF_8);
        JsonNode ouders = json.readTree(gescreend).get("ouders");
        assertThat(ouders.valueStream().map(o -> o.get("relatie").asText() + " " + o.get("ouderId").asText()))
                .containsExactly("BIOLOGISCHE_MOEDER " + adressen.get(0).get("ouderId").asText());
        assertThat(adressen.get(0).get("ouderId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(gescreend).doesNotContain("anna.voorbeeld", "Anna", "Bram");
        assertThatThrownBy(() -> verzegeling.ontzegel(data.get("verzegeld").asText(), GezinscontactGedeeld.context(UUID.randomUUID().toString())))
                .as("the sealed addresses belong to this referral only").isInstanceOf(Sealing.OnleesbaarException.class);
    }

    @Test
    void anAcceptedAnonymousConsultationSharesNoContact() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.anoniemConsult(),
                ApiCaller.token("vt-0007", "regisseur", List.of("GM0345")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readTree(response.body()).get("id").asText();
        String gw = ApiCaller.token("gw-vnd-1", "gedragswetenschapper", List.of("GM0345"));

        var screening = screen(id, gw, accepteer("vt-anoniem").replace("gw-ede-1", "gw-vnd-1"));
        assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);

        JsonNode data = json.readTree(new String(events(id, IntakeEvents.GEZINSCONTACT_GEDEELD.type()).getFirst().value(), StandardCharsets.UTF_8));
        assertThat(data.get("grondslag").asText()).isEqualTo("GEEN");
        assertThat(data.get("aantalAdressen").asInt()).isZero();
        assertThat(data.get("verzegeld").isNull()).isTrue();
    }

    @Test
    void aReferralIsScreenedOnceASecondDecisionIsAConflict() {
        String id = nieuweAanmelding("st-ede-s2");
        assertThat(screen(id, GW, accepteer("vt-x")).statusCode()).isEqualTo(201);

        var again = screen(id, TL, """
                { "besluit": "AFWIJZEN", "gedragswetenschapperId": "gw-ede-1", "teamleiderId": "tl-ede-1", "reden": "ANDERS", "toelichting": "x" }
                """);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void decliningNeedsAReasonAndPublishesOnlyItsCode() {
        String id = nieuweAanmelding("st-ede-s3");
        var zonderReden = screen(id, TL, """
                { "besluit": "AFWIJZEN", "gedragswetenschapperId": "gw-ede-1", "teamleiderId": "tl-ede-1" }
                """);
        assertThat(zonderReden.statusCode()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("\"name\":\"reden\"", "\"code\":\"required\"");

        var afgewezen = screen(id, TL, """
                { "besluit": "AFWIJZEN", "gedragswetenschapperId": "gw-ede-1", "teamleiderId": "tl-ede-1", "reden": "ANDERS",
                  "toelichting": "Familie Voorbeeld krijgt al hulp van het wijkteam." }
                """);

        assertThat(afgewezen.statusCode()).as(afgewezen.body()).isEqualTo(201);
        String payload = new String(events(id, IntakeEvents.AANMELDING_AFGEWEZEN.type()).getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(IntakeEvents.AANMELDING_AFGEWEZEN, payload)).isEmpty();
        assertThat(payload).contains("\"redenCode\":\"ANDERS\"").doesNotContain("Voorbeeld");
    }

    @Test
    void onlyOneOfTheTwoScreenersRecordsTheDecision() {
        String id = nieuweAanmelding("st-ede-s4");
        var response = screen(id, ApiCaller.token("gw-ede-other", "gedragswetenschapper", List.of("GM0228")), accepteer("vt-y"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("gedragswetenschapperId", "aangemeldeGebruiker");
    }

    @Test
    void theStartoverlegIsPlannedAfterAcceptanceOnly() {
        String id = nieuweAanmelding("st-ede-s5");
        String overleg = """
                { "geplandOp": "%s", "deelnemers": ["st-ede-s5", "gw-ede-1", "vt-z"] }
                """.formatted(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        var teVroeg = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + id + "/startoverleg", overleg, GW);
        assertThat(teVroeg.statusCode()).as(teVroeg.body()).isEqualTo(409);

        assertThat(screen(id, GW, accepteer("vt-z")).statusCode()).isEqualTo(201);
        var gepland = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + id + "/startoverleg", overleg, GW);

        assertThat(gepland.statusCode()).as(gepland.body()).isEqualTo(201);
        String payload = new String(events(id, IntakeEvents.STARTOVERLEG_GEPLAND.type()).getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(IntakeEvents.STARTOVERLEG_GEPLAND, payload)).isEmpty();
        assertThat(json.readTree(payload).get("deelnemers").valueStream().map(JsonNode::asText)).containsExactly("st-ede-s5", "gw-ede-1", "vt-z");
    }

    @Test
    void aClosedCasusLeavesTheCaseloadOfItsProfessionals() {
        String vt = "vt-" + UUID.randomUUID().toString().substring(0, 8);
        String eerste = nieuweAanmelding("st-ede-s6");
        String tweede = nieuweAanmelding("st-ede-s7");
        assertThat(screen(eerste, GW, accepteer(vt)).statusCode()).isEqualTo(201);
        assertThat(screen(tweede, GW, accepteer(vt)).statusCode()).isEqualTo(201);
        assertThat(caseload(vt)).isEqualTo(2);

        String casusId = UUID.nameUUIDFromBytes(("casus:" + eerste).getBytes(StandardCharsets.UTF_8)).toString();
        String afgesloten = """
                { "casusId": "%s", "aanmeldingId": "%s", "gemeenteCode": "GM0228", "reden": "DOELEN_BEHAALD",
                  "afgeslotenDoor": "st-ede-s6", "afgeslotenOp": "2026-11-23T12:00:00Z" }
                """.formatted(casusId, eerste);
        assertThat(SchemaCheck.violations(CaseEvents.CASUS_AFGESLOTEN, afgesloten)).isEmpty();
        Map<String, String> headers = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", CaseEvents.CASUS_AFGESLOTEN.type(), "ce_source", "urn:nld:jeugdlink:foodvalley:case-service",
                "ce_subject", casusId, "ce_time", "2026-11-23T12:00:00Z", "content-type", "application/json");
        kafka.send(CaseEvents.TOPIC, casusId, headers, afgesloten.getBytes(StandardCharsets.UTF_8));
        // The same event delivered twice still closes one casus.
        kafka.send(CaseEvents.TOPIC, casusId, headers, afgesloten.getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(caseload(vt)).isEqualTo(1));
        // The closed referral's key was dropped by the count that found it closed: the key document holds what is open.
        assertThat(mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("medewerkerId").is(vt)), org.bson.Document.class, "caseload_paginas")
                .stream().flatMap(d -> d.getList("aanmeldingen", String.class).stream())).containsExactly(tweede);
    }

    @Test
    void theCaseloadIsCountedByIdWithoutAScan() {
        String vt = "vt-" + UUID.randomUUID().toString().substring(0, 8);
        String id = nieuweAanmelding("st-ede-s8");
        assertThat(screen(id, GW, accepteer(vt)).statusCode()).isEqualTo(201);
        // A key without a referral behind it (its save was lost) is not counted.
        mongo.upsert(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(vt + "#0")),
                new org.springframework.data.mongodb.core.query.Update().addToSet("aanmeldingen", UUID.randomUUID().toString()), "caseload_paginas");
        long mark = queries.mark();

        var response = ApiCaller.onPort(port).get("/api/v1/caseloads?medewerkerId=" + vt + "&medewerkerId=vt-nobody", TL);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get(0).get("openAanmeldingen").asLong()).isEqualTo(1);
        assertThat(json.readTree(response.body()).get(1).get("openAanmeldingen").asLong()).isZero();
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("aanmeldingen", "caseload_paginas"))).isEmpty();
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("caseload_paginas"));
    }

    @Test
    void aZorgtafelReferralByTheRaadIsAccepted() {
        var response = ApiCaller.onPort(port).post("/api/v1/aanmeldingen",
                AanmeldingRequestMother.zorgtafel("GM0228", "RAAD_VOOR_DE_KINDERBESCHERMING", "rvdk-1"),
                ApiCaller.token("rvdk-1", "jeugdlink-professional", List.of("GM0228")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("zorgtafel").get("redenAanmelding").asText()).isEqualTo("Omgangsregeling loopt vast.");
    }
}
