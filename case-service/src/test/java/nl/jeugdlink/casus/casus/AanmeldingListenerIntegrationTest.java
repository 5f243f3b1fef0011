package nl.jeugdlink.casus.casus;

import static nl.jeugdlink.casus.casus.AanmeldingGescreendMother.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Dossierhouder;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Teamlid;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.inbound.UnreadableEventException;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TcpProxy;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The five cases every consumer passes (CONVENTIONS.md §Events 6), on a real broker and store, plus what it ignores. */
@JeugdLinkIntegrationTest
class AanmeldingListenerIntegrationTest {

    private static final String DLQ = "jeugdlink.intake.aanmelding.case-service.dlq";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaProbe kafka = new KafkaProbe();

    @Autowired
    Casussen casussen;

    @Autowired
    TcpProxy mongoProxy;

    @Autowired
    MeterRegistry meters;

    private List<ConsumerRecord<String, byte[]>> casusEvents(String casusId, int atLeast, Duration wait) {
        return kafka.read(CaseEvents.TOPIC, wait, records -> records.stream().filter(r -> casusId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> casusId.equals(r.key())).toList();
    }

    private ConsumerRecord<String, byte[]> deadLetterWith(String key) {
        var found = kafka.read(DLQ, PATIENCE, records -> records.stream().anyMatch(r -> key.equals(r.key())))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(found).as("dead letter with key " + key).hasSize(1);
        return found.getFirst();
    }

    private double consumed(String type, String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void opensACasusWithTheScreenedTeamAndChildrenFromTheIntakesGoldenExampleAndPublishesCasusGeopend() {
        var event = AanmeldingGescreendMother.goldenExample();
        CasusId casusId = event.casusId();

        send(kafka, event);

        await().atMost(PATIENCE).until(() -> casussen.find(casusId).isPresent());
        var casus = casussen.find(casusId).orElseThrow();
        assertThat(casus.gemeenteCode()).isEqualTo("GM0228");
        assertThat(casus.dossierhouder()).isEqualTo(new Dossierhouder(Dossierhouder.Rol.VERWIJZER, "SOCIAAL_TEAM", "st-ede-0042"));
        assertThat(casus.team()).extracting(Teamlid::medewerkerId, Teamlid::rol, Teamlid::expertise, Teamlid::actief).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("tl-ede-0001", TeamRol.TEAMLEIDER, null, true),
                org.assertj.core.groups.Tuple.tuple("gw-ede-0003", TeamRol.GEDRAGSWETENSCHAPPER, null, true),
                org.assertj.core.groups.Tuple.tuple("vt-0107", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.VEILIG_THUIS, true),
                org.assertj.core.groups.Tuple.tuple("gi-jbg-0311", TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.GECERTIFICEERDE_INSTELLING, true));
        assertThat(casus.team()).allMatch(t -> t.vanaf().equals(java.time.Instant.parse("2026-11-24T10:02:11Z")));
        assertThat(casus.kinderen()).containsExactly(
                new Kind(AanmeldingGescreendMother.KIND_ONDER_4, Leeftijdscategorie.ONDER_4),
                new Kind(AanmeldingGescreendMother.KIND_4_TOT_12, Leeftijdscategorie.VAN_4_TOT_12));
        assertThat(casus.regisseur()).isEmpty();
        var published = casusEvents(casusId.toString(), 1, PATIENCE);
        assertThat(published).hasSize(1);
        assertThat(KafkaProbe.header(published.getFirst(), "ce_type")).isEqualTo(CaseEvents.CASUS_GEOPEND.type());
        assertThat(SchemaCheck.violations(CaseEvents.CASUS_GEOPEND, new String(published.getFirst().value(), StandardCharsets.UTF_8))).isEmpty();
        assertThat(meters.find("jeugdlink.casussen.geopend").tag("gemeente", "GM0228").counter()).isNotNull();
        assertThat(meters.find("jeugdlink.casus.kinderen").summary().max()).isGreaterThanOrEqualTo(2);
        assertThat(meters.find("jeugdlink.casus.professionals").tag("moment", "screening").summary().count()).isPositive();
    }

    @Test
    void acknowledgesTheOtherReferralEventsAndAnAnonymousConsultWithoutOpeningACasus() {
        var others = List.of(AanmeldingGescreendMother.anderEvent(IntakeEvents.AANMELDING_ONTVANGEN),
                AanmeldingGescreendMother.anderEvent(IntakeEvents.AANMELDING_AFGEWEZEN),
                AanmeldingGescreendMother.anderEvent(IntakeEvents.STARTOVERLEG_GEPLAND),
                AanmeldingGescreendMother.anoniemConsult());
        double[] before = others.stream().mapToDouble(e -> consumed(e.type(), "ignored")).toArray();

        others.forEach(e -> send(kafka, e));

        await().atMost(PATIENCE).until(() -> {
            // Four types (three other events, and the screened anonymous consult), each once more ignored.
            for (int i = 0; i < others.size(); i++) {
                if (consumed(others.get(i).type(), "ignored") <= before[i]) {
                    return false;
                }
            }
            return true;
        });
        assertThat(others).allSatisfy(e -> assertThat(casussen.find(e.casusId())).isEmpty());
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false))
                .noneMatch(r -> others.stream().anyMatch(e -> e.aanmeldingId().equals(r.key())));
    }

    @Test
    void ignoresADuplicateDelivery() {
        var event = AanmeldingGescreendMother.goldenExample();
        CasusId casusId = event.casusId();
        double duplicatesBefore = consumed(IntakeEvents.AANMELDING_GESCREEND.type(), "duplicate");

        send(kafka, event);
        send(kafka, event);

        await().atMost(PATIENCE).until(() -> consumed(IntakeEvents.AANMELDING_GESCREEND.type(), "duplicate") > duplicatesBefore);
        assertThat(casussen.find(casusId)).isPresent();
        // A second CasusGeopend would be a visible duplicate; give it time to show before asserting there is none.
        assertThat(casusEvents(casusId.toString(), 2, Duration.ofSeconds(4))).hasSize(1);
    }

    @Test
    void retriesWhileTheStoreIsDownAndAppliesOnceItIsBack() throws Exception {
        var event = AanmeldingGescreendMother.goldenExample();
        CasusId casusId = event.casusId();

        mongoProxy.cut();
        try {
            send(kafka, event);
            // Long enough for several failed attempts against the unreachable store.
            Thread.sleep(3_000);
        } finally {
            mongoProxy.restore();
        }

        await().atMost(PATIENCE).until(() -> casussen.find(casusId).isPresent());
        assertThat(casusEvents(casusId.toString(), 1, PATIENCE)).hasSize(1);
        assertThat(kafka.read(DLQ, Duration.ofSeconds(2), records -> false)).noneMatch(r -> event.aanmeldingId().equals(r.key()));
    }

    @Test
    void sendsAReferralOfAnotherRegionToTheDeadLetterTopicWithItsReason() {
        var event = AanmeldingGescreendMother.inGemeente("GM0363");

        send(kafka, event);

        var dead = deadLetterWith(event.aanmeldingId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName());
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("GM0363");
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(IntakeEvents.TOPIC);
        assertThat(casussen.find(event.casusId())).isEmpty();
    }

    @Test
    void sendsAnUnreadableMessageToTheDeadLetterTopic() {
        String key = "unreadable-" + System.nanoTime();

        kafka.send(IntakeEvents.TOPIC, key, Map.of("content-type", "application/json"), "{ dit is geen CloudEvent".getBytes(StandardCharsets.UTF_8));

        var dead = deadLetterWith(key);
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
    }

    @Test
    void sendsAPayloadThatBreaksTheContractToTheDeadLetterTopic() {
        var valid = AanmeldingGescreendMother.goldenExample();
        // Readable JSON, but without the team and the children the schema requires.
        var broken = AanmeldingGescreendMother.metPayload(valid, """
                {"aanmeldingId": "%s", "gemeenteCode": "GM0228", "soort": "JEUGDLINK"}""".formatted(valid.aanmeldingId()));

        send(kafka, broken);

        var dead = deadLetterWith(valid.aanmeldingId());
        assertThat(KafkaProbe.header(dead, "x-exception-stacktrace")).contains("Caused by: " + UnreadableEventException.class.getName());
        assertThat(casussen.find(valid.casusId())).isEmpty();
    }
}
