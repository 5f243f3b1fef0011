package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.escalatie.termijn.adapter.bewaking.TermijnBewaking;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The clock against a real broker and store: events in, deadlines on the topic, the clock moved over working days. */
@JeugdLinkIntegrationTest
class TermijnklokIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    TermijnBewaking bewaking;

    @Autowired
    Trajecten trajecten;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MongoTemplate mongo;

    private List<ConsumerRecord<String, byte[]>> termijnEvents(String aanmeldingId, Duration wait, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        return kafka.read(EscalationEvents.TOPIC, wait, records -> done.test(vanTraject(records, aanmeldingId))).stream()
                .filter(r -> aanmeldingId.equals(r.key())).toList();
    }

    /**
     * Everything the traject's writes have put on the topic so far: once its outbox is empty (the relay removes an event
     * only after the broker acknowledged it), the topic read to its end. For an event that must not be there, without
     * waiting for it not to come: every write that could have queued it is done before this is called.
     */
    private List<ConsumerRecord<String, byte[]>> gepubliceerd(String aanmeldingId) {
        await().atMost(PATIENCE).until(() -> uitgaand(aanmeldingId) == 0);
        return vanTraject(kafka.readAll(EscalationEvents.TOPIC), aanmeldingId);
    }

    private int uitgaand(String aanmeldingId) {
        org.bson.Document traject = mongo.findById(aanmeldingId, org.bson.Document.class, "trajecten");
        return traject == null ? 0 : traject.getList("pendingEvents", Object.class, List.of()).size();
    }

    private static List<ConsumerRecord<String, byte[]>> vanTraject(List<ConsumerRecord<String, byte[]>> records, String aanmeldingId) {
        return records.stream().filter(r -> aanmeldingId.equals(r.key())).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> vanType(List<ConsumerRecord<String, byte[]>> records, EventType type) {
        return records.stream().filter(r -> type.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
    }

    private static long aantal(List<ConsumerRecord<String, byte[]>> records, EventType type) {
        // Counted by event id: the relay publishes at least once, consumers recognise a repeat by its id.
        return vanType(records, type).stream().map(r -> KafkaProbe.header(r, "ce_id")).distinct().count();
    }

    private static String json(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return JSON.readTree(record.value());
    }

    private Termijn termijn(String aanmeldingId, Soort soort) {
        return trajecten.vind(aanmeldingId).orElseThrow().traject().termijnen().stream().filter(t -> t.soort().equals(soort)).findFirst().orElseThrow();
    }

    private boolean heeftTermijn(String aanmeldingId, Soort soort) {
        return trajecten.vind(aanmeldingId).map(g -> g.traject().termijnen().stream().anyMatch(t -> t.soort().equals(soort))).orElse(false);
    }

    private void verzetKlok(String tijdstip) {
        var response = ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"" + tijdstip + "\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void startsTheFirstContactDeadlineAndReportsItExactlyOnceWhenTheLastWorkingDayHasEnded() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();

        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);

        var gestart = termijnEvents(traject.aanmeldingId, PATIENCE, r -> aantal(r, EscalationEvents.TERMIJN_GESTART) >= 1);
        assertThat(aantal(gestart, EscalationEvents.TERMIJN_GESTART)).isEqualTo(1);
        var start = vanType(gestart, EscalationEvents.TERMIJN_GESTART).getFirst();
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_GESTART, json(start))).isEmpty();
        assertThat(payload(start).get("soort").asString()).isEqualTo("EERSTE_CONTACT");
        assertThat(payload(start).get("werkdagen").asInt()).isEqualTo(5);
        // Tuesday 21 April 2026 plus five working days, King's Day (Monday 27) skipped.
        assertThat(payload(start).get("uiterlijk").asString()).isEqualTo("2026-04-29");
        assertThat(payload(start).get("casusId").isNull()).isTrue();

        verzetKlok("2026-04-29T21:59:00Z");
        assertThat(termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status()).as("on its last day").isEqualTo(Status.OPEN);

        verzetKlok("2026-04-29T22:00:01Z");
        assertThat(termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status()).isEqualTo(Status.OVERSCHREDEN);
        var overschreden = termijnEvents(traject.aanmeldingId, PATIENCE, r -> aantal(r, EscalationEvents.TERMIJN_OVERSCHREDEN) >= 1);
        var melding = vanType(overschreden, EscalationEvents.TERMIJN_OVERSCHREDEN).getFirst();
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_OVERSCHREDEN, json(melding))).isEmpty();
        assertThat(payload(melding).get("uiterlijk").asString()).isEqualTo("2026-04-29");
        assertThat(payload(melding).get("werkdagenTeLaat").asInt()).isEqualTo(1);
        assertThat(payload(melding).get("gemeenteCode").asString()).isEqualTo("GM0228");

        bewaking.bewaakNu();
        verzetKlok("2026-05-06T08:00:00Z");
        assertThat(aantal(gepubliceerd(traject.aanmeldingId),
                EscalationEvents.TERMIJN_OVERSCHREDEN)).isEqualTo(1);
    }

    @Test
    void stopsTheDeadlineWhenFirstContactIsMadeInTimeAndStartsPlanAndHelp() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        double contactenVoor = aanmeldingTotContact();

        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        traject.casusGeopend().send(kafka);
        traject.eersteContact("2026-04-24T13:00:00Z").send(kafka);

        var events = termijnEvents(traject.aanmeldingId, PATIENCE,
                r -> aantal(r, EscalationEvents.TERMIJN_GESTART) >= 3 && aantal(r, EscalationEvents.TERMIJN_GESTOPT) >= 1);
        var gestopt = vanType(events, EscalationEvents.TERMIJN_GESTOPT).getFirst();
        assertThat(SchemaCheck.violations(EscalationEvents.TERMIJN_GESTOPT, json(gestopt))).isEmpty();
        assertThat(payload(gestopt).get("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(payload(gestopt).get("casusId").asString()).isEqualTo(traject.casusId);
        assertThat(vanType(events, EscalationEvents.TERMIJN_GESTART)).extracting(r -> payload(r).get("soort").asString())
                .containsExactlyInAnyOrder("EERSTE_CONTACT", "PLAN", "HULP_INGEZET");
        // Recorded once the write returned; the relay may have published its events before that.
        await().atMost(PATIENCE).until(() -> aanmeldingTotContact() > contactenVoor);

        verzetKlok("2026-04-30T08:00:00Z");
        assertThat(aantal(gepubliceerd(traject.aanmeldingId),
                EscalationEvents.TERMIJN_OVERSCHREDEN)).isZero();
    }

    @Test
    void createsTheFirstContactDeadlineMetWhenTheContactArrivesBeforeTheReferral() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();

        traject.eersteContact("2026-04-24T13:00:00Z").send(kafka);
        await().atMost(PATIENCE).until(() -> heeftTermijn(traject.aanmeldingId, Soort.PLAN));
        assertThat(heeftTermijn(traject.aanmeldingId, Soort.EERSTE_CONTACT)).isFalse();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);

        await().atMost(PATIENCE).until(() -> heeftTermijn(traject.aanmeldingId, Soort.EERSTE_CONTACT));
        assertThat(termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status()).isEqualTo(Status.GEHAALD);
        verzetKlok("2026-05-04T08:00:00Z");
        var events = gepubliceerd(traject.aanmeldingId);
        assertThat(aantal(events, EscalationEvents.TERMIJN_OVERSCHREDEN)).isZero();
        assertThat(aantal(events, EscalationEvents.TERMIJN_GESTOPT)).isEqualTo(1);
    }

    @Test
    void catchesUpOnStartADeadlineThatPassedWhileTheServiceWasDown() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        await().atMost(PATIENCE).until(() -> heeftTermijn(traject.aanmeldingId, Soort.EERSTE_CONTACT));

        bewaking.stop();
        try {
            // Time passes while no sweep runs: moved directly, so no after-move sweep either.
            klok.zet(Instant.parse("2026-05-04T08:00:00Z"));
            assertThat(termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status()).isEqualTo(Status.OPEN);
        } finally {
            bewaking.start();
        }

        await().atMost(PATIENCE).until(() -> termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status() == Status.OVERSCHREDEN);
        var events = termijnEvents(traject.aanmeldingId, PATIENCE, r -> aantal(r, EscalationEvents.TERMIJN_OVERSCHREDEN) >= 1);
        // Thursday 30 April, Friday 1 May and Monday 4 May.
        assertThat(payload(vanType(events, EscalationEvents.TERMIJN_OVERSCHREDEN).getFirst()).get("werkdagenTeLaat").asInt()).isEqualTo(3);
        assertThat(aantal(gepubliceerd(traject.aanmeldingId),
                EscalationEvents.TERMIJN_OVERSCHREDEN)).isEqualTo(1);
    }

    @Test
    void reportsADeadlineOnceWhenSeveralSweepsRaceForIt() throws Exception {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        traject.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        await().atMost(PATIENCE).until(() -> heeftTermijn(traject.aanmeldingId, Soort.EERSTE_CONTACT));

        klok.zet(Instant.parse("2026-04-30T08:00:00Z"));
        // Four sweeps at once, as four instances would run them against the same store.
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Callable<Integer>> sweeps = List.of(bewaking::bewaakNu, bewaking::bewaakNu, bewaking::bewaakNu, bewaking::bewaakNu);
            for (var sweep : pool.invokeAll(sweeps)) {
                sweep.get();
            }
        }

        assertThat(termijn(traject.aanmeldingId, Soort.EERSTE_CONTACT).status()).isEqualTo(Status.OVERSCHREDEN);
        termijnEvents(traject.aanmeldingId, PATIENCE, r -> aantal(r, EscalationEvents.TERMIJN_OVERSCHREDEN) >= 1);
        assertThat(aantal(gepubliceerd(traject.aanmeldingId),
                EscalationEvents.TERMIJN_OVERSCHREDEN)).isEqualTo(1);
    }

    @Test
    void startsNoDeadlineForAnAnonymousConsultAndLapsesADeclinedReferral() {
        klok.zet(Instant.parse("2026-04-21T10:00:00Z"));
        var anoniem = TrajectEventsMother.inEde();
        var afgewezen = TrajectEventsMother.inEde();

        double ontvangenVoor = toegepast(IntakeEvents.AANMELDING_ONTVANGEN.type());
        anoniem.anoniemConsult("2026-04-21T08:15:00Z").send(kafka);
        afgewezen.ontvangen("2026-04-21T08:15:00Z").send(kafka);
        afgewezen.afgewezen("2026-04-22T10:00:00Z").send(kafka);

        var events = termijnEvents(afgewezen.aanmeldingId, PATIENCE, r -> aantal(r, EscalationEvents.TERMIJN_GESTOPT) >= 1);
        assertThat(payload(vanType(events, EscalationEvents.TERMIJN_GESTOPT).getFirst()).get("uitkomst").asString()).isEqualTo("VERVALLEN");
        // Both referrals applied: the anonymous consult changes nothing the clock keeps, so it wrote no traject at all.
        await().atMost(PATIENCE).until(() -> toegepast(IntakeEvents.AANMELDING_ONTVANGEN.type()) >= ontvangenVoor + 2);
        assertThat(trajecten.vind(anoniem.aanmeldingId)).isEmpty();
    }

    @Test
    void findsPassedDeadlinesThroughAnIndexAndShowsTheFiguresOnPrometheus() {
        assertThat(mongo.indexOps("trajecten").getIndexInfo()).anyMatch(i -> i.isIndexForFields(List.of("eerstVerstrijktOp")));
        bewaking.bewaakNu();

        var prometheus = ApiCaller.onPort(port).get("/actuator/prometheus", null).body();

        assertThat(prometheus).contains("jeugdlink_termijnen_gestart_total{", "soort=\"EERSTE_CONTACT\"", "gemeente=\"GM0228\"");
        assertThat(prometheus).contains("jeugdlink_termijnen_open ", "jeugdlink_termijnen_lopend{");
    }

    private double toegepast(String type) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", "applied").counter();
        return counter == null ? 0 : counter.count();
    }

    private double aanmeldingTotContact() {
        var summary = meters.find("jeugdlink.aanmelding.tot.eerste.contact.werkdagen").tag("gemeente", "GM0228").summary();
        return summary == null ? 0 : summary.count();
    }
}
