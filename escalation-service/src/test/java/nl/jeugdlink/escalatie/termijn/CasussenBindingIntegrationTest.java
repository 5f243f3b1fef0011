package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code casussen-in-0} (the case-service's topic, keyed by casus): the cases every consumer
 * passes (platform {@link ConsumerCases}) with a first contact, which starts the plan and help deadlines;
 * a first contact in a municipality outside the region breaks a rule.
 */
@JeugdLinkIntegrationTest
class CasussenBindingIntegrationTest extends ConsumerCases {

    @Autowired
    Trajecten trajecten;

    @Override
    protected String topic() {
        return CaseEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return TrajectEventsMother.inEde().eersteContact("2026-04-22T10:00:00Z").received();
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return new TrajectEventsMother("GM0363").eersteContact("2026-04-22T10:00:00Z").received();
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    /** The traject of the casus (found by its indexed casusId) records the event as applied. */
    @Override
    protected boolean applied(ReceivedEvent event) {
        return trajecten.vindMetCasus(event.key()).map(geladen -> geladen.heeftVerwerkt(event.id())).orElse(false);
    }

    /**
     * A poll is written together (ADR 0018); a fact whose traject belongs to another municipality fails that write as a rejection,
     * and then only that fact is dead-lettered, with its reason, while the rest of the poll is applied.
     */
    @Test
    void deadLettersOnlyTheFactWhoseTrajectBelongsToAnotherMunicipality() {
        var ede = TrajectEventsMother.inEde();
        ede.casusGeopend().send(kafka);
        await().atMost(PATIENCE).until(() -> trajecten.vindMetCasus(ede.casusId).isPresent());
        ReceivedEvent verkeerd = ede.alsGemeente("GM0203").eersteContact("2026-04-22T10:00:00Z").received();
        ReceivedEvent goed = aValidEvent();

        kafka.sendAll(topic(), List.of(new KafkaProbe.Outgoing(verkeerd.key(), verkeerd.headers(), verkeerd.payload()),
                new KafkaProbe.Outgoing(goed.key(), goed.headers(), goed.payload())));

        await().atMost(PATIENCE).until(() -> applied(goed));
        assertThat(KafkaProbe.header(deadLetterWith(verkeerd.key()), "x-exception-message")).contains("hoort bij gemeente GM0228");
        assertThat(applied(verkeerd)).isFalse();
        assertThat(trajecten.vindMetCasus(ede.casusId).orElseThrow().traject().termijnen()).isEmpty();
        thenAppliedOnce(goed);
    }

    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        var termijnen = trajecten.vindMetCasus(event.key()).orElseThrow().traject().termijnen();
        assertThat(termijnen).extracting(t -> t.soort()).containsOnlyOnce(Soort.of("PLAN"), Soort.of("HULP_INGEZET"));
    }
}
