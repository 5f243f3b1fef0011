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
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code jbtVerzoeken-in-0}: the cases every consumer passes (platform {@link ConsumerCases}) on a real
 * broker, store and mail server, with a long wait at the FoodValley table for a casus in Ede: the chair and the
 * municipal contact hear of it once. What the messages say: {@link JbtBerichtenIntegrationTest}.
 */
@NotificatieIntegrationTest
class JbtListenerIntegrationTest extends ConsumerCases {

    private static final String VOORZITTER = "j.bos@jbt-foodvalley.test";
    private static final String CONTACTPERSOON = "k.dijkstra@ede.test";

    @Autowired
    Notificaties notificaties;

    @Override
    protected String topic() {
        return JbtEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return wachttijdOverschreden(Map.of());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return wachttijdOverschreden(Map.of("GM0228", "GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "gemeente GM0363 hoort niet bij regio foodvalley";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return !notificaties.overCasus(event.key()).isEmpty();
    }

    /** One message to the chair and one to the municipal contact, each mailed once. */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        for (String adres : List.of(VOORZITTER, CONTACTPERSOON)) {
            await().atMost(PATIENCE).until(() -> TestMail.aan(adres, event.key()).size() == 1);
        }
        assertThat(notificaties.overCasus(event.key())).extracting(n -> n.ontvanger().id())
                .containsExactlyInAnyOrder("jbt-vz-01", "gm-ede-jbt");
    }

    private static ReceivedEvent wachttijdOverschreden(Map<String, String> vervangingen) {
        String casus = UUID.randomUUID().toString();
        Map<String, String> alle = new HashMap<>(vervangingen);
        alle.put(GOUDEN_AANMELDING, UUID.randomUUID().toString());
        alle.put(GOUDEN_CASUS, casus);
        return ReceivedEvent.of(JbtEvents.TOPIC, JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN.type(), "urn:nld:jeugdlink:foodvalley:test",
                casus, voorbeeld(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, alle));
    }

    @Test
    void acknowledgesTheRaadsRequestWithoutAMessage() {
        String casus = UUID.randomUUID().toString();
        var soort = JbtEvents.RAADSONDERZOEK_GEVRAAGD;
        double voor = consumed(soort.type(), "ignored");

        stuur(soort, casus, voorbeeld(soort, Map.of(GOUDEN_CASUS, casus)));

        await().atMost(PATIENCE).until(() -> consumed(soort.type(), "ignored") > voor);
        assertThat(notificaties.overCasus(casus)).isEmpty();
    }
}
