package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Binding {@code aanmeldingen-in-0} (the intake's topic, keyed by referral): the cases every consumer
 * passes (platform {@link ConsumerCases}) with a received referral that starts the first-contact deadline;
 * a referral of a municipality outside the region breaks a rule.
 */
@JeugdLinkIntegrationTest
class AanmeldingenBindingIntegrationTest extends ConsumerCases {

    @Autowired
    Trajecten trajecten;

    @Autowired
    MongoTemplate mongo;

    @Override
    protected String topic() {
        return IntakeEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return TrajectEventsMother.inEde().ontvangen("2026-04-21T08:15:00Z").received();
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return new TrajectEventsMother("GM0363").ontvangen("2026-04-21T08:15:00Z").received();
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return trajecten.vind(event.key()).map(geladen -> geladen.heeftVerwerkt(event.id())).orElse(false);
    }

    /**
     * One deadline, started once on the topic: a second TermijnGestart would be a visible duplicate. Read once the traject's
     * outbox is empty (the relay removes an event only once the broker has it): every write of the event is done by then.
     */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        assertThat(trajecten.vind(event.key()).orElseThrow().traject().termijnen()).hasSize(1);
        await().atMost(PATIENCE).until(() -> {
            org.bson.Document traject = mongo.findById(event.key(), org.bson.Document.class, "trajecten");
            return traject != null && traject.getList("pendingEvents", Object.class, java.util.List.of()).isEmpty();
        });
        var gestart = kafka.readAll(EscalationEvents.TOPIC).stream()
                .filter(r -> event.key().equals(r.key()) && EscalationEvents.TERMIJN_GESTART.type().equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> KafkaProbe.header(r, "ce_id")).distinct().toList();
        assertThat(gestart).hasSize(1);
    }
}
