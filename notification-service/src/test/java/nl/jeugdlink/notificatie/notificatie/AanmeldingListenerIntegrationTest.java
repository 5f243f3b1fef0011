package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code aanmeldingen-in-0}: the cases every consumer passes (platform {@link ConsumerCases}) on a real
 * broker, store and mail server, with a received referral: the referrer's message is recorded and mailed once,
 * also when the event comes again. What each referral event writes: {@link BerichtenIntegrationTest}; the
 * family's contact: {@link SharingVerslagMetGezinIntegrationTest}.
 */
@NotificatieIntegrationTest
class AanmeldingListenerIntegrationTest extends ConsumerCases {

    private static final String VERWIJZER = "s.devries@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Override
    protected String topic() {
        return IntakeEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return ontvangen(Map.of());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return ontvangen(Map.of("GM0228", "GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "gemeente GM0363 hoort niet bij regio foodvalley";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return !notificaties.overAanmelding(event.key()).isEmpty();
    }

    /** One message for the referrer, sent once: a redelivered event never makes a second mail. */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        String id = Notificatie.idVoor(event.id(), new Ontvanger("VERWIJZER", "st-ede-0042"));
        await().atMost(PATIENCE).until(() -> notificaties.vind(id).map(n -> n.status() == Notificatie.Status.VERZONDEN).orElse(false));
        // Sent messages are never sent again, so what arrived now is all that ever will.
        assertThat(TestMail.aan(VERWIJZER, event.key())).hasSize(1);
        // The referrer's message and the three screeners' of Ede (BerichtenIntegrationTest), each once.
        assertThat(notificaties.overAanmelding(event.key())).extracting(Notificatie::id).contains(id).hasSize(4);
        assertThat(TestMail.aan("t.smit@st-ede.test", event.key())).hasSize(1);
    }

    private static ReceivedEvent ontvangen(Map<String, String> vervangingen) {
        String aanmelding = UUID.randomUUID().toString();
        var alle = new HashMap<>(vervangingen);
        alle.put(GOUDEN_AANMELDING, aanmelding);
        return ReceivedEvent.of(IntakeEvents.TOPIC, IntakeEvents.AANMELDING_ONTVANGEN.type(), "urn:nld:jeugdlink:foodvalley:test", aanmelding,
                voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, alle));
    }
}
