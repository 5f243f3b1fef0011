package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Binding {@code casussen-in-0}: the cases every consumer passes (platform {@link ConsumerCases}) on a real
 * broker, store and mail server, with a coupled regisseur, who hears of it once; and an opened casus, which
 * links casus and referral once. The family's summaries: {@link SharingVerslagMetGezinIntegrationTest}.
 */
@NotificatieIntegrationTest
class CasusListenerIntegrationTest extends ConsumerCases {

    private static final String REGISSEUR = "r.bakker@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Override
    protected String topic() {
        return CaseEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return gekoppeld(Map.of());
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return gekoppeld(Map.of("GM0228", "GM0363"));
    }

    @Override
    protected String theRuleItBreaks() {
        return "gemeente GM0363 hoort niet bij regio foodvalley";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return !notificaties.overCasus(event.key()).isEmpty();
    }

    /** One message for the regisseur, mailed once. */
    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        await().atMost(PATIENCE).until(() -> TestMail.aan(REGISSEUR, event.key()).size() == 1);
        assertThat(notificaties.overCasus(event.key())).hasSize(1);
    }

    private static ReceivedEvent gekoppeld(Map<String, String> vervangingen) {
        String casus = UUID.randomUUID().toString();
        Map<String, String> alle = new HashMap<>(vervangingen);
        alle.put(GOUDEN_CASUS, casus);
        alle.put(GOUDEN_AANMELDING, UUID.randomUUID().toString());
        return ReceivedEvent.of(CaseEvents.TOPIC, CaseEvents.REGISSEUR_GEKOPPELD.type(), "urn:nld:jeugdlink:foodvalley:test", casus,
                voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, alle));
    }

    @Test
    void linksAnOpenedCasusToItsReferralOnceAndCountsItAgainAsADuplicate() {
        String casus = UUID.randomUUID().toString();
        String aanmelding = UUID.randomUUID().toString();
        String type = CaseEvents.CASUS_GEOPEND.type();
        double toegepast = consumed(type, "applied");
        double dubbel = consumed(type, "duplicate");

        String payload = voorbeeld(CaseEvents.CASUS_GEOPEND, Map.of(GOUDEN_CASUS, casus, GOUDEN_AANMELDING, aanmelding));
        String eventId = stuur(CaseEvents.CASUS_GEOPEND, casus, payload);
        await().atMost(PATIENCE).until(() -> notificaties.aanmeldingVan(casus).isPresent());
        await().atMost(PATIENCE).until(() -> consumed(type, "applied") > toegepast);

        // The same event again, and a later one that names another referral: the first link stays.
        stuur(CaseEvents.CASUS_GEOPEND, casus, eventId, payload);
        stuur(CaseEvents.CASUS_GEOPEND, casus,
                voorbeeld(CaseEvents.CASUS_GEOPEND, Map.of(GOUDEN_CASUS, casus, GOUDEN_AANMELDING, UUID.randomUUID().toString())));

        await().atMost(PATIENCE).until(() -> consumed(type, "duplicate") >= dubbel + 2);
        assertThat(consumed(type, "applied")).isEqualTo(toegepast + 1);
        assertThat(notificaties.aanmeldingVan(casus)).contains(aanmelding);
        assertThat(notificaties.overCasus(casus)).isEmpty();
    }
}
