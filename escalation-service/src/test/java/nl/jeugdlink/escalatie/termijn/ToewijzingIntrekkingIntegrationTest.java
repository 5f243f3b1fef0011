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
 * A toewijzing the back office removes (the routing's ToewijzingGewijzigd with RedenWijziging 13, issue 13) lets its answer deadline
 * (TOEWIJZING_ANTWOORD) lapse, so the back office hears of no breach on care that is never to be given; the other toewijzingen of the
 * casus keep theirs, and a change that only brings the einddatum forward leaves the answer owed. Over the routing's topic, with the
 * clock moved past the due day. Its own profile (shared with {@link Route301StappenIntegrationTest}): it moves the clock.
 */
@JeugdLinkIntegrationTest
@ActiveProfiles("route301")
class ToewijzingIntrekkingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRemovedToewijzingsAnswerDeadlineLapsesAndNeverBreachesWhileTheCasussOtherToewijzingenKeepTheirs() {
        klok.zet(Instant.parse("2027-04-20T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String ingetrokken = UUID.randomUUID().toString();
        String andere = UUID.randomUUID().toString();
        String ingekort = UUID.randomUUID().toString();

        // Three toewijzingen on Tuesday 20 April 2027: each answer is due Wednesday 28 April (Koningsdag, the 27th, is off).
        traject.jeugdhulpToegewezen(ingetrokken, "2027-04-20T10:00:00Z").send(kafka);
        traject.jeugdhulpToegewezen(andere, "2027-04-20T10:05:00Z").send(kafka);
        traject.jeugdhulpToegewezen(ingekort, "2027-04-20T10:10:00Z").send(kafka);
        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, ingetrokken).get("uiterlijk").asString()).isEqualTo("2027-04-28");
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, andere);
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, ingekort);

        // Thursday 22 April the back office removes the first (reason 13: einddatum = ingangsdatum) and brings the third's einddatum
        // forward (reason 05, herbeoordeling: verkorting) - that one still holds until then, so its answer is still owed.
        traject.toewijzingGewijzigd(ingetrokken, "13", "2026-12-01", "2027-04-22T09:00:00Z").send(kafka);
        traject.toewijzingGewijzigd(ingekort, "05", "2027-02-28", "2027-04-22T09:05:00Z").send(kafka);

        JsonNode vervallen = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, ingetrokken);
        assertThat(vervallen.get("soort").asString()).isEqualTo("TOEWIJZING_ANTWOORD");
        assertThat(vervallen.get("uitkomst").asString()).isEqualTo("VERVALLEN");
        assertThat(vervallen.get("gestoptOp").asString()).isEqualTo("2027-04-22T09:00:00Z");

        // The end of Wednesday 28 April passes: the two still owed reach the back office, the removed one does not.
        verzet("2027-04-28T22:00:01Z");
        JsonNode overschreden = een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, andere);
        assertThat(overschreden.get("soort").asString()).isEqualTo("TOEWIJZING_ANTWOORD");
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, ingekort);
        alGepubliceerd(traject.aanmeldingId);
        assertThat(kafka.readAll(EscalationEvents.TOPIC))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, ingetrokken))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, andere))
                .noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, ingekort));
    }

    @Test
    void aCorrectionLetsTheRemovedToewijzingsDeadlineLapseAndTheNewToewijzingStartsItsOwn() {
        klok.zet(Instant.parse("2027-04-20T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String oud = UUID.randomUUID().toString();
        String gecorrigeerd = UUID.randomUUID().toString();

        traject.jeugdhulpToegewezen(oud, "2027-04-20T10:00:00Z").send(kafka);
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, oud);
        // A correction on Friday 23 April: the routing removes the old toewijzing and assigns the corrected care under a new number,
        // in one write - the two events in that order. The new answer is due Monday 3 May (Koningsdag off).
        traject.toewijzingGewijzigd(oud, "13", "2026-12-01", "2027-04-23T09:00:00Z").send(kafka);
        traject.jeugdhulpToegewezen(gecorrigeerd, "2027-04-23T09:00:00Z").send(kafka);

        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, oud).get("uitkomst").asString()).isEqualTo("VERVALLEN");
        JsonNode nieuw = een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, gecorrigeerd);
        assertThat(nieuw.get("soort").asString()).isEqualTo("TOEWIJZING_ANTWOORD");
        assertThat(nieuw.get("uiterlijk").asString()).isEqualTo("2027-05-03");

        verzet("2027-05-03T22:00:01Z");
        een(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, gecorrigeerd);
        alGepubliceerd(traject.aanmeldingId);
        assertThat(kafka.readAll(EscalationEvents.TOPIC)).noneMatch(r -> is(r, traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, oud));
    }

    @Test
    void anAnswerBeforeTheRemovalHasMetTheDeadlineAndTheRemovalChangesNothing() {
        klok.zet(Instant.parse("2027-04-20T08:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();

        traject.jeugdhulpToegewezen(toewijzing, "2027-04-20T10:00:00Z").send(kafka);
        traject.zorgaanbiederAfwijzing(toewijzing, "2027-04-21T09:00:00Z").send(kafka);
        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, toewijzing).get("uitkomst").asString()).isEqualTo("GEHAALD");

        traject.toewijzingGewijzigd(toewijzing, "13", "2026-12-01", "2027-04-22T09:00:00Z").send(kafka);
        alGepubliceerd(traject.aanmeldingId);
        // Still the one stop (een() asserts exactly one).
        assertThat(een(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, toewijzing).get("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    private void verzet(String tijdstip) {
        var verzet = ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"" + tijdstip + "\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);
    }

    /** Once the traject's outbox is empty, every event of its writes so far is on the topic. */
    private void alGepubliceerd(String aanmeldingId) {
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document document = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
    }

    /** The one event of this type about this toewijzing's TOEWIJZING_ANTWOORD. */
    private JsonNode een(String aanmeldingId, EventType type, String toewijzingId) {
        List<JsonNode> events = kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> records.stream().anyMatch(r -> is(r, aanmeldingId, type, toewijzingId)))
                .stream().filter(r -> is(r, aanmeldingId, type, toewijzingId)).map(r -> {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(SchemaCheck.violations(type, json)).isEmpty();
                    return JSON.readTree(json);
                }).toList();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static boolean is(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String toewijzingId) {
        String json = new String(r.value(), StandardCharsets.UTF_8);
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && json.contains("\"TOEWIJZING_ANTWOORD\"") && json.contains("\"" + toewijzingId + "\"");
    }
}
