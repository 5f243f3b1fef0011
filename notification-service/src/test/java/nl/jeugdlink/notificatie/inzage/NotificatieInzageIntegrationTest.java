package nl.jeugdlink.notificatie.inzage;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_GESPREK;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_VERSLAG_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_ZEGEL;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.contracts.casus.InzageEvents;
import nl.jeugdlink.contracts.intake.GezinscontactGedeeld;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.inzage.InzageVerzegeling;
import nl.jeugdlink.platform.inzage.Kindsleutels;
import nl.jeugdlink.platform.inzage.Ronde;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Round 2 of a request for a child's data (ADR 0031) at the notification-service, over the platform's binding on a real broker and
 * store: the request sealed as the case-service seals it, answered with this service's part sealed for the case-service. The
 * messages about the child's referral and casus are in it - the family's letters (the "Wat werkt" feedback links among them)
 * without the text dropped once sent, the professionals' - and the family's contact, masked; another family's messages and the
 * letters meant for a child (which may be a sibling's) are not.
 */
@NotificatieIntegrationTest
class NotificatieInzageIntegrationTest {

    private static final Duration WACHT = Duration.ofSeconds(30);

    @Autowired
    InzageVerzegeling inzageVerzegeling;

    @Autowired
    Sealing verzegeling;

    @Autowired
    JsonMapper json;

    @Autowired
    Notificaties notificaties;

    @Autowired
    Gezinscontacten gezinscontacten;

    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void deliversTheMessagesAboutTheChildsFamilyWithoutDroppedTextsAnotherFamilysOrAChildsLetters() {
        String aanmelding = UUID.randomUUID().toString();
        String casus = UUID.randomUUID().toString();
        String anderGezin = UUID.randomUUID().toString();
        String kort = UUID.randomUUID().toString().substring(0, 8);
        String moeder = "o.jansen-" + kort + "@example.nl";
        String vader = "p.jansen-" + kort + "@gezin.example.nl";
        String linkOuder = "https://jeugdlink.test/wat-werkt/ouder-" + kort;
        String linkKind = "https://jeugdlink.test/wat-werkt/kind-" + kort;

        // The referral arrived (the referrer's and the screeners' messages), the family's contact came, a conversation's links went out.
        stuur(IntakeEvents.AANMELDING_ONTVANGEN, aanmelding, voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, aanmelding)));
        stuur(IntakeEvents.AANMELDING_ONTVANGEN, anderGezin, voorbeeld(IntakeEvents.AANMELDING_ONTVANGEN, Map.of(GOUDEN_AANMELDING, anderGezin)));
        String adressen = verzegeling.verzegel(json.writeValueAsString(Map.of("adressen", List.of(
                Map.of("relatie", "BIOLOGISCHE_MOEDER", "email", moeder), Map.of("relatie", "BIOLOGISCHE_VADER", "email", vader)))),
                GezinscontactGedeeld.context(aanmelding));
        stuur(IntakeEvents.GEZINSCONTACT_GEDEELD, aanmelding, voorbeeld(IntakeEvents.GEZINSCONTACT_GEDEELD,
                Map.of(GOUDEN_AANMELDING, aanmelding, GOUDEN_ZEGEL, adressen)));
        await().atMost(WACHT).until(() -> gezinscontacten.vind(aanmelding).isPresent());
        String gesprek = UUID.randomUUID().toString();
        String links = verzegeling.verzegel(json.writeValueAsString(Map.of("links", List.of(Map.of("voor", "OUDER", "link", linkOuder),
                Map.of("voor", "KIND", "kindId", UUID.randomUUID().toString(), "link", linkKind)))),
                GezinsfeedbackGevraagd.context(aanmelding, casus, gesprek));
        stuur(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, casus, voorbeeld(CaseEvents.GEZINSFEEDBACK_GEVRAAGD, Map.of(GOUDEN_VERSLAG_CASUS, casus,
                GOUDEN_AANMELDING, aanmelding, GOUDEN_GESPREK, gesprek, GOUDEN_ZEGEL, links)));
        TestMail.eenMail(moeder, linkOuder);
        TestMail.eenMail(vader, linkOuder);
        // Sent, so their texts (bearer links) are dropped: the export cannot hold them.
        await().atMost(WACHT).until(() -> notificaties.overCasus(casus).stream().filter(Notificatie::voorGezin)
                .allMatch(n -> n.status() == Notificatie.Status.VERZONDEN && n.tekst().isEmpty()));
        await().atMost(WACHT).until(() -> notificaties.overAanmelding(anderGezin).size() > 1);

        JsonNode deel = deelVoor(new Kindsleutels("", List.of(UUID.randomUUID().toString()), List.of(aanmelding), List.of(casus)));

        assertThat(deel.get("dienst").asString()).isEqualTo("notification-service");
        JsonNode gezin = categorie(deel, "Berichten aan het gezin");
        assertThat(gezin).hasSize(2);
        assertThat(gezin.valueStream().map(b -> b.get("aan").asString())).containsExactlyInAnyOrder("biologische moeder", "biologische vader");
        assertThat(gezin.valueStream().map(b -> b.get("onderwerp").asString())).containsOnly("Hoe vond u ons gesprek?");
        assertThat(gezin.valueStream().map(b -> b.get("tekst").asString())).allMatch(t -> t.startsWith("niet meer bewaard"));
        // The referrer's and the screeners' messages about this referral; none of the other family's.
        JsonNode professionals = categorie(deel, "Berichten aan professionals");
        assertThat(professionals.valueStream().map(b -> b.get("aanmelding").asString())).containsOnly(aanmelding);
        assertThat(professionals.valueStream().map(b -> b.get("onderwerp").asString())).anyMatch(o -> o.contains("aanmelding"));
        // The letters for a child are counted, never shown: which child they were for is not known here.
        assertThat(categorie(deel, "Berichten voor een kind").get(0).get("aantal").asString()).isEqualTo("2");
        JsonNode contact = categorie(deel, "Contactgegevens van het gezin").get(0);
        assertThat(contact.get("biologische moeder").asString()).isEqualTo("o***@example.nl");
        assertThat(deel.toString()).doesNotContain(anderGezin, linkOuder, linkKind, moeder, vader, kort);
    }

    @Test
    void aChildWithoutMessagesGetsAnEmptyPart() {
        JsonNode deel = deelVoor(new Kindsleutels("", List.of(UUID.randomUUID().toString()), List.of(UUID.randomUUID().toString()), List.of()));

        assertThat(deel.get("dienst").asString()).isEqualTo("notification-service");
        assertThat(deel.get("categorieen")).isEmpty();
    }

    private static JsonNode categorie(JsonNode deel, String naam) {
        return deel.get("categorieen").valueStream().filter(c -> c.get("naam").asString().equals(naam)).findFirst()
                .orElseThrow(() -> new AssertionError("no category " + naam + " in " + deel.get("categorieen").valueStream()
                        .map(c -> c.get("naam").asString()).toList()))
                .get("items");
    }

    /** Sends round 2 for these keys as the case-service would and opens this service's reply as only the case-service can. */
    private JsonNode deelVoor(Kindsleutels sleutels) {
        String verzoekId = UUID.randomUUID().toString();
        String payload = """
                {"verzoekId": "%s", "ronde": "DELEN", "verzegeld": "%s", "ingediendOp": "%s"}"""
                .formatted(verzoekId, inzageVerzegeling.verzegelVerzoek(json.writeValueAsString(sleutels), verzoekId, Ronde.DELEN),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS));
        var event = ReceivedEvent.of(InzageEvents.TOPIC, InzageEvents.INZAGEVERZOEK_INGEDIEND.type(), "urn:nld:jeugdlink:foodvalley:case-service",
                verzoekId, payload);
        kafka.send(InzageEvents.TOPIC, verzoekId, event.headers(), event.payload());

        var antwoorden = kafka.read(InzageEvents.TOPIC, Duration.ofSeconds(60), rs -> rs.stream().anyMatch(r -> isAntwoord(r, verzoekId))).stream()
                .filter(r -> isAntwoord(r, verzoekId)).toList();
        assertThat(antwoorden).as("InzagedeelGeleverd for " + verzoekId).hasSize(1);
        String antwoordJson = new String(antwoorden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(InzageEvents.INZAGEDEEL_GELEVERD, antwoordJson)).isEmpty();
        JsonNode antwoord = json.readTree(antwoordJson);
        assertThat(antwoord.get("dienst").asString()).isEqualTo("notification-service");
        assertThat(antwoord.get("ronde").asString()).isEqualTo("DELEN");
        return json.readTree(inzageVerzegeling.openDeel(antwoord.get("verzegeld").asString(), verzoekId, "notification-service"));
    }

    private static boolean isAntwoord(ConsumerRecord<String, byte[]> r, String verzoekId) {
        return verzoekId.equals(r.key()) && InzageEvents.INZAGEDEEL_GELEVERD.type().equals(KafkaProbe.header(r, "ce_type"));
    }
}
