package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.notificatie.notificatie.application.Gezinspost;
import nl.jeugdlink.platform.crypto.Sealing;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * GezinGeinformeerdOverEscalatie on {@code termijnen-in-0}, from the escalation-events golden example over the
 * real broker, ends as a plain-Dutch mail to each parent whose address the intake shared, read back from the
 * real SMTP server; a redelivered event mails nobody twice; before the family's contact arrives the notice is parked
 * and mailed when it comes (given up after the term); a contact without addresses means one undeliverable line.
 */
@NotificatieIntegrationTest
class EscalatieGezinIntegrationTest {

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
    private final String casus = UUID.randomUUID().toString();

    @Test
    void tellsEachParentBeforehandThatTheProfessionalsGoToTheirBehaviouralScientistsAndOnlyOnceOnRedelivery() {
        List<String> ouders = deelGezinscontact();
        String payload = geinformeerd(Map.of());
        String eventId = stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, payload);

        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "Beste ouder of verzorger");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("De professionals vragen hulp bij het werk voor uw gezin");
            assertThat(TestMail.tekst(mail)).contains(
                    "Zij denken verschillend over wat de beste volgende stap is voor uw gezin.",
                    "Daarom gaan de professionals dit voorleggen aan de gedragswetenschappers van hun organisaties.")
                    .doesNotContain(aanmelding, casus, "GEDRAGSWETENSCHAPPERS", "VOORAF", "hebben dit voorgelegd");
        }
        stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, eventId, payload);
        String ander = stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, geinformeerd(Map.of("\"VOORAF\"", "\"ACHTERAF\"")));
        // The later event is written after the redelivered one (same key, same partition): once it is there, the redelivery was handled.
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).stream().anyMatch(n -> n.aanleiding().equals(ander)));
        for (String ouder : ouders) {
            await().atMost(WACHT).until(() -> TestMail.aan(ouder, "Beste ouder").size() == 2);
            assertThat(TestMail.aan(ouder, "gaan de professionals dit voorleggen")).hasSize(1);
            assertThat(TestMail.aan(ouder, "hebben de professionals dit voorgelegd aan de gedragswetenschappers")).hasSize(1);
        }
        assertThat(notificaties.overAanmelding(aanmelding)).filteredOn(n -> n.aanleiding().equals(eventId))
                .extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("biologische-moeder", "biologische-vader");
    }

    @Test
    void tellsTheParentsAfterwardsThatWorryingConductWentToTheManagers() {
        List<String> ouders = deelGezinscontact();
        stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, geinformeerd(Map.of(
                "\"situatie\": 1", "\"situatie\": 3", "\"stap\": 1", "\"stap\": 2", "GEDRAGSWETENSCHAPPERS", "LEIDINGGEVENDEN", "\"VOORAF\"", "\"ACHTERAF\"")));

        for (String ouder : ouders) {
            assertThat(TestMail.tekst(TestMail.eenMail(ouder, "Beste ouder of verzorger"))).contains(
                    "Er zijn zorgen over hoe een professional het werk doet.",
                    "Daarom hebben de professionals dit voorgelegd aan hun leidinggevenden of directeuren.");
        }
    }

    @Test
    void parksTheNoticeUntilTheFamilysContactArrivesAndThenMailsEachParentOnce() {
        String eventId = stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, geinformeerd(Map.of()));

        await().atMost(WACHT).until(() -> geparkeerd().size() == 1);
        // Parked, not lost: no undeliverable line, and nothing of the letter readable in the store.
        assertThat(notificaties.overAanmelding(aanmelding)).isEmpty();
        assertThat(geparkeerd().getFirst().toJson()).doesNotContain("gedragswetenschappers", "verschillend");

        List<String> ouders = deelGezinscontact();

        for (String ouder : ouders) {
            assertThat(TestMail.tekst(TestMail.eenMail(ouder, "Beste ouder of verzorger")))
                    .contains("Daarom gaan de professionals dit voorleggen aan de gedragswetenschappers van hun organisaties.");
        }
        await().atMost(WACHT).until(() -> geparkeerd().isEmpty());
        assertThat(notificaties.overAanmelding(aanmelding)).filteredOn(n -> n.aanleiding().equals(eventId))
                .extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("biologische-moeder", "biologische-vader");
    }

    @Test
    void givesUpAParkedNoticeAfterTheTermAsOneUndeliverableLine() {
        String eventId = stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, geinformeerd(Map.of()));
        await().atMost(WACHT).until(() -> geparkeerd().size() == 1);

        await().atMost(WACHT).until(() -> {
            gezinspost.geefOpNa(Duration.ZERO);
            return geparkeerd().isEmpty();
        });

        Notificatie regel = notificaties.overAanmelding(aanmelding).getFirst();
        assertThat(regel.aanleiding()).isEqualTo(eventId);
        assertThat(regel.ontvanger()).isEqualTo(new Ontvanger(Ontvanger.GEZIN, "gezin"));
        assertThat(regel.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(regel.laatsteFout()).contains("geen contactgegevens van het gezin ontvangen binnen 0 dagen");
    }

    @Test
    void recordsOneUndeliverableLineAtOnceWhenTheIntakeSharedNoAddress() {
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD, Map.of(GOUDEN_AANMELDING, aanmelding,
                "\"grondslag\": \"TOESTEMMING\"", "\"grondslag\": \"GEEN\"",
                "\"toestemmingGegevenOp\": \"2026-11-20\"", "\"toestemmingGegevenOp\": null",
                "\"aantalAdressen\": 2", "\"aantalAdressen\": 0",
                "\"" + GOUDEN_ZEGEL + "\"", "null")));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());

        stuur(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, aanmelding, geinformeerd(Map.of()));

        await().atMost(WACHT).until(() -> notificaties.overAanmelding(aanmelding).size() == 1);
        Notificatie regel = notificaties.overAanmelding(aanmelding).getFirst();
        assertThat(regel.ontvanger()).isEqualTo(new Ontvanger(Ontvanger.GEZIN, "gezin"));
        assertThat(regel.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(geparkeerd()).isEmpty();
    }

    @Autowired
    Gezinspost gezinspost;

    @Autowired
    MongoTemplate mongo;

    private List<Document> geparkeerd() {
        return mongo.getCollection("geparkeerde_gezinspost").find(new Document("aanmeldingId", aanmelding)).into(new ArrayList<>());
    }

    private String geinformeerd(Map<String, String> meer) {
        String payload = voorbeeld(EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus));
        for (var v : meer.entrySet()) {
            assertThat(payload).contains(v.getKey());
            payload = payload.replace(v.getKey(), v.getValue());
        }
        return payload;
    }

    /** Both parents' addresses, shared by the intake with consent; returned mother first. */
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
