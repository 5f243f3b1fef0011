package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_GESPREK;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_VERSLAG_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.deadLetter;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * GezinsfeedbackGevraagd on {@code casussen-in-0}: the family's "Wat werkt" links, sealed in the test as the
 * case-service seals them, played over the real broker after the intake's sealed contact, end as one mail per parent
 * with their own link and, per child, a letter for the child at each parent's address - read back from the real SMTP
 * server, and nowhere readable in the store or the dead-letter topic.
 */
@NotificatieIntegrationTest
class GezinsfeedbackIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String CASUS_DLQ = "jeugdlink.casus.casus.notification-service.dlq";

    @Autowired
    Sealing verzegeling;

    @Autowired
    JsonMapper json;

    @Autowired
    Notificaties notificaties;

    @Autowired
    Gezinscontacten gezinscontacten;

    @Autowired
    MongoTemplate mongo;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();
    private final String gesprek = UUID.randomUUID().toString();
    private final String kort = UUID.randomUUID().toString().substring(0, 8);
    private final String moeder = "o.jansen-" + kort + "@example.nl";
    private final String vader = "p.jansen-" + kort + "@gezin.example.nl";
    private final String linkMoeder = "https://jeugdlink.test/wat-werkt/ouder-1-" + kort;
    private final String linkVader = "https://jeugdlink.test/wat-werkt/ouder-2-" + kort;
    private final String linkKind = "https://jeugdlink.test/wat-werkt/kind-" + kort;

    /** Both parents by the pseudonymous ids the intake gives them, in the sealed contact and on their own links alike. */
    private final String moederId = UUID.randomUUID().toString();
    private final String vaderId = UUID.randomUUID().toString();

    /**
     * The mother's address as the intake's @Email takes it and this service does not (no domain with a dot): the sealed
     * contact keeps her, this service leaves her address out - and with it, before pairing by ouderId, the order.
     */
    private final String moederOnbruikbaar = "o.jansen-" + kort + "@localhost";

    private void beideOuders() {
        gezinscontact(Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder, "ouderId", moederId),
                Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader, "ouderId", vaderId));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
    }

    /** The intake's sealed contact of this referral, with these addresses. */
    private void gezinscontact(Map<?, ?>... adressen) {
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", List.of(adressen))), GezinscontactGedeeld.context(aanmelding));
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD,
                Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, verzegeld)));
    }

    /** As the case-service seals the links: bound to this conversation of this casus of this referral. */
    private String gevraagd(String context, Map<?, ?>... links) {
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("links", List.of(links))), context);
        return voorbeeld(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, Map.of(GOUDEN_VERSLAG_CASUS, casus, GOUDEN_AANMELDING, aanmelding,
                GOUDEN_GESPREK, gesprek, GOUDEN_ZEGEL, verzegeld));
    }

    private String gevraagd(Map<?, ?>... links) {
        return gevraagd(GezinsfeedbackGevraagd.context(aanmelding, casus, gesprek), links);
    }

    /** The parents' one shared link of a casus whose screening named no parent. */
    private static Map<String, String> ouder(String link) {
        return Map.of("voor", "OUDER", "link", link);
    }

    /** One parent's own link, as the case-service makes it. */
    private static Map<String, String> ouder(String ouderId, String link) {
        return Map.of("voor", "OUDER", "ouderId", ouderId, "link", link);
    }

    private static Map<String, String> kind(String link) {
        return Map.of("voor", "KIND", "kindId", "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "link", link);
    }

    private List<Notificatie> aanGezin() {
        return notificaties.overCasus(casus).stream().filter(Notificatie::voorGezin).toList();
    }

    @Test
    void mailsEachParentTheirOwnLinkAndTheChildsLinkToEachParentOnceEvenWhenDeliveredTwice() {
        beideOuders();
        String payload = gevraagd(ouder(moederId, linkMoeder), ouder(vaderId, linkVader), kind(linkKind));
        String eventId = stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, payload);

        MimeMessage aanMoeder = TestMail.eenMail(moeder, linkMoeder);
        assertThat(TestMail.onderwerp(aanMoeder)).isEqualTo("Hoe vond u ons gesprek?");
        assertThat(TestMail.tekst(aanMoeder)).contains("Beste ouder of verzorger,",
                "Op " + datumIn(payload, "gehoudenOp") + " hadden we een gesprek met uw gezin.",
                "De link werkt tot en met " + datumIn(payload, "linkVerlooptOp") + ".", "Deze link is alleen voor u.",
                "Elke ouder met gezag krijgt een eigen link.", "antwoorden met cijfers of met gezichtjes")
                .doesNotContain(linkVader, linkKind, casus, aanmelding, "3f2a1b0c", "GEZINSGESPREK", moederId, vaderId);
        assertThat(TestMail.tekst(TestMail.eenMail(vader, linkVader))).doesNotContain(linkMoeder, linkKind);
        for (String adres : List.of(moeder, vader)) {
            MimeMessage voorKind = TestMail.eenMail(adres, linkKind);
            assertThat(TestMail.onderwerp(voorKind)).isEqualTo("Een vraag voor uw kind: hoe vond jij het gesprek?");
            assertThat(TestMail.tekst(voorKind)).contains("Deze e-mail is bedoeld voor uw kind van 12 jaar of ouder.", "Beste jongere,",
                    "Deze link is alleen voor jou.", "Je kiest bij elke vraag een gezichtje").doesNotContain(linkMoeder, linkVader, "3f2a1b0c");
        }

        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, eventId, payload);
        await().atMost(WACHT).until(() -> aanGezin().size() == 4 && aanGezin().stream().allMatch(n -> n.status() == Notificatie.Status.VERZONDEN));
        assertThat(aanGezin()).extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("biologische-moeder", "biologische-vader",
                "kind-1-via-biologische-moeder", "kind-1-via-biologische-vader");
        // Nothing of a link stays readable in the store: the text is encrypted and dropped once sent.
        List<Document> opgeslagen = mongo.getCollection("notificaties").find(new Document("casusId", casus)).into(new ArrayList<>());
        assertThat(opgeslagen).isNotEmpty().allSatisfy(d -> assertThat(d.toJson()).doesNotContain(kort).doesNotContain(moederId));
        // A second event of the same casus comes after the redelivery (same key): then the redelivery made no second mail.
        String later = stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(linkMoeder + "-2")));
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).stream().anyMatch(n -> n.aanleiding().equals(later)));
        assertThat(TestMail.aan(moeder, linkMoeder + "\n")).hasSize(1);
        assertThat(TestMail.aan(vader, linkKind)).hasSize(1);
    }

    @Test
    void mailsASingleParentsLinkToEveryParent() {
        beideOuders();
        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(linkMoeder)));

        TestMail.eenMail(moeder, linkMoeder);
        TestMail.eenMail(vader, linkMoeder);
    }

    @Test
    void aParentsOwnLinkGoesOnlyToThatParentWhenTheOtherParentsAddressIsLeftOut() {
        gezinscontact(Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moederOnbruikbaar, "ouderId", moederId),
                Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader, "ouderId", vaderId));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        assertThat(gezinscontacten.vind(aanmelding).orElseThrow().adressen()).extracting(a -> a.ouderId()).containsExactly(vaderId);

        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(moederId, linkMoeder), ouder(vaderId, linkVader), kind(linkKind)));

        alleenDeVaderKrijgtZijnEigenLink();
    }

    @Test
    void aParkedLetterPairsByParentTooWhenTheContactComesAfterTheLinks() {
        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(moederId, linkMoeder), ouder(vaderId, linkVader), kind(linkKind)));
        await().atMost(WACHT).until(() -> mongo.getCollection("geparkeerde_gezinspost").countDocuments(new Document("aanmeldingId", aanmelding)) == 2);
        // The links wait encrypted; beside them only which parent each is for, by the pseudonymous id.
        assertThat(mongo.getCollection("geparkeerde_gezinspost").find(new Document("aanmeldingId", aanmelding)).into(new ArrayList<>()))
                .allSatisfy(d -> assertThat(d.toJson()).doesNotContain(kort));

        gezinscontact(Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moederOnbruikbaar, "ouderId", moederId),
                Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader, "ouderId", vaderId));

        alleenDeVaderKrijgtZijnEigenLink();
        await().atMost(WACHT).until(() -> mongo.getCollection("geparkeerde_gezinspost").countDocuments(new Document("aanmeldingId", aanmelding)) == 0);
    }

    /** The father gets his own link and the child's, the mother's link reaches nobody, and the delivery log says so without naming her. */
    private void alleenDeVaderKrijgtZijnEigenLink() {
        await().atMost(WACHT).until(() -> aanGezin().size() == 3 && aanGezin().stream().noneMatch(n -> n.status() == Notificatie.Status.WACHTEND));
        assertThat(aanGezin()).extracting(n -> n.ontvanger().id(), Notificatie::status).containsExactlyInAnyOrder(
                tuple("biologische-vader", Notificatie.Status.VERZONDEN),
                tuple("kind-1-via-biologische-vader", Notificatie.Status.VERZONDEN),
                tuple("ouder-zonder-adres", Notificatie.Status.ONBESTELBAAR));
        assertThat(TestMail.tekst(TestMail.eenMail(vader, linkVader))).doesNotContain(linkMoeder, linkKind);
        TestMail.eenMail(vader, linkKind);
        assertThat(TestMail.metKenmerk(linkMoeder)).isEmpty();
        assertThat(TestMail.metKenmerk(moederOnbruikbaar)).isEmpty();
        assertThat(TestMail.verschillend(TestMail.aan(vader, kort))).hasSize(2);
    }

    @Test
    void aContactSharedBeforeParentsWereNamedGetsTheSharedLinkAtEveryAddressAndNoParentsOwnLink() {
        gezinscontact(Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder), Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());

        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(linkMoeder), kind(linkKind)));
        TestMail.eenMail(moeder, linkMoeder);
        TestMail.eenMail(vader, linkMoeder);
        TestMail.eenMail(moeder, linkKind);
        TestMail.eenMail(vader, linkKind);

        // Own links for a contact that names no parent cannot be paired safely: by position they could cross; they go to nobody.
        String eigen = stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(ouder(moederId, linkMoeder + "-eigen"), ouder(vaderId, linkVader)));
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).stream().filter(n -> n.aanleiding().equals(eigen)).count() == 2);
        assertThat(notificaties.overCasus(casus).stream().filter(n -> n.aanleiding().equals(eigen)))
                .allSatisfy(n -> assertThat(n.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR))
                .extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("ouder-zonder-adres", "ouder-zonder-adres-2");
        assertThat(TestMail.metKenmerk(linkMoeder + "-eigen")).isEmpty();
        assertThat(TestMail.metKenmerk(linkVader)).isEmpty();
    }

    @Test
    void refusesLinksSealedForAnotherConversationToTheDeadLetterTopicWithoutTheLink() {
        beideOuders();
        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, gevraagd(GezinsfeedbackGevraagd.context(aanmelding, casus, UUID.randomUUID().toString()),
                ouder(linkMoeder)));

        var dood = deadLetter(CASUS_DLQ, casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName(), gesprek)
                .doesNotContain(kort);
        assertThat(aanGezin()).isEmpty();
        assertThat(TestMail.metKenmerk(linkMoeder)).isEmpty();
    }
}
