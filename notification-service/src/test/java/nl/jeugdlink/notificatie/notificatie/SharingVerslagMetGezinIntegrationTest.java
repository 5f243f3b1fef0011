package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_GESPREK;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_VERSLAG_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.deadLetter;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.VerslagGedeeldMetGezin;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The family gets the written summary of a conversation (ADR 0011): the intake's sealed contact and
 * the case-service's sealed summary, played over the real broker in either order, end as one mail per
 * parent read back from the real SMTP server - and as nothing readable in the store, the delivery
 * log or the dead-letter topic.
 */
@NotificatieIntegrationTest
class SharingVerslagMetGezinIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String AANMELDING_DLQ = "jeugdlink.intake.aanmelding.notification-service.dlq";
    private static final String CASUS_DLQ = "jeugdlink.casus.casus.notification-service.dlq";
    private static final String MOEDER = "biologische-moeder";
    private static final String VADER = "biologische-vader";

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

    @Autowired
    MeterRegistry meters;

    @LocalServerPort
    int port;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();
    private final String gesprek = UUID.randomUUID().toString();
    private final String kort = UUID.randomUUID().toString().substring(0, 8);
    private final String moeder = "o.jansen-" + kort + "@example.nl";
    private final String vader = "p.jansen-" + kort + "@gezin.example.nl";
    private final String kenmerk = "kenmerk-" + kort;
    private final String samenvatting = "We spraken over school en over slapen (" + kenmerk + ").\n"
            + "Afspraak: vader belt de school voor vrijdag.\nAfspraak: we zien elkaar weer over twee weken.";

    // ---- playing the intake and the case-service ----

    private String contactPayload(String... adressen) {
        List<Map<String, String>> lijst = new ArrayList<>();
        for (int i = 0; i < adressen.length; i += 2) {
            lijst.add(Map.of("relatie", adressen[i], "email", adressen[i + 1]));
        }
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", lijst)), GezinscontactGedeeld.context(aanmelding));
        return voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, verzegeld,
                "\"aantalAdressen\": 2", "\"aantalAdressen\": " + lijst.size()));
    }

    /** The contact of both parents, as the intake shares it once the screening accepted the referral. */
    private String beideOuders() {
        return contactPayload("BIOLOGISCHE_MOEDER", moeder, "BIOLOGISCHE_VADER", vader);
    }

    private String zonderToestemming() {
        return voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD, Map.of(GOUDEN_AANMELDING, aanmelding,
                "\"grondslag\": \"TOESTEMMING\"", "\"grondslag\": \"GEEN\"",
                "\"toestemmingGegevenOp\": \"2026-11-20\"", "\"toestemmingGegevenOp\": null",
                "\"aantalAdressen\": 2", "\"aantalAdressen\": 0",
                "\"" + GOUDEN_ZEGEL + "\"", "null"));
    }

    private String verslagPayload(String verzegeld) {
        return voorbeeld(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, Map.of(GOUDEN_VERSLAG_CASUS, casus, GOUDEN_AANMELDING, aanmelding,
                GOUDEN_GESPREK, gesprek, GOUDEN_ZEGEL, verzegeld));
    }

    private String verzegeldVerslag(String context) {
        return verzegeling.verzegel(json.writeValueAsString(Map.of("samenvatting", samenvatting)), context);
    }

    /** The summary, as the case-service shares it beside GesprekVastgelegd. */
    private String verslag() {
        return verslagPayload(verzegeldVerslag(VerslagGedeeldMetGezin.context(aanmelding, casus, gesprek)));
    }

    // ---- reading back ----

    private List<Notificatie> aanGezin() {
        return notificaties.overCasus(casus).stream().filter(Notificatie::voorGezin).toList();
    }

    private void wachtTotVerzonden(int aantal) {
        await().atMost(WACHT).until(() -> aanGezin().size() == aantal
                && aanGezin().stream().allMatch(n -> n.status() == Notificatie.Status.VERZONDEN));
    }

    private List<Document> geparkeerd() {
        return mongo.getCollection("geparkeerde_verslagen").find(new Document("aanmeldingId", aanmelding)).into(new ArrayList<>());
    }

    private double teller(String uitkomst) {
        var counter = meters.find("jeugdlink.notificaties.gezinsverslagen").tag("uitkomst", uitkomst).counter();
        return counter == null ? 0 : counter.count();
    }

    private double duplicaten(EventType type) {
        var counter = meters.find("jeugdlink.events.consumed").tag("type", type.type()).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    // ---- the tests ----

    @Test
    void mailsTheSummaryToEachParentWhenTheContactCameFirst() {
        double verstuurdVoor = teller("verstuurd");
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());

        String payload = verslag();
        String eventId = stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, payload);

        for (String adres : List.of(moeder, vader)) {
            MimeMessage mail = TestMail.eenMail(adres, kenmerk);
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Verslag van ons gesprek");
            assertThat(TestMail.tekst(mail)).contains(
                    "Beste ouder of verzorger,",
                    "Op " + datumIn(payload, "gehoudenOp") + " hadden we een gesprek met uw gezin.",
                    "Dit hebben we besproken:\n\n" + samenvatting + "\n",
                    "Neem dan contact op met uw regisseur.")
                    .doesNotContain("GEZINSGESPREK", casus, aanmelding, "Log in bij JeugdLink");
        }
        assertThat(TestMail.header(TestMail.eenMail(moeder, kenmerk), "Message-ID"))
                .isEqualTo("<" + Notificatie.idVoor(eventId, new Ontvanger("GEZIN", MOEDER)) + "@notificatie.jeugdlink.local>");
        wachtTotVerzonden(2);
        assertThat(aanGezin()).extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder(MOEDER, VADER);
        assertThat(aanGezin()).extracting(Notificatie::sjabloon).containsOnly("verslag-voor-gezin");
        assertThat(teller("verstuurd")).isEqualTo(verstuurdVoor + 1);
        assertThat(meters.find("jeugdlink.notificaties.verzonden").tag("sjabloon", "verslag-voor-gezin").counter().count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void parksASummaryThatCameBeforeTheContactAndMailsItWhenTheContactArrives() {
        double geparkeerdVoor = teller("geparkeerd");
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());

        await().atMost(WACHT).until(() -> geparkeerd().size() == 1);
        assertThat(geparkeerd().getFirst().toJson()).doesNotContain(kenmerk, "school");
        assertThat(teller("geparkeerd")).isEqualTo(geparkeerdVoor + 1);
        assertThat(aanGezin()).isEmpty();
        assertThat(TestMail.metKenmerk(kenmerk)).isEmpty();

        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());

        assertThat(TestMail.tekst(TestMail.eenMail(moeder, kenmerk))).contains(samenvatting);
        assertThat(TestMail.tekst(TestMail.eenMail(vader, kenmerk))).contains(samenvatting);
        await().atMost(WACHT).until(() -> geparkeerd().isEmpty());
        wachtTotVerzonden(2);
    }

    @Test
    void sendsOneMailPerParentWhenBothEventsArriveTwiceSummaryFirst() {
        double verslagDubbel = duplicaten(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN);
        double contactDubbel = duplicaten(IntakeEvents.GEZINSCONTACT_GEDEELD);
        String verslagId = UUID.randomUUID().toString();
        String contactId = UUID.randomUUID().toString();
        String verslag = verslag();
        String contact = beideOuders();

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslagId, verslag);
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslagId, verslag);
        await().atMost(WACHT).until(() -> duplicaten(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN) > verslagDubbel);
        assertThat(geparkeerd()).hasSize(1);

        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, contactId, contact);
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, contactId, contact);
        await().atMost(WACHT).until(() -> duplicaten(IntakeEvents.GEZINSCONTACT_GEDEELD) > contactDubbel);

        wachtTotVerzonden(2);
        // Sent messages are never sent again, so what arrived now is all that ever will.
        assertThat(TestMail.aan(moeder, kenmerk)).hasSize(1);
        assertThat(TestMail.aan(vader, kenmerk)).hasSize(1);
        assertThat(geparkeerd()).isEmpty();
    }

    @Test
    void sendsOneMailPerParentWhenTheSummaryArrivesTwiceAfterTheContact() {
        double dubbel = duplicaten(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN);
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        String eventId = UUID.randomUUID().toString();
        String verslag = verslag();

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, eventId, verslag);
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, eventId, verslag);

        await().atMost(WACHT).until(() -> duplicaten(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN) > dubbel);
        wachtTotVerzonden(2);
        assertThat(TestMail.aan(moeder, kenmerk)).hasSize(1);
        assertThat(TestMail.aan(vader, kenmerk)).hasSize(1);
    }

    @Autowired
    nl.jeugdlink.notificatie.notificatie.application.WatchingGeparkeerdeVerslagen parkeerwacht;

    @Autowired
    nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen geparkeerdeVerslagen;

    @Autowired
    nl.jeugdlink.notificatie.notificatie.adapter.messaging.Zegels zegels;

    @Autowired
    nl.jeugdlink.notificatie.notificatie.application.Sjablonen sjablonen;

    @Autowired
    nl.jeugdlink.notificatie.notificatie.application.SendingBerichten bezorging;

    @Test
    void givesUpASummaryWhoseContactNeverCameAfterTheTermAndShowsWhatWaits() {
        double onbestelbaarVoor = teller("onbestelbaar");
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());
        await().atMost(WACHT).until(() -> geparkeerd().size() == 1);

        parkeerwacht.ronde();
        // Within the term it keeps waiting, and the gauges show it.
        assertThat(geparkeerd()).hasSize(1);
        assertThat(meters.get("jeugdlink.notificaties.geparkeerde.verslagen").gauge().value()).isGreaterThanOrEqualTo(1);

        assertThat(meters.get("jeugdlink.notificaties.geparkeerde.verslagen.oudste.seconden").gauge().value()).isLessThan(Duration.ofDays(3).toSeconds());

        // Three days and a minute later (the same use case on a clock that far ahead): given up.
        var later = new nl.jeugdlink.notificatie.notificatie.application.SharingVerslagMetGezin(notificaties, gezinscontacten, geparkeerdeVerslagen, zegels,
                sjablonen, java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofDays(3).plusMinutes(1)), bezorging::nieuw, meters);
        assertThat(later.geefOpNa(Duration.ofDays(3))).isGreaterThanOrEqualTo(1);

        assertThat(geparkeerd()).isEmpty();
        Notificatie regel = aanGezin().getFirst();
        assertThat(aanGezin()).hasSize(1);
        assertThat(regel.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(regel.laatsteFout()).isEqualTo("geen contactgegevens van het gezin ontvangen binnen 3 dagen nadat het verslag hier binnenkwam");
        assertThat(regel.tekst()).isEmpty();
        assertThat(teller("onbestelbaar")).isEqualTo(onbestelbaarVoor + 1);

        // A contact that still comes after all writes nothing more: the summary is gone.
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        assertThat(aanGezin()).hasSize(1);
        assertThat(TestMail.metKenmerk(kenmerk)).isEmpty();
    }

    @Test
    void recordsTheSummaryAsUndeliverableWithoutConsentAndMailsNobody() {
        double onbestelbaarVoor = teller("onbestelbaar");
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, zonderToestemming());
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());

        await().atMost(WACHT).until(() -> aanGezin().size() == 1);
        Notificatie regel = aanGezin().getFirst();
        assertThat(regel.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(regel.laatsteFout()).isEqualTo("geen e-mailadres van het gezin bekend of geen toestemming");
        assertThat(regel.adres()).isNull();
        assertThat(regel.tekst()).isEmpty();
        assertThat(teller("onbestelbaar")).isEqualTo(onbestelbaarVoor + 1);
        assertThat(TestMail.metKenmerk(kenmerk)).isEmpty();

        var log = ApiCaller.onPort(port).get("/api/v1/verzendingen?casusId=" + casus, ApiCaller.token("teamleider-ede", "teamleider", List.of("GM0228")));
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("\"ontvangerRol\":\"GEZIN\"", "\"status\":\"ONBESTELBAAR\"",
                "\"laatsteFout\":\"geen e-mailadres van het gezin bekend of geen toestemming\"").doesNotContain(kenmerk);
    }

    @Test
    void recordsTheSummaryAsUndeliverableWhenTheFamilyGaveNoAddress() {
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD, Map.of(GOUDEN_AANMELDING, aanmelding,
                "\"aantalAdressen\": 2", "\"aantalAdressen\": 0", "\"" + GOUDEN_ZEGEL + "\"", "null")));
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());

        await().atMost(WACHT).until(() -> aanGezin().size() == 1);
        assertThat(aanGezin().getFirst().status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(aanGezin().getFirst().laatsteFout()).isEqualTo(Notificatie.GEEN_ADRES_VAN_GEZIN);
        assertThat(geparkeerd()).isEmpty();
        assertThat(TestMail.metKenmerk(kenmerk)).isEmpty();
    }

    @Test
    void refusesASummarySealedForAnotherConversationToTheDeadLetterTopic() {
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslagPayload(verzegeldVerslag(VerslagGedeeldMetGezin.context(aanmelding, casus, UUID.randomUUID().toString()))));

        var dood = deadLetter(CASUS_DLQ, casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName())
                .doesNotContain(kenmerk, moeder);
        assertThat(notificaties.overCasus(casus)).isEmpty();
        assertThat(TestMail.metKenmerk(kenmerk)).isEmpty();
    }

    @Test
    void refusesAnAlteredSummaryToTheDeadLetterTopicWithoutParkingIt() {
        String verzegeld = verzegeldVerslag(VerslagGedeeldMetGezin.context(aanmelding, casus, gesprek));
        int midden = verzegeld.length() / 2;
        String veranderd = verzegeld.substring(0, midden) + (verzegeld.charAt(midden) == 'A' ? 'B' : 'A') + verzegeld.substring(midden + 1);

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslagPayload(veranderd));

        assertThat(KafkaProbe.header(deadLetter(CASUS_DLQ, casus), "x-exception-stacktrace"))
                .contains("Caused by: " + RejectedEventException.class.getName(), "does not open");
        assertThat(geparkeerd()).isEmpty();
        assertThat(notificaties.overCasus(casus)).isEmpty();
    }

    @Test
    void refusesASummaryWhoseCasusCameFromAnotherReferral() {
        String andere = UUID.randomUUID().toString();
        stuur(CaseEvents.CASUS_GEOPEND, casus, voorbeeld(CaseEvents.CASUS_GEOPEND, Map.of(GOUDEN_AANMELDING, andere, GOUDEN_CASUS, casus)));
        await().atMost(WACHT).until(() -> notificaties.aanmeldingVan(casus).isPresent());

        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());

        assertThat(KafkaProbe.header(deadLetter(CASUS_DLQ, casus), "x-exception-stacktrace"))
                .contains("Caused by: " + RejectedEventException.class.getName(), "came from referral " + andere);
        assertThat(geparkeerd()).isEmpty();
        assertThat(aanGezin()).isEmpty();
    }

    @Test
    void refusesAContactSealedForAnotherReferralAndKeepsNothingOfIt() {
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", List.of(Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder)))),
                GezinscontactGedeeld.context(UUID.randomUUID().toString()));

        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD,
                Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, verzegeld)));

        var dood = deadLetter(AANMELDING_DLQ, aanmelding);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName())
                .doesNotContain(moeder);
        assertThat(gezinscontacten.vind(aanmelding)).isEmpty();
    }

    @Test
    void keepsNeitherAddressNorSummaryReadableInTheStoreOrTheDeliveryLog() {
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, beideOuders());
        stuur(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, casus, verslag());
        TestMail.eenMail(moeder, kenmerk);
        wachtTotVerzonden(2);

        List<Document> opgeslagen = new ArrayList<>(mongo.getCollection("notificaties").find(new Document("casusId", casus)).into(new ArrayList<>()));
        opgeslagen.addAll(mongo.getCollection("gezinscontacten").find(new Document("_id", aanmelding)).into(new ArrayList<>()));
        assertThat(opgeslagen).hasSize(3);
        assertThat(opgeslagen).allSatisfy(d -> assertThat(d.toJson()).doesNotContain(moeder, vader, "jansen", kenmerk, "school"));
        // Sent, the family's text is forgotten; the address stays, encrypted, for the masked log line.
        assertThat(opgeslagen.subList(0, 2)).allSatisfy(d -> assertThat(d).doesNotContainKey("tekst").containsKey("adres"));

        var teamleider = ApiCaller.token("teamleider-ede", "teamleider", List.of("GM0228"));
        var log = ApiCaller.onPort(port).get("/api/v1/verzendingen?casusId=" + casus, teamleider);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("\"ontvangerRol\":\"GEZIN\"", "\"ontvangerId\":\"" + MOEDER + "\"", "\"adres\":\"o***@example.nl\"",
                "\"adres\":\"p***@gezin.example.nl\"", "\"status\":\"VERZONDEN\"").doesNotContain(moeder, vader, "jansen", kenmerk);
        var perAanmelding = ApiCaller.onPort(port).get("/api/v1/verzendingen?aanmeldingId=" + aanmelding, teamleider);
        assertThat(perAanmelding.body()).contains("\"ontvangerRol\":\"GEZIN\"").doesNotContain(moeder, vader, kenmerk);

        var berichten = ApiCaller.onPort(port).get("/api/v1/notificaties?casusId=" + casus, ApiCaller.token("st-ede-0017", "regisseur", List.of("GM0228")));
        assertThat(berichten.statusCode()).isEqualTo(200);
        assertThat(berichten.body()).contains("\"ontvangerRol\":\"GEZIN\"", "\"onderwerp\":\"Verslag van ons gesprek\"", "\"tekst\":null")
                .doesNotContain(moeder, vader, kenmerk);
    }
}
