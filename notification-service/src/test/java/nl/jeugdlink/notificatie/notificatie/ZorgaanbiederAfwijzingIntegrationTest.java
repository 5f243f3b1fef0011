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
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A care provider's decline of a toewijzing (ZorgaanbiederAfwijzing, seed 002 Bouwsteen 5 step 4) goes, over the real broker,
 * store and SMTP server, to the back office of the municipality it names and to the youth protector it names (issue 13): once
 * however often the event comes, and not to another municipality's back office.
 */
@NotificatieIntegrationTest
class ZorgaanbiederAfwijzingIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String BACKOFFICE_EDE = "b.hendriks@ede.test";
    private static final String BACKOFFICE_VEENENDAAL = "e.dewit@veenendaal.test";
    private static final String JEUGDBESCHERMER = "j.brink@gi-jbt.test";
    private static final String ONDERWERP = "JeugdLink: een zorgaanbieder wijst een toewijzing af";
    private static final String GOUDEN_AFWIJZING = "3c9d1e7a-2b4f-4a6c-8d5e-9f0a1b2c3d4e";
    private static final String GOUDEN_TOEWIJZING = "7a4e2c1b-5d3f-4e8a-9b6c-1f0e2d3c4b5a";

    @Autowired
    Notificaties notificaties;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    @Test
    void tellsTheMunicipalitysBackOfficeAndTheYouthProtectorWhichProviderDeclinedWhyAndWhatComesNext() {
        String payload = payload(Map.of());
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload);

        MimeMessage backoffice = TestMail.eenMail(BACKOFFICE_EDE, casus);
        assertThat(TestMail.onderwerp(backoffice)).isEqualTo(ONDERWERP);
        assertThat(TestMail.tekst(backoffice)).contains("Beste Bas Hendriks,", "een toewijzing van de gemeente Ede afgewezen",
                "toewijzing 1 van " + datumIn(payload, "toegewezenOp") + " bij casus " + casus, "AGB-code 98000011",
                "afgewezen op " + datumIn(payload, "afgewezenOp"), "De grond is: geen tijdige hulp.", "De reden is: Er is een wachtlijst.",
                "netwerk van zorgaanbieders of het Regionaal Expertteam", "binnen vijf werkdagen een nieuwe toewijzing");
        MimeMessage jeugdbeschermer = TestMail.eenMail(JEUGDBESCHERMER, casus);
        assertThat(TestMail.onderwerp(jeugdbeschermer)).isEqualTo(ONDERWERP);
        assertThat(TestMail.tekst(jeugdbeschermer)).contains("Beste Jeroen Brink,", "bij casus " + casus + " in de gemeente Ede",
                "AGB-code 98000011", "De grond is: geen tijdige hulp.", "De reden is: Er is een wachtlijst.",
                "Leg in JeugdLink vast welke route u kiest.");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.sjabloon() + ":" + n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("zorgaanbieder-afwijzing-backoffice:BACKOFFICE:bo-ede-0007",
                        "zorgaanbieder-afwijzing-jeugdbeschermer:JEUGDBESCHERMER:jb-gi-0012");
        // Found by casus too, as the other messages about a casus.
        assertThat(notificaties.overCasus(casus)).hasSize(2);
        assertThat(TestMail.aan(BACKOFFICE_VEENENDAAL, casus)).isEmpty();
    }

    @Test
    void mailsNobodyAgainWhenTheSameDeclineIsDeliveredAgain() {
        double dubbel = consumed("duplicate");
        String eventId = UUID.randomUUID().toString();
        String payload = payload(Map.of());

        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, eventId, payload);
        TestMail.eenMail(BACKOFFICE_EDE, casus);
        TestMail.eenMail(JEUGDBESCHERMER, casus);
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, eventId, payload);

        await().atMost(WACHT).until(() -> consumed("duplicate") > dubbel);
        assertThat(notificaties.overAanmelding(aanmelding)).hasSize(2);
        assertThat(TestMail.eenMail(BACKOFFICE_EDE, casus)).isNotNull();
        assertThat(TestMail.eenMail(JEUGDBESCHERMER, casus)).isNotNull();
    }

    @Test
    void aDeclineInVeenendaalReachesVeenendaalsBackOfficeAndNotEdes() {
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload(Map.of("\"gemeenteCode\": \"GM0228\"", "\"gemeenteCode\": \"GM0345\"",
                "\"toewijzendeGemeente\": \"GM0228\"", "\"toewijzendeGemeente\": \"GM0345\"",
                "\"grond\": \"GEEN_TIJDIGE_HULP\"", "\"grond\": \"GEEN_TIJDIGE_EN_PASSENDE_HULP\"",
                "\"reden\": \"WACHTLIJST\"", "\"reden\": \"ZORGVRAAG_PAST_NIET_BIJ_AANBOD\"")));

        assertThat(TestMail.tekst(TestMail.eenMail(BACKOFFICE_VEENENDAAL, casus))).contains("Beste Els de Wit,", "de gemeente Veenendaal",
                "De grond is: geen tijdige en passende hulp.", "De reden is: De zorgvraag past niet bij het aanbod van de zorgaanbieder.");
        TestMail.eenMail(JEUGDBESCHERMER, casus);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id())
                .containsExactlyInAnyOrder("bo-vnd-0003", "jb-gi-0012");
        assertThat(TestMail.aan(BACKOFFICE_EDE, casus)).isEmpty();
    }

    @Test
    void underTheWoonplaatsbeginselTheAssigningMunicipalitysBackOfficeHearsOfItNotTheCasuss() {
        // An Ede casus whose care Veenendaal assigned (the child lives there): Veenendaal's back office assigned it, and hears.
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload(Map.of("\"toewijzendeGemeente\": \"GM0228\"",
                "\"toewijzendeGemeente\": \"GM0345\"")));

        assertThat(TestMail.tekst(TestMail.eenMail(BACKOFFICE_VEENENDAAL, casus))).contains("Beste Els de Wit,",
                "een toewijzing van de gemeente Veenendaal afgewezen");
        TestMail.eenMail(JEUGDBESCHERMER, casus);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id())
                .containsExactlyInAnyOrder("bo-vnd-0003", "jb-gi-0012");
        assertThat(TestMail.aan(BACKOFFICE_EDE, casus)).isEmpty();
    }

    @Test
    void anEarlierDeclineWithoutTheAssigningMunicipalityGoesToTheCasussBackOffice() {
        // Events published before toewijzendeGemeente was carried: the casus's municipality, as before.
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload(Map.of(",\n  \"toewijzendeGemeente\": \"GM0228\"", "")));

        assertThat(TestMail.tekst(TestMail.eenMail(BACKOFFICE_EDE, casus))).contains("Beste Bas Hendriks,", "de gemeente Ede");
    }

    @Test
    void aYouthProtectorTheDirectoryDoesNotKnowIsRecordedUndeliverableAndTheBackOfficeIsStillMailed() {
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload(Map.of("\"jeugdbeschermerId\": \"jb-gi-0012\"",
                "\"jeugdbeschermerId\": \"jb-onbekend-99\"")));

        assertThat(TestMail.tekst(TestMail.eenMail(BACKOFFICE_EDE, casus))).contains("Beste Bas Hendriks,");
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 2);
        assertThat(notificaties.overAanmelding(aanmelding)).filteredOn(n -> n.ontvanger().id().equals("jb-onbekend-99"))
                .singleElement().satisfies(n -> {
                    assertThat(n.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
                    assertThat(n.ontvanger().rol()).isEqualTo("JEUGDBESCHERMER");
                });
        assertThat(TestMail.aan(JEUGDBESCHERMER, casus)).isEmpty();
    }

    @Test
    void aDeclineWithoutAYouthProtectorGoesToTheBackOfficeAlone() {
        stuur(RoutingEvents.ZORGAANBIEDER_AFWIJZING, casus, payload(Map.of("\"jeugdbeschermerId\": \"jb-gi-0012\"", "\"jeugdbeschermerId\": null",
                "\"giOrganisatie\": \"GECERTIFICEERDE_INSTELLING\"", "\"giOrganisatie\": null")));

        TestMail.eenMail(BACKOFFICE_EDE, casus);
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id()).containsExactly("bo-ede-0007");
        assertThat(TestMail.aan(JEUGDBESCHERMER, casus)).isEmpty();
    }

    private double consumed(String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", RoutingEvents.ZORGAANBIEDER_AFWIJZING.type()).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** The golden example with this test's referral and casus, a fresh decline and toewijzing, and these changes. */
    private String payload(Map<String, String> meer) {
        Map<String, String> alle = new HashMap<>(Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus,
                GOUDEN_AFWIJZING, UUID.randomUUID().toString(), GOUDEN_TOEWIJZING, UUID.randomUUID().toString()));
        alle.putAll(meer);
        return voorbeeld(RoutingEvents.ZORGAANBIEDER_AFWIJZING, alle);
    }
}
