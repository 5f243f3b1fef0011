package nl.jeugdlink.casus.casus;

import static nl.jeugdlink.casus.casus.AanmeldingGescreendMother.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
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
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code aanmeldingGescreend-in-0}: the cases every consumer passes (platform {@link ConsumerCases}), on a
 * real broker and store, and what it opens and what it ignores.
 */
@JeugdLinkIntegrationTest
class AanmeldingListenerIntegrationTest extends ConsumerCases {

    @Autowired
    Casussen casussen;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Override
    protected String topic() {
        return IntakeEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return received(AanmeldingGescreendMother.goldenExample());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return received(AanmeldingGescreendMother.inGemeente("GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return casussen.find(CasusId.uitAanmelding(event.key())).isPresent();
    }

    /**
     * One casus, one CasusGeopend: a second would be a visible duplicate. The casus's outbox emptied is the signal that the relay
     * published (and was acknowledged for) all its write queued; what is on the topic then is all there is to count.
     */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        String casusId = CasusId.uitAanmelding(event.key()).toString();
        await().atMost(PATIENCE).until(() -> {
            var document = mongo.findById(casusId, org.bson.Document.class, "casussen");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        assertThat(kafka.readAll(CaseEvents.TOPIC)).filteredOn(r -> casusId.equals(r.key())).hasSize(1);
    }

    private static ReceivedEvent received(AanmeldingGescreendMother.Event event) {
        return new ReceivedEvent(IntakeEvents.TOPIC, event.aanmeldingId(), event.type(), event.headers(), event.payload());
    }

    private List<ConsumerRecord<String, byte[]>> casusEvents(String casusId, int atLeast, Duration wait) {
        return kafka.read(CaseEvents.TOPIC, wait, records -> records.stream().filter(r -> casusId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> casusId.equals(r.key())).toList();
    }

    @Test
    void theDashboardsCasusCountersExistFromTheStartForEveryMunicipalityOfTheRegion() {
        var regio = java.util.Set.of("GM0228", "GM0203", "GM0267", "GM0279", "GM0345", "GM0340", "GM0339");
        // Made at start (CountersFromZero): increase() on the dashboard then counts the first casus of a municipality too.
        assertThat(meters().find("jeugdlink.casussen.geopend").counters()).extracting(c -> c.getId().getTag("gemeente"))
                .containsExactlyInAnyOrderElementsOf(regio);
        assertThat(meters().find("jeugdlink.casussen.afgesloten").counters()).hasSize(4 * regio.size());
        assertThat(meters().find("jeugdlink.casussen.afgesloten").tag("reden", "NAAR_JBT").tag("gemeente", "GM0339").counter().count()).isZero();
        assertThat(meters().find("jeugdlink.casussen.afgesloten.samenwerking").counters())
                .hasSize(nl.jeugdlink.casus.casus.domain.Afsluitformulier.Samenwerkingsvorm.values().length * regio.size());
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
        assertThat(meters().get("jeugdlink.casussen.geopend").tag("gemeente", "GM0228").counter().count()).isPositive();
        assertThat(meters().find("jeugdlink.casus.kinderen").summary().max()).isGreaterThanOrEqualTo(2);
        assertThat(meters().find("jeugdlink.casus.professionals").tag("moment", "screening").summary().count()).isPositive();
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
        // Counted as ignored means handled and acknowledged: a dead letter of one of them would have been sent before.
        assertThat(kafka.readAll(deadLetterTopic()))
                .noneMatch(r -> others.stream().anyMatch(e -> e.aanmeldingId().equals(r.key())));
    }
}
