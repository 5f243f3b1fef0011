package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each event the service handles, from the contracts' golden examples over the real broker, ends as
 * the right mail at the right address, read back from the real SMTP server. That a redelivered event
 * makes no second mail is each binding's {@code ignoresADuplicateDelivery} ({@link AanmeldingListenerIntegrationTest}).
 */
@NotificatieIntegrationTest
class BerichtenIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String VERWIJZER = "s.devries@st-ede.test";
    private static final String VEILIG_THUIS = "v.tromp@vt.test";
    private static final String JEUGDBESCHERMER = "g.jansen@jbg.test";
    private static final String REGISSEUR = "r.bakker@st-ede.test";
    private static final String TEAMLEIDER_EDE_1 = "t.smit@st-ede.test";
    private static final String TEAMLEIDER_EDE_2 = "t.visser@st-ede.test";
    private static final String TEAMLEIDER_VEENENDAAL = "l.mulder@st-veenendaal.test";
    private static final String GEDRAGSWETENSCHAPPER_EDE = "w.degroot@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Autowired
    MeterRegistry meters;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    /**
     * The one mail to {@code adres} about {@code kenmerk}: its subject, lines in its body, and nothing
     * of the family in it.
     */
    private static MimeMessage bericht(String adres, String kenmerk, String onderwerp, String... regels) {
        MimeMessage mail = TestMail.eenMail(adres, kenmerk);
        assertThat(TestMail.onderwerp(mail)).isEqualTo(onderwerp);
        assertThat(TestMail.tekst(mail)).contains(regels);
        assertZonderGegevensVanHetGezin(mail);
        return mail;
    }

    private static void assertZonderGegevensVanHetGezin(MimeMessage mail) {
        // The children's pseudonymous ids and anything of the file stay out; only referral/casus ids, municipality and dates.
        assertThat(TestMail.tekst(mail)).doesNotContain("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "8c7b6a5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d", "BSN")
                .contains("Log in bij JeugdLink om meer te zien.");
    }

    @Test
    void tellsTheReferrerThatTheReferralArrived() {
        String payload = voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding));
        String eventId = stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding, payload);

        MimeMessage mail = bericht(VERWIJZER, aanmelding, "JeugdLink: uw aanmelding is ontvangen",
                "Beste Sanne de Vries,",
                "Uw aanmelding is goed aangekomen bij JeugdLink.",
                "Wij hebben de aanmelding ontvangen op " + datumIn(payload, "ontvangenOp") + ".",
                "De aanmelding is voor de gemeente Ede.",
                "Het nummer van de aanmelding is " + aanmelding + ".",
                "U krijgt een nieuw bericht als dat bekend is.");
        String id = Notificatie.idVoor(eventId, new Ontvanger("VERWIJZER", "st-ede-0042"));
        assertThat(TestMail.header(mail, "Message-ID")).isEqualTo("<" + id + "@notificatie.jeugdlink.local>");
        await().atMost(WACHT).until(() -> notificaties.vind(id).orElseThrow().status() == Notificatie.Status.VERZONDEN);
        var logregel = notificaties.vind(id).orElseThrow();
        assertThat(logregel.adres()).isEqualTo(VERWIJZER);
        assertThat(logregel.sjabloon()).isEqualTo("aanmelding-ontvangen");
        assertThat(logregel.pogingen()).isEqualTo(1);
        assertThat(logregel.verzondenOp()).isNotNull();
    }

    @Test
    void tellsTheMunicipalitysScreenersOfANewReferralWithoutAnythingOfTheFamily() {
        String payload = voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding));
        String eventId = stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding, payload);

        for (String[] screener : new String[][] {{GEDRAGSWETENSCHAPPER_EDE, "Wim de Groot"}, {TEAMLEIDER_EDE_1, "Tamara Smit"}, {TEAMLEIDER_EDE_2, "Tom Visser"}}) {
            MimeMessage mail = bericht(screener[0], aanmelding, "JeugdLink: nieuwe aanmelding om te screenen",
                    "Beste " + screener[1] + ",",
                    "Er is een nieuwe aanmelding binnengekomen voor de gemeente Ede.",
                    "De aanmelding is ontvangen op " + datumIn(payload, "ontvangenOp") + ".",
                    "Het nummer van de aanmelding is " + aanmelding + ".",
                    "De aanmelding staat klaar in de werklijst om te screenen:\nJeugdLink, werklijst 'Aanmeldingen om te screenen' van uw gemeente",
                    "In deze e-mail staan geen gegevens van het gezin.");
            // Of the referral's payload only its number and date: not the kind, the referrer's organisation, the number of children.
            assertThat(TestMail.tekst(mail)).doesNotContain("SOCIAAL_TEAM", "st-ede-0042", "JEUGDLINK", "minderjarig");
        }
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id()).containsExactlyInAnyOrder(
                "VERWIJZER:st-ede-0042", "GEDRAGSWETENSCHAPPER:gw-ede-0003", "TEAMLEIDER:tl-ede-0001", "TEAMLEIDER:tl-ede-0002");
        assertThat(notificaties.vind(Notificatie.idVoor(eventId, new Ontvanger("TEAMLEIDER", "tl-ede-0001")))).isPresent();
        // Nobody of another municipality hears of it.
        assertThat(TestMail.aan(TEAMLEIDER_VEENENDAAL, aanmelding)).isEmpty();
    }

    @Test
    void recordsTheScreenersMessageAsUndeliverableWhenTheMunicipalityHasNone() {
        stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding, voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding,
                "GM0228", "GM0203")));

        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 2);
        Notificatie screeners = notificaties.overAanmelding(aanmelding).stream().filter(n -> n.sjabloon().equals("aanmelding-nieuw-screener"))
                .findFirst().orElseThrow();
        assertThat(screeners.ontvanger()).isEqualTo(new Ontvanger("SCREENER", "screeners-GM0203"));
        assertThat(screeners.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
    }

    @Test
    void tellsTheReferrerWhoWasCoupledAndEachCoupledProfessionalOfTheCoupling() {
        String payload = voorbeeld(IntakeEvents.AANMELDING_GESCREEND, Map.of(GOUDEN_AANMELDING, aanmelding));
        stuur(IntakeEvents.AANMELDING_GESCREEND, aanmelding, payload);

        bericht(VERWIJZER, aanmelding, "JeugdLink: uw aanmelding is aangenomen",
                "Beste Sanne de Vries,",
                "Uw aanmelding " + aanmelding + " voor de gemeente Ede is aangenomen.",
                "De gedragswetenschapper en de teamleider hebben dit besloten op " + datumIn(payload, "gescreendOp") + ".",
                "Deze collega's werken nu met u samen:\n- Vera Tromp (Veilig Thuis)\n- Gijs Jansen (de jeugdbescherming)\n",
                "U krijgt een uitnodiging voor het startoverleg.");
        bericht(VEILIG_THUIS, aanmelding, "JeugdLink: u bent gekoppeld aan een aanmelding",
                "Beste Vera Tromp,",
                "U bent gekoppeld aan aanmelding " + aanmelding + " voor de gemeente Ede.",
                "U brengt de kennis van Veilig Thuis in.");
        bericht(JEUGDBESCHERMER, aanmelding, "JeugdLink: u bent gekoppeld aan een aanmelding",
                "Beste Gijs Jansen,", "U brengt de kennis van de jeugdbescherming in.");
    }

    @Test
    void tellsTheReferrerThatTheReferralWasDeclinedAndWhy() {
        String payload = voorbeeld(IntakeEvents.AANMELDING_AFGEWEZEN, Map.of(GOUDEN_AANMELDING, aanmelding));
        stuur(IntakeEvents.AANMELDING_AFGEWEZEN, aanmelding, payload);

        MimeMessage mail = bericht(VEILIG_THUIS, aanmelding, "JeugdLink: uw aanmelding is niet aangenomen",
                "Beste Vera Tromp,",
                "Uw aanmelding " + aanmelding + " voor de gemeente Ede is niet aangenomen.",
                "Dit is besloten op " + datumIn(payload, "afgewezenOp") + ".",
                "De reden is: Een andere vorm van hulp past beter bij deze vraag.",
                "Bel dan Veilig Thuis: 0800-2000.");
        assertThat(TestMail.tekst(mail)).doesNotContain("ANDERE_ROUTE_PASSENDER");
    }

    @Test
    void tellsTheRegisseurOfTheCasus() {
        String payload = voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus));
        stuur(CaseEvents.REGISSEUR_GEKOPPELD, casus, payload);

        bericht(REGISSEUR, casus, "JeugdLink: u bent regisseur van een casus",
                "Beste Ruud Bakker,",
                "U bent nu de regisseur van casus " + casus + " voor de gemeente Ede.",
                "Dit is vastgelegd op " + datumIn(payload, "gekoppeldOp") + ".",
                "Vanaf nu heeft u de regie. U beheert ook het dossier.");
    }

    @Test
    void tellsEveryTeamleiderOfTheMunicipalityOfAPassedDeadlineAndNoTeamleiderElsewhere() {
        String payload = voorbeeld(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus))
                .replaceAll("\"werkdagenTeLaat\"\\s*:\\s*\\d+", "\"werkdagenTeLaat\": 1");
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload);

        for (String teamleider : List.of(TEAMLEIDER_EDE_1, TEAMLEIDER_EDE_2)) {
            bericht(teamleider, aanmelding, "JeugdLink: een termijn is verlopen",
                    "Een termijn in de gemeente Ede is verlopen.",
                    "Het gaat om het eerste contact met het gezin bij casus " + casus + " (aanmelding " + aanmelding + ").",
                    "Dit moest uiterlijk op " + datumIn(payload, "uiterlijk") + " gebeuren.",
                    "Het is nu 1 werkdag te laat.",
                    "Vraag de regisseur of de professional wat er aan de hand is.");
        }
        // All messages of one event are recorded in one go, before any of them is sent.
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("tl-ede-0001", "tl-ede-0002");
        assertThat(TestMail.aan(TEAMLEIDER_VEENENDAAL, aanmelding)).isEmpty();
    }

    @Test
    void tellsTheChairsOfTheMunicipalityOfAPassedJbtDeadlineAndNoTeamleider() {
        String payload = voorbeeld(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus,
                "\"EERSTE_CONTACT\"", "\"JBT_VERSLAG\"", "\"TEAMLEIDER\"", "\"JBT_VOORZITTER\""));
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload);

        bericht("j.bos@jbt-foodvalley.test", aanmelding, "JeugdLink: een termijn is verlopen",
                "Beste Joke Bos,",
                "Het gaat om het versturen van het verslag van de Jeugdbeschermingstafel bij casus " + casus + " (aanmelding " + aanmelding + ").");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactly("JBT_VOORZITTER:jbt-vz-01");
        assertThat(TestMail.aan(TEAMLEIDER_EDE_1, aanmelding)).isEmpty();
    }

    @Test
    void tellsOnlyVeenendaalsTeamleiderOfAVeenendaalDeadline() {
        String payload = voorbeeld(EscalationEvents.TERMIJN_OVERSCHREDEN, Map.of(GOUDEN_AANMELDING, aanmelding, "GM0228", "GM0345",
                "\"" + GOUDEN_CASUS + "\"", "null")).replaceAll("\"werkdagenTeLaat\"\\s*:\\s*\\d+", "\"werkdagenTeLaat\": 3");
        stuur(EscalationEvents.TERMIJN_OVERSCHREDEN, aanmelding, payload);

        bericht(TEAMLEIDER_VEENENDAAL, aanmelding, "JeugdLink: een termijn is verlopen",
                "Beste Lotte Mulder,",
                "Een termijn in de gemeente Veenendaal is verlopen.",
                "Het gaat om het eerste contact met het gezin bij aanmelding " + aanmelding + ".",
                "Het is nu 3 werkdagen te laat.");
        assertThat(notificaties.overAanmelding(aanmelding)).extracting(n -> n.ontvanger().id()).containsExactly("tl-vnd-0001");
        assertThat(TestMail.aan(TEAMLEIDER_EDE_1, aanmelding)).isEmpty();
        assertThat(TestMail.aan(TEAMLEIDER_EDE_2, aanmelding)).isEmpty();
    }

    @Test
    void sendsNoSecondMailWhenACasusOpensButFindsTheReferralsMessagesByCasus() {
        stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding, voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding)));
        TestMail.eenMail(VERWIJZER, aanmelding);

        String geopend = stuur(CaseEvents.CASUS_GEOPEND, casus, voorbeeld(CaseEvents.CASUS_GEOPEND, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus)));

        await().atMost(WACHT).until(() -> !notificaties.overCasus(casus).isEmpty());
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).size() == 4);
        assertThat(notificaties.overCasus(casus)).extracting(Notificatie::sjabloon).containsExactlyInAnyOrder("aanmelding-ontvangen",
                "aanmelding-nieuw-screener", "aanmelding-nieuw-screener", "aanmelding-nieuw-screener");
        assertThat(notificaties.overAanmelding(aanmelding)).noneMatch(n -> n.aanleiding().equals(geopend));
        assertThat(TestMail.aan(VERWIJZER, aanmelding)).hasSize(1);
    }

    @Test
    void recordsAMessageForAnUnknownRecipientAsUndeliverableWithoutDeadLetter() {
        String onbekend = "onbekend-" + UUID.randomUUID().toString().substring(0, 8);
        stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding,
                voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding, "st-ede-0042", onbekend)));

        // The referrer's and the three screeners' messages are one bulk write: once all four are there, the event was handled.
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 4);
        Notificatie bericht = notificaties.overAanmelding(aanmelding).stream().filter(n -> n.ontvanger().rol().equals("VERWIJZER")).findFirst().orElseThrow();
        assertThat(bericht.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(bericht.ontvanger().id()).isEqualTo(onbekend);
        assertThat(bericht.adres()).isNull();
        assertThat(bericht.laatsteFout()).contains("niet in het adresboek");
        assertThat(meters.find("jeugdlink.notificaties.onbestelbaar").tag("sjabloon", "aanmelding-ontvangen").counter()).isNotNull();
        // Handled, so nothing of it can still be on its way to the dead letters: what is there now is all there will be.
        assertThat(new KafkaProbe().readAll("jeugdlink.intake.aanmelding.notification-service.dlq")).noneMatch(r -> aanmelding.equals(r.key()));
    }
}
