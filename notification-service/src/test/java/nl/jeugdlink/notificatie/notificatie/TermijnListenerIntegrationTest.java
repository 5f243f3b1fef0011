package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code termijnen-in-0}: the cases every consumer passes (platform {@link ConsumerCases}) on a real
 * broker, store and mail server, with a passed deadline in Ede: both of Ede's teamleiders hear of it once.
 * What the message says: {@link BerichtenIntegrationTest}.
 */
@NotificatieIntegrationTest
class TermijnListenerIntegrationTest extends ConsumerCases {

    private static final List<String> TEAMLEIDERS_EDE = List.of("t.smit@st-ede.test", "t.visser@st-ede.test");

    @Autowired
    Notificaties notificaties;

    @Override
    protected String topic() {
        return EscalationEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return overschreden(Map.of());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return overschreden(Map.of("GM0228", "GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "gemeente GM0363 hoort niet bij regio foodvalley";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return !notificaties.overAanmelding(event.key()).isEmpty();
    }

    /** One message per teamleider of the municipality, each mailed once. */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        for (String teamleider : TEAMLEIDERS_EDE) {
            await().atMost(PATIENCE).until(() -> TestMail.aan(teamleider, event.key()).size() == 1);
        }
        assertThat(notificaties.overAanmelding(event.key())).extracting(n -> n.ontvanger().id())
                .containsExactlyInAnyOrder("tl-ede-0001", "tl-ede-0002");
    }

    private static ReceivedEvent overschreden(Map<String, String> vervangingen) {
        String aanmelding = UUID.randomUUID().toString();
        Map<String, String> alle = new HashMap<>(vervangingen);
        alle.put(GOUDEN_AANMELDING, aanmelding);
        alle.put(GOUDEN_CASUS, UUID.randomUUID().toString());
        return ReceivedEvent.of(EscalationEvents.TOPIC, EscalationEvents.TERMIJN_OVERSCHREDEN.type(), "urn:nld:jeugdlink:foodvalley:test",
                aanmelding, voorbeeld(EscalationEvents.TERMIJN_OVERSCHREDEN, alle));
    }

    @Test
    void acknowledgesAStartedAndAStoppedDeadlineWithoutAMessage() {
        String aanmelding = UUID.randomUUID().toString();
        var soorten = List.of(EscalationEvents.TERMIJN_GESTART, EscalationEvents.TERMIJN_GESTOPT);
        double[] voor = soorten.stream().mapToDouble(t -> consumed(t.type(), "ignored")).toArray();

        soorten.forEach(t -> stuur(t, aanmelding, voorbeeld(t, Map.of(GOUDEN_AANMELDING, aanmelding))));

        await().atMost(PATIENCE).until(() -> consumed(soorten.get(0).type(), "ignored") > voor[0]
                && consumed(soorten.get(1).type(), "ignored") > voor[1]);
        assertThat(notificaties.overAanmelding(aanmelding)).isEmpty();
    }
}
