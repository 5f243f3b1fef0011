package nl.jeugdlink.routing.toewijzing;

import static nl.jeugdlink.routing.toewijzing.CasusGeopendMother.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code casussen-in-0}: the cases every consumer passes (platform {@link ConsumerCases}) for the casus
 * projection, on a real broker and store, and what it takes in, closes and ignores.
 */
@JeugdLinkIntegrationTest
class CasusListenerIntegrationTest extends ConsumerCases {

    @Autowired
    Casussen casussen;

    @Override
    protected String topic() {
        return CaseEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return received(CasusGeopendMother.geopend());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return received(CasusGeopendMother.geopendIn("GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return casussen.find(event.key()).isPresent();
    }

    private static ReceivedEvent received(CasusGeopendMother.Event event) {
        return new ReceivedEvent(CaseEvents.TOPIC, event.casusId(), event.type(), event.headers(), event.payload());
    }

    @Test
    void takesInTheOpenedCasusFromTheCaseServicesGoldenExample() {
        var event = CasusGeopendMother.geopend();

        send(kafka, event);

        await().atMost(PATIENCE).until(() -> casussen.find(event.casusId()).isPresent());
        var casus = casussen.find(event.casusId()).orElseThrow();
        assertThat(casus.aanmeldingId()).isEqualTo(event.aanmeldingId());
        assertThat(casus.gemeenteCode()).isEqualTo("GM0228");
        assertThat(casus.geopendOp()).isEqualTo(Instant.parse("2026-11-23T09:15:02Z"));
        assertThat(casus.toewijzingen()).isEmpty();
    }

    @Test
    void acknowledgesTheOtherCasusEventsWithoutTakingAnythingIn() {
        var others = List.of(CasusGeopendMother.anderEvent(CaseEvents.REGISSEUR_GEKOPPELD), CasusGeopendMother.anderEvent(CaseEvents.PLAN_VASTGESTELD));
        double[] before = others.stream().mapToDouble(e -> consumed(e.type(), "ignored")).toArray();

        others.forEach(e -> send(kafka, e));

        await().atMost(PATIENCE).until(() -> consumed(others.get(0).type(), "ignored") > before[0]
                && consumed(others.get(1).type(), "ignored") > before[1]);
        assertThat(others).allSatisfy(e -> assertThat(casussen.find(e.casusId())).isEmpty());
    }

    @Test
    void closesAKnownCasusOnceAndSendsTheClosureOfACasusItNeverTookInToTheDeadLetterTopic() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, "GM0228");
        var sluiting = CasusGeopendMother.afgesloten(casusId);
        String type = CaseEvents.CASUS_AFGESLOTEN.type();
        double toegepast = consumed(type, "applied");
        double dubbel = consumed(type, "duplicate");

        send(kafka, sluiting);
        await().atMost(PATIENCE).until(() -> casussen.find(casusId).orElseThrow().afgeslotenOp() != null);
        assertThat(casussen.find(casusId).orElseThrow().afgeslotenOp()).isEqualTo(Instant.parse("2027-05-03T12:00:00Z"));
        assertThat(consumed(type, "applied")).isEqualTo(toegepast + 1);

        // The same event again changes nothing.
        send(kafka, sluiting);
        await().atMost(PATIENCE).until(() -> consumed(type, "duplicate") > dubbel);

        // A casus whose CasusGeopend never came in (it went to the dead-letter topic): nothing is made up, and the
        // closure follows it there, so that replaying the dead letters in order opens and closes the casus.
        var onbekend = CasusGeopendMother.afgesloten(java.util.UUID.randomUUID().toString());
        send(kafka, onbekend);
        var deadLetter = deadLetterWith(onbekend.casusId());
        assertThat(KafkaProbe.header(deadLetter, "ce_type")).isEqualTo(type);
        assertThat(casussen.find(onbekend.casusId())).isEmpty();
    }
}
