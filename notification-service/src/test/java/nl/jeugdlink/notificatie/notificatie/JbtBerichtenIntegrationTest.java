package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.datumIn;
import static nl.jeugdlink.notificatie.Gebeurtenissen.deadLetter;
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
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.jbt.JbtBesluitGenomen;
import nl.jeugdlink.contracts.jbt.JbtVerslagGereed;
import nl.jeugdlink.contracts.jbt.JbtVerzoekGepland;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inbound.RejectedEventException;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jeugdbeschermingstafel's events, from the jbt-events golden examples over the real broker, end as
 * the right mail at the right address, read back from the real SMTP server (GreenMail). That a
 * redelivered event makes no second mail is {@link JbtListenerIntegrationTest}'s.
 */
@NotificatieIntegrationTest
class JbtBerichtenIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);
    private static final String INDIENER = "r.bakker@st-ede.test";
    private static final String VOORZITTER = "j.bos@jbt-foodvalley.test";
    private static final String CONTACTPERSOON = "k.dijkstra@ede.test";
    /**
     * The golden decision's sealed agreements, as the contract ships them (sealed with the contract's example keyset, not
     * this service's): every test puts its own (or none) in its place.
     */
    private static final String GOUDEN_AFSPRAKEN = tools.jackson.databind.json.JsonMapper.builder().build()
            .readTree(nl.jeugdlink.contracts.SchemaCheck.example(JbtEvents.JBT_BESLUIT_GENOMEN)).get("verzegeld").asText();
    /** The golden planning's stand-in for sealed invitees, likewise. */
    private static final String GOUDEN_GENODIGDEN = "QVZFUlpFR0VMRC1HRU5PRElHREVO";

    @Autowired
    Notificaties notificaties;

    @Autowired
    Gezinscontacten gezinscontacten;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    Sealing verzegeling;

    @Autowired
    JsonMapper json;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    private String voorbeeldVan(nl.jeugdlink.contracts.EventType type) {
        return voorbeeld(type, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus));
    }

    private static MimeMessage bericht(String adres, String kenmerk, String onderwerp, String... regels) {
        MimeMessage mail = TestMail.eenMail(adres, kenmerk);
        assertThat(TestMail.onderwerp(mail)).isEqualTo(onderwerp);
        assertThat(TestMail.tekst(mail)).contains(regels).contains("Log in bij JeugdLink om meer te zien.").doesNotContain("BSN");
        return mail;
    }

    @Test
    void tellsTheRequesterThatTheChairReturnedTheRequestAndWhatIsMissing() {
        String payload = voorbeeldVan(JbtEvents.JBT_VERZOEK_TERUGGESTUURD);
        String eventId = stuur(JbtEvents.JBT_VERZOEK_TERUGGESTUURD, casus, payload);

        bericht(INDIENER, casus, "JeugdLink: uw verzoek aan de Jeugdbeschermingstafel is teruggestuurd",
                "Beste Ruud Bakker,",
                "De voorzitter van de Jeugdbeschermingstafel heeft uw verzoek teruggestuurd.",
                "Het gaat om het verzoek voor casus " + casus + " in de gemeente Ede.",
                "Dit is gebeurd op " + datumIn(payload, "teruggestuurdOp") + ".",
                "De voorzitter schrijft:\nDe uitkomst van de risicotaxatie en het gebruikte instrument ontbreken.",
                "Vul het verzoek aan in JeugdLink en dien het opnieuw in.");
        String id = Notificatie.idVoor(eventId, new Ontvanger("JBT_INDIENER", "st-ede-0017"));
        await().atMost(WACHT).until(() -> notificaties.vind(id).orElseThrow().status() == Notificatie.Status.VERZONDEN);
        assertThat(notificaties.vind(id).orElseThrow().sjabloon()).isEqualTo("jbt-verzoek-teruggestuurd");
    }

    @Test
    void tellsTheChairAndTheMunicipalContactOfALongWaitWithTheNeighbouringTablesMoments() {
        String payload = voorbeeldVan(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN);
        stuur(JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN, casus, payload);

        for (var ontvanger : List.of(List.of(VOORZITTER, "Joke Bos"), List.of(CONTACTPERSOON, "Karin Dijkstra"))) {
            bericht(ontvanger.get(0), casus, "JeugdLink: de Jeugdbeschermingstafel heeft binnen twee weken geen plek",
                    "Beste " + ontvanger.get(1) + ",",
                    "Er is een verzoek voor de Jeugdbeschermingstafel foodvalley voor casus " + casus + " in de gemeente Ede.",
                    "De tafel heeft binnen twee weken geen plek voor dit verzoek.",
                    "De eerste vrije plek aan de eigen tafel is op " + datumIn(payload, "eersteVrijeMoment") + ".",
                    "De buurtafel centraal-gelderland heeft plek op:\n- 6 mei 2027\n- 13 mei 2027\n",
                    "De voorzitter kiest een moment en plant het verzoek in.");
        }
        assertThat(notificaties.overCasus(casus)).extracting(n -> n.ontvanger().rol())
                .containsExactlyInAnyOrder("JBT_VOORZITTER", "GEMEENTELIJK_CONTACTPERSOON");
    }

    @Test
    void invitesTheRequesterKnownFromTheFilingToThePlannedTalk() {
        stuur(JbtEvents.JBT_VERZOEK_INGEDIEND, casus, voorbeeldVan(JbtEvents.JBT_VERZOEK_INGEDIEND));
        // An event from before talks had their own time (no tijdstip): the moment's time of day as the chair set it for this
        // week, which every invitation names.
        String payload = gepland(null).replace("\"aanvang\": \"09:00\"", "\"aanvang\": \"13:30\"").replaceAll(",\\s*\"tijdstip\": \"10:00\"", "");
        assertThat(payload).contains("13:30").doesNotContain("tijdstip");
        stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, payload);

        MimeMessage mail = bericht(INDIENER, casus, "JeugdLink: uw verzoek aan de Jeugdbeschermingstafel is ingepland",
                "Beste Ruud Bakker,",
                "Uw verzoek voor casus " + casus + " in de gemeente Ede is ingepland.",
                "Het gesprek aan de Jeugdbeschermingstafel foodvalley is op " + datumIn(payload, "datum") + ".\nHet gesprek begint om 13:30 uur.",
                "U bent uitgenodigd voor dit gesprek.",
                // An interpreter comes; which language is the family's, read in JeugdLink.
                "Bij dit gesprek is een tolk nodig. Welke taal staat in het verzoek in JeugdLink.");
        assertThat(TestMail.tekst(mail)).doesNotContain("buurtafel").doesNotContain("Arabisch").doesNotContain("genodigde");
        // The raadsmedewerker the chair assigned for the independent test is invited by name.
        MimeMessage raad = bericht("r.meijer@rvdk.test", casus, "JeugdLink: u doet de onafhankelijke toets aan de Jeugdbeschermingstafel",
                "Beste Ria Meijer,",
                "De voorzitter van de Jeugdbeschermingstafel heeft u gevraagd de onafhankelijke toets te doen.",
                "Het gaat om casus " + casus + " in de gemeente Ede.",
                "Het gesprek aan de Jeugdbeschermingstafel foodvalley is op " + datumIn(payload, "datum") + ".\nHet gesprek begint om 13:30 uur.",
                "Bij dit gesprek is een tolk nodig.");
        assertThat(TestMail.tekst(raad)).doesNotContain("Arabisch");
        // The table's contacts at the Raad and the GI are invited too, each on behalf of their organisation.
        for (var ketenpartner : List.of(List.of("r.kok@rvdk.test", "de Raad voor de Kinderbescherming", "Rik Kok"),
                List.of("g.smits@gi-jbt.test", "de Gecertificeerde Instelling", "Gea Smits"))) {
            MimeMessage uitnodiging = TestMail.eenMail(ketenpartner.get(0), casus);
            assertThat(TestMail.onderwerp(uitnodiging)).isEqualTo("JeugdLink: uitnodiging voor een gesprek aan de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(uitnodiging)).contains("Beste " + ketenpartner.get(2) + ",", "U bent namens " + ketenpartner.get(1) + " uitgenodigd voor een gesprek aan de "
                    + "Jeugdbeschermingstafel foodvalley.", "Het gesprek is op " + datumIn(payload, "datum") + ".\nHet gesprek begint om 13:30 uur.",
                    "Het gaat om casus " + casus + " in de gemeente Ede.", "Bij dit gesprek is een tolk nodig.").doesNotContain("Arabisch");
        }
        // The filing itself is no message: the mails naming the casus are the invitations of the requester, the Raad, the GI and the raadsmedewerker.
        assertThat(TestMail.verschillend(TestMail.metKenmerk(casus))).hasSize(4);
        assertThat(notificaties.overCasus(casus)).extracting(n -> n.ontvanger().rol())
                .contains("JBT_INDIENER", "JBT_RAAD", "JBT_GI", "JBT_RAADSMEDEWERKER");
    }

    @Test
    void recordsThePlannedTalkUndeliverableWhenItsRequesterIsUnknown() {
        stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, gepland(null));

        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).size() == 4);
        assertThat(notificaties.overCasus(casus)).filteredOn(n -> n.status() == Notificatie.Status.ONBESTELBAAR)
                .extracting(Notificatie::ontvanger).containsExactly(new Ontvanger("JBT_INDIENER", "indiener-" + casus));
        // No family contact shared for this referral yet: the parents' and the child's invitations wait for it.
        await().atMost(WACHT).until(() -> mongo.getCollection("geparkeerde_gezinspost").countDocuments(new org.bson.Document("aanmeldingId", aanmelding)) == 2);
        // Only the Raad's, the GI's and the raadsmedewerker's invitations go out.
        await().atMost(WACHT).until(() -> TestMail.verschillend(TestMail.metKenmerk(casus)).size() == 3);
    }

    @Test
    void invitesEachParentWithCustodyWhoseAddressTheIntakeSharedWithTheOptionOfATrustedPerson() {
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String moeder = "o.jansen-" + kort + "@example.nl";
        String vader = "p.jansen-" + kort + "@gezin.example.nl";
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", List.of(
                Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder), Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader)))),
                GezinscontactGedeeld.context(aanmelding));
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD,
                Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, verzegeld)));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        // The golden planning counts a trusted person, but its seal is left out here (as in an event from before they were carried).
        String payload = gepland(null);
        stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, payload);

        for (String ouder : List.of(moeder, vader)) {
            // The golden example counts one child of 12 or older: invited separately, through the parents' address.
            MimeMessage kind = TestMail.eenMail(ouder, "Beste jongere");
            assertThat(TestMail.onderwerp(kind)).isEqualTo("Een uitnodiging voor uw kind: gesprek aan de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(kind)).contains("Deze uitnodiging is voor uw kind van 12 jaar of ouder.", "Het gesprek is op "
                    + datumIn(payload, "datum") + ".\nHet gesprek is van 10:00 tot 11:00 uur.", "Je bent welkom bij een deel van het gesprek. Dat deel is alleen voor jou.",
                    "Bij het gesprek is een tolk.")
                    .doesNotContain(casus, aanmelding, "foodvalley");
            MimeMessage mail = TestMail.eenMail(ouder, "U mag iemand meenemen die u vertrouwt.");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Uitnodiging voor een gesprek aan de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains("Beste ouder of verzorger,",
                    "Het gesprek is op " + datumIn(payload, "datum") + ".\nHet gesprek is van 10:00 tot 11:00 uur.",
                    "U mag iemand meenemen die u vertrouwt.",
                    "U heeft een vertrouwenspersoon genoemd. Wij hebben geen e-mailadres van deze persoon. Vertelt u zelf wanneer het gesprek is?",
                    // The interpreter in the family's own language: the requester wrote it for them.
                    "Bij het gesprek is een tolk. De tolk spreekt Arabisch.")
                    // Nothing of the request or the casus: no ids, no names.
                    .doesNotContain(casus, aanmelding, "foodvalley");
        }
        assertThat(notificaties.overCasus(casus)).filteredOn(n -> n.ontvanger().rol().equals(Ontvanger.GEZIN))
                .extracting(n -> n.ontvanger().id()).containsExactlyInAnyOrder("biologische-moeder", "biologische-vader",
                        "kind-via-biologische-moeder", "kind-via-biologische-vader");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void invitesTheTrustedPersonAndTheFormsInviteesAtTheirOwnAddressWithoutAnythingOfTheFamily(CapturedOutput uitvoer) {
        List<String> ouders = deelGezinscontact();
        stuur(JbtEvents.JBT_VERZOEK_INGEDIEND, casus, voorbeeldVan(JbtEvents.JBT_VERZOEK_INGEDIEND));
        await().atMost(WACHT).until(() -> notificaties.indienerVan(casus).isPresent());
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String vertrouwd = "mieke.dewit-" + kort + "@example.nl";
        String mentor = "ib-" + kort + "@regenboog.example";
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(new JbtVerzoekGepland.Verzegeld(
                new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon", vertrouwd),
                List.of(new JbtVerzoekGepland.Genodigde("Ilse Brink", "intern begeleider", mentor),
                        new JbtVerzoekGepland.Genodigde("Opa Henk", "grootvader", "06-12345678")))),
                JbtVerzoekGepland.context(casus, casus));
        String payload = gepland(verzegeld);
        String eventId = stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, payload);
        assertThat(payload).doesNotContain("Mieke").doesNotContain(vertrouwd).doesNotContain("Opa Henk");
        String datum = datumIn(payload, "datum");

        MimeMessage aanVertrouwd = TestMail.eenMail(vertrouwd, "vertrouwenspersoon");
        assertThat(TestMail.onderwerp(aanVertrouwd)).isEqualTo("Uitnodiging voor een gesprek aan de Jeugdbeschermingstafel");
        assertThat(TestMail.tekst(aanVertrouwd)).contains("Beste Mieke de Wit,", "Ouders hebben u gevraagd om als vertrouwenspersoon mee te gaan naar een gesprek.",
                "Het gesprek is op " + datum + ".\nHet gesprek is van 10:00 tot 11:00 uur.", "In deze e-mail staan geen namen en geen gegevens van het gezin.",
                "Of neem contact op met Ruud Bakker (r.bakker@st-ede.test), die het verzoek voor het gesprek heeft gedaan.")
                .doesNotContain(casus, aanmelding, "Arabisch", "Opa Henk", "Ilse Brink");
        MimeMessage aanMentor = TestMail.eenMail(mentor, "Beste Ilse Brink");
        assertThat(TestMail.tekst(aanMentor)).contains("U bent uitgenodigd voor een gesprek aan de Jeugdbeschermingstafel foodvalley.",
                "Het gesprek is op " + datum + ".", "U bent genoemd in het verzoek voor dit gesprek.",
                "Neem dan contact op met Ruud Bakker (r.bakker@st-ede.test), die het verzoek heeft gedaan.")
                .doesNotContain(casus, aanmelding, "Arabisch", "Opa Henk", "Mieke", "vertrouwenspersoon");
        // The requester hears whom to invite themselves - by count, no names (they wrote the form; the mail is not the place).
        MimeMessage aanIndiener = bericht(INDIENER, casus, "JeugdLink: uw verzoek aan de Jeugdbeschermingstafel is ingepland",
                "2 genodigden uit het verzoek krijgen een eigen uitnodiging per e-mail.",
                "Van 1 genodigde uit het verzoek staat geen e-mailadres in het verzoek. Nodig hen zelf uit.");
        assertThat(TestMail.tekst(aanIndiener)).doesNotContain("Mieke", "Ilse", "Opa Henk", "Arabisch", vertrouwd, mentor);
        // The parents read that their trusted person has an invitation, not who (the other parent may not know).
        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "U mag iemand meenemen die u vertrouwt.");
            assertThat(TestMail.tekst(mail)).contains("U heeft een vertrouwenspersoon genoemd. Die krijgt een eigen uitnodiging met de datum.",
                    "De tolk spreekt Arabisch.").doesNotContain("Mieke", vertrouwd, "Ilse");
        }
        // Their addresses came from the family's side: masked in the log, the text dropped once sent, never in the store or the log in clear.
        for (Ontvanger o : List.of(new Ontvanger(Ontvanger.VERTROUWENSPERSOON, "vertrouwenspersoon"), new Ontvanger(Ontvanger.GENODIGDE, "genodigde-1"))) {
            String id = Notificatie.idVoor(eventId, o);
            await().atMost(WACHT).until(() -> notificaties.vind(id).orElseThrow().status() == Notificatie.Status.VERZONDEN);
            await().atMost(WACHT).until(() -> notificaties.vind(id).orElseThrow().tekst().isEmpty());
            assertThat(notificaties.vind(id).orElseThrow().adresInLog()).doesNotContain(kort);
        }
        assertThat(notificaties.overCasus(casus)).extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .doesNotContain("GENODIGDE:genodigde-2");
        assertThat(mongo.getCollection("notificaties").find(new org.bson.Document("casusId", casus)).into(new java.util.ArrayList<>()))
                .allSatisfy(d -> assertThat(d.toJson()).doesNotContain(kort).doesNotContain("Mieke"));
        // The service's own log; the test's mail server logs every mailbox it makes.
        assertThat(uitvoer.getAll().lines().filter(l -> !l.contains("com.icegreen.greenmail"))).noneMatch(l -> l.contains(vertrouwd) || l.contains("Mieke"));
    }

    @Test
    void invitesEveryoneOfAMovedTalkAgainSayingFromWhenToWhen() {
        List<String> ouders = deelGezinscontact();
        stuur(JbtEvents.JBT_VERZOEK_INGEDIEND, casus, voorbeeldVan(JbtEvents.JBT_VERZOEK_INGEDIEND));
        await().atMost(WACHT).until(() -> notificaties.indienerVan(casus).isPresent());
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String vertrouwd = "mieke.dewit-" + kort + "@example.nl";
        String mentor = "ib-" + kort + "@regenboog.example";
        var genodigden = new JbtVerzoekGepland.Verzegeld(new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon", vertrouwd),
                List.of(new JbtVerzoekGepland.Genodigde("Ilse Brink", "intern begeleider", mentor)));
        stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, gepland(verzegeling.verzegel(json.writeValueAsString(genodigden), JbtVerzoekGepland.context(casus, casus))));
        await().atMost(WACHT).until(() -> TestMail.metKenmerk(casus).size() >= 4);
        // The chair moved the moment: the talk of 10:00-11:00 is now 14:00-15:00, the invitees sealed again for the move.
        String verplaatst = voorbeeld(JbtEvents.JBT_GESPREK_VERPLAATST, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus,
                "\"" + GOUDEN_GENODIGDEN + "\"", "\"" + verzegeling.verzegel(json.writeValueAsString(genodigden),
                        nl.jeugdlink.contracts.jbt.JbtGesprekVerplaatst.context(casus, casus)) + "\""));
        stuur(JbtEvents.JBT_GESPREK_VERPLAATST, casus, verplaatst);

        String datum = datumIn(verplaatst, "datum");
        String eerder = "Het gesprek is verplaatst. Het was op " + datum + " van 10:00 tot 11:00 uur. Dit is de nieuwe tijd:\n";
        String nu = "Het gesprek is van 14:00 tot 15:00 uur.";
        bericht(INDIENER, "Het gesprek is verplaatst.", "Gewijzigd: JeugdLink: uw verzoek aan de Jeugdbeschermingstafel is ingepland",
                eerder + "Het gesprek aan de Jeugdbeschermingstafel foodvalley is op " + datum + ".\n" + nu, "Uw verzoek voor casus " + casus);
        bericht("r.meijer@rvdk.test", "Het gesprek is verplaatst.", "Gewijzigd: JeugdLink: u doet de onafhankelijke toets aan de Jeugdbeschermingstafel",
                eerder + "Het gesprek aan de Jeugdbeschermingstafel foodvalley is op " + datum + ".\n" + nu, "Het gaat om casus " + casus);
        for (String ketenpartner : List.of("r.kok@rvdk.test", "g.smits@gi-jbt.test")) {
            bericht(ketenpartner, "Het gesprek is verplaatst.", "Gewijzigd: JeugdLink: uitnodiging voor een gesprek aan de Jeugdbeschermingstafel",
                    eerder + "Het gesprek is op " + datum + ".\n" + nu, "Het gaat om casus " + casus);
        }
        // Per parent: the first invitation and the moved one, each for the parents and for the child of 12 or older.
        for (String ouder : ouders) {
            await().atMost(WACHT).until(() -> TestMail.verschillend(TestMail.aan(ouder, "")).size() == 4);
            var mails = TestMail.verschillend(TestMail.aan(ouder, ""));
            assertThat(mails).extracting(TestMail::onderwerp).containsExactlyInAnyOrder(
                    "Uitnodiging voor een gesprek aan de Jeugdbeschermingstafel", "Een uitnodiging voor uw kind: gesprek aan de Jeugdbeschermingstafel",
                    "Gewijzigd: Uitnodiging voor een gesprek aan de Jeugdbeschermingstafel",
                    "Gewijzigd: Een uitnodiging voor uw kind: gesprek aan de Jeugdbeschermingstafel");
            assertThat(mails).filteredOn(m -> TestMail.onderwerp(m).startsWith("Gewijzigd: ")).hasSize(2).allSatisfy(m -> assertThat(TestMail.tekst(m))
                    .contains(eerder + "Het gesprek is op " + datum + ".\n" + nu).doesNotContain(casus, aanmelding, "Mieke"));
        }
        for (String genodigde : List.of(vertrouwd, mentor)) {
            await().atMost(WACHT).until(() -> TestMail.verschillend(TestMail.aan(genodigde, "")).size() == 2);
            MimeMessage mail = TestMail.eenMail(genodigde, "Het gesprek is verplaatst.");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Gewijzigd: Uitnodiging voor een gesprek aan de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains(eerder, nu).doesNotContain(casus, aanmelding);
        }
        // The same people as the first invitation, each once more: the requester, the Raad, the GI, the raadsmedewerker, both parents
        // and the child through each, the trusted person and the form's invitee.
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).size() == 2 * 10);
    }

    @Test
    void refusesAMoveWhoseInviteesWereSealedForThePlanningToTheDeadLetterTopic() {
        deelGezinscontact();
        // The planning's seal of this very request, replayed in a move: bound to another context, it does not open.
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(new JbtVerzoekGepland.Verzegeld(
                new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon", "mieke@example.nl"), List.of())),
                JbtVerzoekGepland.context(casus, casus));
        stuur(JbtEvents.JBT_GESPREK_VERPLAATST, casus, voorbeeld(JbtEvents.JBT_GESPREK_VERPLAATST, Map.of(GOUDEN_AANMELDING, aanmelding,
                GOUDEN_CASUS, casus, "\"" + GOUDEN_GENODIGDEN + "\"", "\"" + verzegeld + "\"")));

        var dood = deadLetter("jeugdlink.jbt.verzoek.notification-service.dlq", casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("moved JBT talk", "do not open").doesNotContain("Mieke");
        assertThat(notificaties.overCasus(casus)).isEmpty();
        assertThat(TestMail.metKenmerk(casus)).isEmpty();
    }

    @Test
    void refusesInviteesSealedForAnotherRequestToTheDeadLetterTopicWithoutTheirNames() {
        deelGezinscontact();
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(new JbtVerzoekGepland.Verzegeld(
                new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon", "mieke@example.nl"), List.of())),
                JbtVerzoekGepland.context(casus, UUID.randomUUID().toString()));
        stuur(JbtEvents.JBT_VERZOEK_GEPLAND, casus, gepland(verzegeld));

        var dood = deadLetter("jeugdlink.jbt.verzoek.notification-service.dlq", casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName(), "do not open")
                .doesNotContain("Mieke");
        assertThat(notificaties.overCasus(casus)).isEmpty();
        assertThat(TestMail.metKenmerk(casus)).isEmpty();
    }

    @Test
    void invitesTheRaadsmedewerkerAssignedAfterThePlanningByNameAndTellsOneAssignedBeforeThatTheDayFollows() {
        String payload = voorbeeldVan(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN);
        stuur(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN, casus, payload);
        bericht("r.meijer@rvdk.test", casus, "JeugdLink: u doet de onafhankelijke toets aan de Jeugdbeschermingstafel", "Beste Ria Meijer,",
                "Het gesprek aan de Jeugdbeschermingstafel foodvalley is op " + datumIn(payload, "datum") + ".\nHet gesprek is van 10:00 tot 11:00 uur.");

        String andere = UUID.randomUUID().toString();
        String nogNietGepland = voorbeeld(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, andere,
                "\"foodvalley\"", "null", "\"2027-05-11\"", "null"));
        stuur(JbtEvents.JBT_RAADSMEDEWERKER_TOEGEWEZEN, andere, nogNietGepland);
        bericht("r.meijer@rvdk.test", andere, "JeugdLink: u doet de onafhankelijke toets aan de Jeugdbeschermingstafel",
                "Het gaat om casus " + andere + " in de gemeente Ede.",
                "Het gesprek is nog niet ingepland. U krijgt een nieuwe e-mail als de datum bekend is.");
    }

    @Test
    void mailsEachParentTheirPersonalLinkToTheReportAndTellsTheRequesterWithoutIt() {
        List<String> ouders = deelGezinscontact();
        String link = "https://jbt.example.test/ouders/jbt-verslagen/" + casus + "?link=Zk9vQmFy-" + UUID.randomUUID();
        String payload = verslagGereed(verzegeldeLink(link, JbtVerslagGereed.context(casus, casus, 1)));
        String eventId = stuur(JbtEvents.JBT_VERSLAG_GEREED, casus, payload);
        assertThat(payload).doesNotContain(link).doesNotContain("jbt.example.test");

        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "Jeugdbeschermingstafel");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Het verslag van het gesprek aan de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains("Beste ouder of verzorger,",
                    "U kunt het verslag lezen via deze persoonlijke link:\n\n" + link,
                    "Uw reactie wordt aan het verslag toegevoegd.",
                    "De link werkt tot en met " + datumIn(payload, "linkVerlooptOp") + ".")
                    .doesNotContain("versie 1").doesNotContain(aanmelding);
        }
        MimeMessage indiener = bericht(INDIENER, casus, "JeugdLink: het verslag van de Jeugdbeschermingstafel is klaar",
                "Beste Ruud Bakker,", "Dit is versie 1 van het verslag.", "De ouders hebben een persoonlijke link gekregen");
        assertThat(TestMail.tekst(indiener)).doesNotContain(link).doesNotContain("?link=");
        // Once sent, the family's message keeps no text: the link is not kept beside the delivery log.
        String id = Notificatie.idVoor(eventId, new Ontvanger(Ontvanger.GEZIN, "biologische-moeder"));
        await().atMost(WACHT).until(() -> notificaties.vind(id).orElseThrow().status() == Notificatie.Status.VERZONDEN);
        assertThat(notificaties.overCasus(casus)).extracting(Notificatie::sjabloon)
                .containsExactlyInAnyOrder("jbt-verslag-gezin", "jbt-verslag-gezin", "jbt-verslag-indiener");
    }

    @Test
    void mailsTheParentsTheChairsNewLinkAndSparesTheRequesterASecondMail() {
        List<String> ouders = deelGezinscontact();
        String eerste = "https://jbt.example.test/ouders/jbt-verslagen/" + casus + "?link=Zk9vQmFy-" + UUID.randomUUID();
        stuur(JbtEvents.JBT_VERSLAG_GEREED, casus, verslagGereed(verzegeldeLink(eerste, JbtVerslagGereed.context(casus, casus, 1))));
        for (String ouder : ouders) {
            TestMail.eenMail(ouder, eerste);
        }
        bericht(INDIENER, casus, "JeugdLink: het verslag van de Jeugdbeschermingstafel is klaar", "Dit is versie 1 van het verslag.");

        // The chair makes the parents a new link to the same version: the event again, with nieuweLink.
        String nieuwe = "https://jbt.example.test/ouders/jbt-verslagen/" + casus + "?link=QmFyQmF6-" + UUID.randomUUID();
        String payload = verslagGereed(verzegeldeLink(nieuwe, JbtVerslagGereed.context(casus, casus, 1)));
        assertThat(payload).contains("\"nieuweLink\": false");
        stuur(JbtEvents.JBT_VERSLAG_GEREED, casus, payload.replace("\"nieuweLink\": false", "\"nieuweLink\": true"));

        for (String ouder : ouders) {
            assertThat(TestMail.tekst(TestMail.eenMail(ouder, nieuwe))).contains(
                    "De voorzitter heeft een nieuwe link naar het verslag voor u gemaakt: dit is die link.",
                    "U kunt het verslag lezen via deze persoonlijke link:\n\n" + nieuwe);
        }
        // Both events' messages are recorded before their mails go: the requester's one is the first event's alone.
        assertThat(notificaties.overCasus(casus)).extracting(Notificatie::sjabloon)
                .containsExactlyInAnyOrder("jbt-verslag-gezin", "jbt-verslag-gezin", "jbt-verslag-indiener", "jbt-verslag-gezin", "jbt-verslag-gezin");
        assertThat(TestMail.verschillend(TestMail.aan(INDIENER, casus))).hasSize(1);
    }

    @Test
    void tellsTheParentsAndTheRequesterTheDecisionInWordsAndWhereTheSafetyAgreementsAre() {
        List<String> ouders = deelGezinscontact();
        stuur(JbtEvents.JBT_VERZOEK_INGEDIEND, casus, voorbeeldVan(JbtEvents.JBT_VERZOEK_INGEDIEND));
        await().atMost(WACHT).until(() -> notificaties.indienerVan(casus).isPresent());
        // As published before the agreements were carried: the mail says where they are.
        String payload = besluit(null);
        String eventId = stuur(JbtEvents.JBT_BESLUIT_GENOMEN, casus, payload);

        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "Jeugdbeschermingstafel heeft een besluit");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Het besluit van de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains("De hulp blijft vrijwillig, maar niet vrijblijvend.",
                    "Daarnaast vraagt de tafel de Raad voor de Kinderbescherming om onderzoek te doen naar de situatie van uw kind.",
                    "De deelnemers aan de tafel waren het hierover samen eens.",
                    "Op " + datumIn(payload, "evaluatieMoment") + " wordt samen gekeken hoe het gaat.",
                    "Die afspraken staan in het verslag van het gesprek.")
                    .doesNotContain(casus, aanmelding, "jbt-vz-01", "VRIJWILLIG_", "CONSENSUS", "Log in bij JeugdLink");
        }
        bericht(INDIENER, casus, "JeugdLink: de Jeugdbeschermingstafel heeft besloten", "Beste Ruud Bakker,",
                "De Jeugdbeschermingstafel heeft besloten over casus " + casus + " in de gemeente Ede.",
                "De hulp blijft vrijwillig, maar niet vrijblijvend.");
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).stream().filter(n -> n.aanleiding().equals(eventId)).count() == 3);
        assertThat(notificaties.overCasus(casus)).filteredOn(n -> n.aanleiding().equals(eventId))
                .extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("JBT_INDIENER:st-ede-0017", "GEZIN:biologische-moeder", "GEZIN:biologische-vader");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void mailsTheSafetyAgreementsToEveryoneAtTheTalkAndKeepsThemOutOfTheLogTheStoreAndJeugdLinksScreens(CapturedOutput uitvoer) {
        List<String> ouders = deelGezinscontact();
        // No filing seen here: the decision names who was at the talk itself (seed 002:466: the agreements go to all of them).
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String vertrouwd = "mieke.dewit-" + kort + "@example.nl";
        String mentor = "ib-" + kort + "@regenboog.example";
        String afspraken = "Sanne gaat elke dag naar school; oma Jansen kijkt na schooltijd mee. Kenmerk " + UUID.randomUUID();
        String verzegeld = verzegeling.verzegel(json.writeValueAsString(new JbtBesluitGenomen.Verzegeld(afspraken,
                new JbtVerzoekGepland.Genodigde("Mieke de Wit", "vertrouwenspersoon", vertrouwd),
                List.of(new JbtVerzoekGepland.Genodigde("Ilse Brink", "intern begeleider", mentor),
                        new JbtVerzoekGepland.Genodigde("Opa Henk", "grootvader", "06-12345678")))),
                JbtBesluitGenomen.context(casus, casus));
        String payload = besluit(verzegeld);
        String eventId = stuur(JbtEvents.JBT_BESLUIT_GENOMEN, casus, payload);
        assertThat(payload).doesNotContain(afspraken).doesNotContain("oma Jansen").doesNotContain("Mieke").doesNotContain(vertrouwd);

        // The parents: the decision and the agreements; the golden decision counts a child of 12 or older at part of the talk.
        for (String ouder : ouders) {
            MimeMessage mail = TestMail.eenMail(ouder, "Jeugdbeschermingstafel heeft een besluit");
            assertThat(TestMail.onderwerp(mail)).isEqualTo("Het besluit van de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains("De hulp blijft vrijwillig, maar niet vrijblijvend.",
                    "De tafel heeft ook afspraken gemaakt over de veiligheid van uw kind.\nDit zijn de afspraken:\n\n" + afspraken + "\n\n"
                            + "De afspraken staan ook in het verslag van het gesprek.",
                    "Uw kind van 12 jaar of ouder was bij een deel van het gesprek. Vertel uw kind welke afspraken er zijn gemaakt",
                    "Uw regisseur bespreekt de afspraken met u.")
                    .doesNotContain("Die afspraken staan in het verslag").doesNotContain(casus, aanmelding, "Log in bij JeugdLink", "Mieke", "Ilse");
        }
        // The professionals at the table, by name from the contact directory: the decision, why they get it, the agreements.
        for (var professional : List.of(
                List.of(INDIENER, "Ruud Bakker", "U heeft het verzoek voor dit gesprek gedaan."),
                List.of("r.kok@rvdk.test", "Rik Kok", "U was bij het gesprek namens de Raad voor de Kinderbescherming."),
                List.of("g.smits@gi-jbt.test", "Gea Smits", "U was bij het gesprek namens de Gecertificeerde Instelling."),
                List.of("r.meijer@rvdk.test", "Ria Meijer", "U deed de onafhankelijke toets namens de Raad voor de Kinderbescherming."))) {
            MimeMessage mail = bericht(professional.get(0), casus, "JeugdLink: het besluit en de veiligheidsafspraken van de Jeugdbeschermingstafel",
                    "Beste " + professional.get(1) + ",",
                    "De Jeugdbeschermingstafel heeft besloten over casus " + casus + " in de gemeente Ede.\n" + professional.get(2),
                    "De hulp blijft vrijwillig, maar niet vrijblijvend.",
                    "Dit zijn de afspraken:\n\n" + afspraken + "\n",
                    "Deze e-mail bevat gegevens van het gezin. Deel hem niet met anderen.");
            assertThat(TestMail.tekst(mail)).doesNotContain("Mieke", "Ilse", vertrouwd, mentor);
        }
        // The trusted person and the invitee with an address: the agreements alone - no outcome, no casus, no other invitee.
        for (var genodigde : List.of(List.of(vertrouwd, "Mieke de Wit", "U was gevraagd als vertrouwenspersoon van de ouders."),
                List.of(mentor, "Ilse Brink", "U was genoemd in het verzoek voor dit gesprek."))) {
            MimeMessage mail = TestMail.eenMail(genodigde.get(0), afspraken);
            assertThat(TestMail.onderwerp(mail)).isEqualTo("De afspraken over veiligheid van de Jeugdbeschermingstafel");
            assertThat(TestMail.tekst(mail)).contains("Beste " + genodigde.get(1) + ",", genodigde.get(2), "Dit zijn de afspraken:\n\n" + afspraken,
                    "Of neem contact op met Ruud Bakker (r.bakker@st-ede.test), die het verzoek voor het gesprek heeft gedaan.")
                    .doesNotContain(casus, aanmelding, "vrijwillig", "Raad voor de Kinderbescherming", "Opa Henk", "Log in bij JeugdLink")
                    .doesNotContain(genodigde.get(0).equals(vertrouwd) ? "Ilse" : "Mieke");
        }
        // Opa Henk's contact is a phone number: no mail (the requester counted him with the planning). Exactly these, once each.
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).stream().filter(n -> n.aanleiding().equals(eventId)).count() == 8);
        assertThat(notificaties.overCasus(casus)).filteredOn(n -> n.aanleiding().equals(eventId))
                .extracting(n -> n.ontvanger().rol() + ":" + n.ontvanger().id())
                .containsExactlyInAnyOrder("JBT_INDIENER:st-ede-0017", "JBT_RAAD:rvdk-foodvalley-jbt", "JBT_GI:gi-foodvalley-jbt",
                        "JBT_RAADSMEDEWERKER:rvdk-mw-07", "VERTROUWENSPERSOON:vertrouwenspersoon", "GENODIGDE:genodigde-1",
                        "GEZIN:biologische-moeder", "GEZIN:biologische-vader");
        // Every one of them holds the agreements: encrypted until sent, then its text dropped - the professionals' too.
        for (Notificatie n : notificaties.overCasus(casus)) {
            await().atMost(WACHT).until(() -> notificaties.vind(n.id()).orElseThrow().status() == Notificatie.Status.VERZONDEN);
            await().atMost(WACHT).until(() -> notificaties.vind(n.id()).orElseThrow().tekst().isEmpty());
            assertThat(notificaties.vind(n.id()).orElseThrow().tekstAlleenVoorOntvanger()).isTrue();
        }
        assertThat(mongo.getCollection("notificaties").find(new org.bson.Document("casusId", casus)).into(new java.util.ArrayList<>()))
                .hasSize(8).allSatisfy(d -> assertThat(d.toJson()).doesNotContain("oma Jansen").doesNotContain(kort).doesNotContain("Mieke"));
        assertThat(uitvoer.getAll().lines().filter(l -> !l.contains("com.icegreen.greenmail")))
                .noneMatch(l -> l.contains("oma Jansen") || l.contains(vertrouwd) || l.contains("Mieke"));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void refusesSafetyAgreementsSealedForAnotherRequestToTheDeadLetterTopicWithoutTheirText(CapturedOutput uitvoer) {
        deelGezinscontact();
        String afspraken = "Vader komt niet in de buurt van de woning. Kenmerk " + UUID.randomUUID();
        String ander = UUID.randomUUID().toString();
        stuur(JbtEvents.JBT_BESLUIT_GENOMEN, casus, besluit(verzegeldeAfspraken(afspraken, JbtBesluitGenomen.context(casus, ander))));

        var dood = deadLetter("jeugdlink.jbt.verzoek.notification-service.dlq", casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName(), "do not open")
                .doesNotContain(afspraken).doesNotContain("in de buurt van de woning");
        assertThat(notificaties.overCasus(casus)).isEmpty();
        assertThat(TestMail.metKenmerk(casus)).isEmpty();
        assertThat(uitvoer.getAll()).doesNotContain("in de buurt van de woning");
    }

    @Test
    void refusesALinkSealedForAnotherVersionOfTheReportToTheDeadLetterTopic() {
        deelGezinscontact();
        String link = "https://jbt.example.test/ouders/jbt-verslagen/" + casus + "?link=" + UUID.randomUUID();
        stuur(JbtEvents.JBT_VERSLAG_GEREED, casus, verslagGereed(verzegeldeLink(link, JbtVerslagGereed.context(casus, casus, 2))));

        var dood = deadLetter("jeugdlink.jbt.verzoek.notification-service.dlq", casus);
        assertThat(KafkaProbe.header(dood, "x-exception-stacktrace")).contains("Caused by: " + RejectedEventException.class.getName(), "does not open")
                .doesNotContain(link);
        assertThat(notificaties.overCasus(casus)).isEmpty();
        assertThat(TestMail.metKenmerk(casus)).isEmpty();
    }

    private String verzegeldeLink(String link, String context) {
        return verzegeling.verzegel(json.writeValueAsString(new JbtVerslagGereed.Verzegeld(link)), context);
    }

    private String verzegeldeAfspraken(String afspraken, String context) {
        return verzegeling.verzegel(json.writeValueAsString(new JbtBesluitGenomen.Verzegeld(afspraken)), context);
    }

    /** The golden planning for this casus, its sealed invitees replaced by these (null: none carried). */
    private String gepland(@Nullable String verzegeld) {
        return voorbeeld(JbtEvents.JBT_VERZOEK_GEPLAND, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus,
                "\"" + GOUDEN_GENODIGDEN + "\"", verzegeld == null ? "null" : "\"" + verzegeld + "\""));
    }

    /** The golden decision for this casus, its sealed agreements replaced by these (null: none carried). */
    private String besluit(@Nullable String verzegeld) {
        return voorbeeld(JbtEvents.JBT_BESLUIT_GENOMEN, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus,
                "\"" + GOUDEN_AFSPRAKEN + "\"", verzegeld == null ? "null" : "\"" + verzegeld + "\""));
    }

    private String verslagGereed(String verzegeld) {
        return voorbeeld(JbtEvents.JBT_VERSLAG_GEREED, Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_CASUS, casus, GOUDEN_ZEGEL, verzegeld));
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
