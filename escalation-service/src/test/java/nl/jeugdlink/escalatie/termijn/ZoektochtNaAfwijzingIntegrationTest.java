package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
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
 * Steps 5 and 6 after a provider's decline (seed 002, Bouwsteen 5) as the configured rules ZOEKTOCHT_STAP_5 and _6, keyed by the
 * decline, over the routing's topic; whom the route terms' breaches reach (issue 15): the GI's team leader, then the region's contact
 * person, and the back office of the municipality that assigned a toewijzing. Its own profile: it moves the clock, which must not reach the deadlines of other classes.
 */
@JeugdLinkIntegrationTest
@ActiveProfiles("zoektocht")
class ZoektochtNaAfwijzingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** The organisatie claim of the youth protector in the routing's golden examples. */
    private static final String GI = "GECERTIFICEERDE_INSTELLING";

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    MongoTemplate mongo;

    @Test
    void stepFiveConcernsTheBackOfficeOfTheMunicipalityThatAssignedTheDeclinedToewijzing() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();
        String afwijzing = UUID.randomUUID().toString();

        // An Ede casus whose care Veenendaal assigned under the woonplaatsbeginsel: Veenendaal's back office engages step 5.
        traject.zorgaanbiederAfwijzingVan("GM0345", toewijzing, afwijzing, "2027-04-19T09:00:00Z").send(kafka);

        JsonNode stap5 = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_5");
        assertThat(stap5.get("onderwerpId").asString()).isEqualTo(afwijzing);
        assertThat(stap5.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(stap5.get("betreftOrganisatie").asString()).isEqualTo("GM0345");
        assertThat(stap5.get("gemeenteCode").asString()).as("the casus's traject").isEqualTo("GM0228");
    }

    @Test
    void aDeclineIsDiscussedByTheRetWithinTwoWeeksAndWithoutCareTheTeamLeaderEscalatesWithinAWeekOrTheRegionsContactHearsOfIt() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();
        String afwijzing = UUID.randomUUID().toString();

        traject.jeugdhulpToegewezen(toewijzing, "2027-04-12T10:00:00Z").send(kafka);
        // Monday 19 April 2027: the RET must have discussed the case by Monday 3 May.
        traject.zorgaanbiederAfwijzing(toewijzing, afwijzing, "2027-04-19T09:00:00Z").send(kafka);

        JsonNode stap5 = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_5");
        assertThat(stap5.get("onderwerpId").asString()).isEqualTo(afwijzing);
        assertThat(stap5.get("uiterlijk").asString()).isEqualTo("2027-05-03");
        // Step 5 is the back office's (it engages the network or the RET), although the decline names the GI.
        assertThat(stap5.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(stap5.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        traject.retBesproken(afwijzing, "2027-04-30T12:00:00Z", "GEEN_PASSENDE_HULP").send(kafka);

        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_5").get("uitkomst").asString()).isEqualTo("GEHAALD");
        JsonNode stap6 = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6");
        assertThat(stap6.get("onderwerpId").asString()).isEqualTo(afwijzing);
        assertThat(stap6.get("uiterlijk").asString()).isEqualTo("2027-05-07");
        assertThat(stap6.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap6.get("betreftOrganisatie").asString()).isEqualTo(GI);

        // Not escalated by Friday 7 May: the team leader hears of the breach; still not by the end of Tuesday 11 May (2 working
        // days on), the region's contact person does.
        verzet("2027-05-07T22:00:01Z");
        JsonNode overschreden = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, "ZOEKTOCHT_STAP_6");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6"));
        verzet("2027-05-11T22:00:01Z");
        JsonNode opgeschaald = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
        // Counted to the local day of the sweep, Wednesday 12 May 00:00:01: 10, 11 and 12 May.
        assertThat(opgeschaald.get("werkdagenTeLaat").asInt()).isEqualTo(3);
    }

    @Test
    void aSearchInTheProviderNetworkThatFindsNothingIsEscalatedWithinThreeWeeksOfTheDeclineOrTheGiTeamLeaderThenTheRegionsContactHear() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String afwijzing = UUID.randomUUID().toString();

        // Declined Monday 19 April 2027, to the network on the 20th: the network has step 5's 2 weeks (3 May), the team leader then
        // a week to escalate: Monday 10 May.
        traject.zoektochtIngeschakeld(afwijzing, "NETWERK", "2027-04-19T09:00:00Z", "2027-04-20T10:00:00Z").send(kafka);
        JsonNode stap6 = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(stap6.get("onderwerpId").asString()).isEqualTo(afwijzing);
        assertThat(stap6.get("uiterlijk").asString()).isEqualTo("2027-05-10");
        assertThat(stap6.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap6.get("betreftOrganisatie").asString()).isEqualTo(GI);

        verzet("2027-05-10T22:00:01Z");
        JsonNode overschreden = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo(GI);
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6_NETWERK"));
        // Still not escalated by the end of Wednesday 12 May (2 working days on): the region's contact person hears of it.
        verzet("2027-05-12T22:00:01Z");
        JsonNode opgeschaald = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        // The team leader's escalation, late, meets it; the RET's step 6 never started on this route.
        traject.zoektochtOpgeschaald(afwijzing, "2027-05-13T09:00:00Z").send(kafka);
        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_6_NETWERK").get("uitkomst").asString())
                .isEqualTo("TE_LAAT_GEHAALD");
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6"));
    }

    @Test
    void aSearchInTheNetworkClosedByANewToewijzingMeetsItsStepSixAndASearchAtTheRetStartsNone() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var netwerk = TrajectEventsMother.inEde();
        String afwijzing = UUID.randomUUID().toString();
        netwerk.zoektochtIngeschakeld(afwijzing, "NETWERK", "2027-04-19T09:00:00Z", "2027-04-20T10:00:00Z").send(kafka);
        een(netwerk.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6_NETWERK");
        netwerk.zoektochtAfgesloten(afwijzing, "2027-04-29T10:00:00Z").send(kafka);
        assertThat(een(netwerk.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_6_NETWERK").get("uitkomst").asString())
                .isEqualTo("GEHAALD");

        var ret = TrajectEventsMother.inEde();
        ret.zoektochtIngeschakeld(UUID.randomUUID().toString(), "RET", "2027-04-19T09:00:00Z", "2027-04-20T10:00:00Z").send(kafka);
        ret.zorgaanbiederAfwijzing(UUID.randomUUID().toString(), "2027-04-19T09:00:00Z").send(kafka);
        een(ret.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_5");
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(ret.aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, java.util.List.of()).isEmpty();
        });
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, ret.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6_NETWERK"));
    }

    @Test
    void inACasusOfTheLocalTeamAloneStepSixsBreachReachesTheMunicipalitysTeamLeaderThenTheRegionsContact() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String afwijzing = UUID.randomUUID().toString();

        // No youth protector in the casus: giOrganisatie is null, so the breach falls back to the traject's municipality.
        traject.retBesprokenZonderGi(afwijzing, "2027-04-30T12:00:00Z", "GEEN_PASSENDE_HULP").send(kafka);
        JsonNode stap6 = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6");
        assertThat(stap6.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        verzet("2027-05-07T22:00:01Z");
        JsonNode overschreden = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, "ZOEKTOCHT_STAP_6");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
        verzet("2027-05-11T22:00:01Z");
        JsonNode opgeschaald = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6");
        assertThat(opgeschaald.get("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
    }

    @Test
    void anUnansweredToewijzingUnderTheWoonplaatsbeginselReachesTheBackOfficeOfTheMunicipalityThatAssignedIt() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();

        // Veenendaal (GM0345) is responsible and assigned the care in Ede's casus: only its back office can change or withdraw it.
        traject.jeugdhulpToegewezen(toewijzing, "2027-04-20T10:00:00Z", "GM0345").send(kafka);
        JsonNode gestart = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "TOEWIJZING_ANTWOORD");
        assertThat(gestart.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(gestart.get("betreftOrganisatie").asString()).isEqualTo("GM0345");
        assertThat(gestart.get("gemeenteCode").asString()).isEqualTo("GM0228");

        // Due Wednesday 28 April (Koningsdag off); no answer by its end.
        verzet("2027-04-28T22:00:01Z");
        JsonNode overschreden = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, "TOEWIJZING_ANTWOORD");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo("GM0345");
        assertThat(overschreden.get("gemeenteCode").asString()).isEqualTo("GM0228");
    }

    @Test
    void aNewToewijzingToAnotherProviderClosesTheSearchAndNoStepSixStarts() {
        klok.zet(Instant.parse("2027-04-19T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();
        String afwijzing = UUID.randomUUID().toString();

        traject.zorgaanbiederAfwijzing(toewijzing, afwijzing, "2027-04-19T09:00:00Z").send(kafka);
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_5");
        traject.zoektochtAfgesloten(afwijzing, "2027-04-22T10:00:00Z").send(kafka);

        JsonNode gestopt = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_5");
        assertThat(gestopt.get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(gestopt.get("onderwerpId").asString()).isEqualTo(afwijzing);
        // Once the traject's outbox is empty, every event of the write that closed the search is on the topic.
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(traject.aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, java.util.List.of()).isEmpty();
        });
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6"));
    }

    private void verzet(String tijdstip) {
        var verzet = ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"" + tijdstip + "\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);
    }

    private JsonNode een(String aanmeldingId, EventType type, String soort) {
        List<JsonNode> events = kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> records.stream().anyMatch(r -> is(r, aanmeldingId, type, soort)))
                .stream().filter(r -> is(r, aanmeldingId, type, soort)).map(r -> {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(SchemaCheck.violations(type, json)).isEmpty();
                    return JSON.readTree(json);
                }).toList();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static boolean is(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }
}
