package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.crypto.Sealing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * StartoverlegGepland on {@code aanmeldingen-in-0}, from the intake-events golden example over the real broker:
 * each professional it names and each parent whose address the intake shared get their invitation, read back
 * from the real SMTP server - the professionals' without anything of the family, the family's without ids or
 * names; a redelivered event invites nobody twice.
 */
@NotificatieIntegrationTest
class StartoverlegIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);

    @Autowired
    Notificaties notificaties;

    @Autowired
    Gezinscontacten gezinscontacten;

    @Autowired
    Sealing verzegeling;

    @Autowired
    JsonMapper json;

    private final String aanmelding = UUID.randomUUID().toString();

    @Test
    void invitesEveryProfessionalItNamesAndEachParentOnceEvenWhenDeliveredTwice() {
        List<String> ouders = deelGezinscontact();
        String payload = voorbeeld(IntakeEvents.STARTOVERLEG_GEPLAND, Map.of(GOUDEN_AANMELDING, aanmelding));
        String eventId = stuur(IntakeEvents.STARTOVERLEG_GEPLAND, aanmelding, payload);
        String dag = datumIn(payload, "geplandOp");

        for (String[] deelnemer : new String[][] {{"s.devries@st-ede.test", "Sanne de Vries"}, {"w.degroot@st-ede.test", "Wim de Groot"},
                {"v.tromp@vt.test", "Vera Tromp"}}) {
            MimeMessage mail = TestMail.eenMail(deelnemer[0], aanmelding);
            assertThat(TestMail.onderwerp(mail)).isEqualTo("JeugdLink: uitnodiging voor het startoverleg");
            assertThat(TestMail.tekst(mail)).contains("Beste " + deelnemer[1] + ",",
                    "U bent uitgenodigd voor het startoverleg van aanmelding " + aanmelding + " voor de gemeente Ede.",
                    // 13:30 UTC on 26 November is 14:30 in the Netherlands.
                    "Het startoverleg is op " + dag + " om 14:30.",
                    "- wie welke taak heeft;", "Log in bij JeugdLink om meer te zien.")
                    .doesNotContain("tl-ede-0001", "example.nl");
        }
        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "startoverleg");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Uitnodiging voor een eerste gesprek met de hulpverleners");
            assertThat(TestMail.tekst(mail)).contains("Beste ouder of verzorger,", "Het gesprek is op " + dag + " om 14:30.")
                    .doesNotContain(aanmelding, "Sanne", "Wim", "Vera", "st-ede", "Log in bij JeugdLink");
        }

        stuur(IntakeEvents.STARTOVERLEG_GEPLAND, aanmelding, eventId, payload);
        String later = stuur(IntakeEvents.AANMELDING_AFGEWEZEN, aanmelding, voorbeeld(IntakeEvents.AANMELDING_AFGEWEZEN, Map.of(GOUDEN_AANMELDING, aanmelding)));
        // Same key, same partition: once the later event is recorded, the redelivery was handled.
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).stream().anyMatch(n -> n.aanleiding().equals(later)));
        assertThat(notificaties.overAanmelding(aanmelding)).filteredOn(n -> n.aanleiding().equals(eventId))
                .extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id()).containsExactlyInAnyOrder(
                        "STARTOVERLEG_DEELNEMER:st-ede-0042", "STARTOVERLEG_DEELNEMER:gw-ede-0003", "STARTOVERLEG_DEELNEMER:vt-0107",
                        "GEZIN:biologische-moeder", "GEZIN:biologische-vader");
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).stream().filter(n -> n.aanleiding().equals(eventId))
                .allMatch(n -> n.status() == Notificatie.Status.VERZONDEN));
        assertThat(TestMail.aan("w.degroot@st-ede.test", "startoverleg van aanmelding " + aanmelding)).hasSize(1);
        for (String ouder : ouders) {
            assertThat(TestMail.aan(ouder, "startoverleg")).hasSize(1);
        }
    }

    /** Both parents' addresses, shared by the intake with consent. */
    private List<String> deelGezinscontact() {
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String moeder = "o.jansen-" + kort + "@example.nl";
        String vader = "p.jansen-" + kort + "@gezin.example.nl";
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", List.of(
                Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder), Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader)))),
                GezinscontactGedeeld.context(aanmelding));
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD,
                Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, verzegeld)));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        return List.of(moeder, vader);
    }
}
