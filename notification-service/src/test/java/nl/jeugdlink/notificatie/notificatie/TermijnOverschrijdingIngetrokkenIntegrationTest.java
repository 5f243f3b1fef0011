package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A breach withdrawn because the deadline was met on time after all (TermijnOverschrijdingIngetrokken, ADR 0041) goes, over
 * the real broker, store and SMTP server, to whom the breach reached: the GI's teamleider its TermijnOverschreden went to, and
 * the region's contact person when it was escalated - nobody else, and each once however often the event comes.
 */
@NotificatieIntegrationTest
class TermijnOverschrijdingIngetrokkenIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String TEAMLEIDER_GI = "h.kuipers@gi-jbt.test";
    private static final String REGIONALE_CONTACTPERSOON = "k.dijkstra@ede.test";
    private static final String TEAMLEIDER_EDE = "t.smit@st-ede.test";
    private static final String INGETROKKEN = "Ingetrokken: ";

    @Autowired
    Notificaties notificaties;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    @Test
    void tellsTheTeamleiderTheBreachReachedThatItIsWithdrawnAndNobodyElse() {
        // The breach as the escalation-service publishes it for a GI's route term (the example: ROUTE_315_STAP_4 at the GI).
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(
                "\"soort\": \"EERSTE_CONTACT\"", "\"soort\": \"ROUTE_315_STAP_4\"",
                "\"betreftOrganisatie\": \"GM0228\"", "\"betreftOrganisatie\": \"GECERTIFICEERDE_INSTELLING\"")));
        assertThat(TestMail.tekst(TestMail.eenMail(TEAMLEIDER_GI, aanmelding))).contains("is verlopen.");

        String ingetrokken = payload(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, Map.of());
        stuur(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, aanmelding, ingetrokken);

        MimeMessage mail = ingetrokken(TEAMLEIDER_GI);
        assertThat(TestMail.onderwerp(mail)).isEqualTo("Ingetrokken: JeugdLink: een termijn is toch op tijd gehaald");
        assertThat(TestMail.tekst(mail)).contains("Beste Hanna Kuipers,", "een termijn in de gemeente Ede was verlopen",
                "casus " + casus + " (aanmelding " + aanmelding + ")", "uiterlijk op " + datumIn(ingetrokken, "uiterlijk"),
                "toch op tijd gehaald: op " + datumIn(ingetrokken, "gehaaldOp"));
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 2);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.sjabloon() + ":" + n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("termijn-overschreden:TEAMLEIDER:tl-gi-0001", "termijn-overschrijding-ingetrokken:TEAMLEIDER:tl-gi-0001");
        // Not escalated: the region's contact person never heard of the breach, so hears nothing of its withdrawal.
        assertThat(TestMail.aan(REGIONALE_CONTACTPERSOON, aanmelding)).isEmpty();
        assertThat(TestMail.aan(TEAMLEIDER_EDE, aanmelding)).isEmpty();
    }

    @Test
    void tellsTheRegionsContactPersonTooWhenTheBreachWasEscalated() {
        stuur(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, aanmelding, opgeschaald());

        assertThat(TestMail.tekst(ingetrokken(TEAMLEIDER_GI))).contains("Beste Hanna Kuipers,");
        assertThat(TestMail.tekst(ingetrokken(REGIONALE_CONTACTPERSOON))).contains("Beste Karin Dijkstra,", "toch op tijd gehaald");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("TEAMLEIDER:tl-gi-0001", "REGIONALE_CONTACTPERSOON:gm-ede-jbt");
        assertThat(TestMail.aan(TEAMLEIDER_EDE, aanmelding)).isEmpty();
    }

    @Test
    void mailsNobodyTwiceWhenTheWithdrawalIsDeliveredAgain() {
        double dubbel = consumed("duplicate");
        String eventId = UUID.randomUUID().toString();
        String payload = opgeschaald();

        stuur(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, aanmelding, eventId, payload);
        ingetrokken(TEAMLEIDER_GI);
        ingetrokken(REGIONALE_CONTACTPERSOON);
        stuur(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, aanmelding, eventId, payload);

        await().atMost(WACHT).until(() -> consumed("duplicate") > dubbel);
        assertThat(notificaties.overAanmelding(aanmelding)).hasSize(2);
        assertThat(ingetrokken(TEAMLEIDER_GI)).isNotNull();
        assertThat(ingetrokken(REGIONALE_CONTACTPERSOON)).isNotNull();
    }

    /** The example as escalated: the breach reached the region's contact person of the traject's municipality too. */
    private String opgeschaald() {
        return payload(EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, Map.of(
                "\"opgeschaaldOp\": null", "\"opgeschaaldOp\": \"2026-05-01T22:00:01Z\"",
                "\"opgeschaaldRol\": null", "\"opgeschaaldRol\": \"REGIONALE_CONTACTPERSOON\"",
                "\"opgeschaaldOrganisatie\": null", "\"opgeschaaldOrganisatie\": \"GM0228\""));
    }

    /** Waits for the withdrawal's mail to this address about this referral and checks it is the only one (as a mail client shows it). */
    private MimeMessage ingetrokken(String adres) {
        await().atMost(WACHT).until(() -> !metOnderwerpIngetrokken(adres).isEmpty());
        List<MimeMessage> mails = TestMail.verschillend(metOnderwerpIngetrokken(adres));
        assertThat(mails).as("withdrawals mailed to " + adres).hasSize(1);
        return mails.getFirst();
    }

    private List<MimeMessage> metOnderwerpIngetrokken(String adres) {
        return TestMail.aan(adres, aanmelding).stream().filter(m -> TestMail.onderwerp(m).startsWith(INGETROKKEN)).toList();
    }

    private double consumed(String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN.type())
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private String payload(EventType type, Map<String, String> meer) {
        Map<String, String> alle = new HashMap<>(Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus));
        String payload = voorbeeld(type, alle);
        for (var v : meer.entrySet()) {
            assertThat(payload).contains(v.getKey());
            payload = payload.replace(v.getKey(), v.getValue());
        }
        return payload;
    }
}
