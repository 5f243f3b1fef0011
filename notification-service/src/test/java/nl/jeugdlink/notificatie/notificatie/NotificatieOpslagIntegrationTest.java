package nl.jeugdlink.notificatie.notificatie;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_AANMELDING;
import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.TestMail;
import nl.jeugdlink.notificatie.notificatie.adapter.persistence.MongoNotificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.delivery.Deliveries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the store holds of a message: address and text encrypted, the documents of before still readable as they were, and one that
 * still waited when delivery moved to the platform handed over and sent.
 */
@NotificatieIntegrationTest
class NotificatieOpslagIntegrationTest {

    private static final String REGISSEUR = "r.bakker@st-ede.test";

    @Autowired
    Notificaties notificaties;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoNotificaties mongoNotificaties;

    @Autowired
    Deliveries deliveries;

    private final String aanmelding = UUID.randomUUID().toString();
    private final String casus = UUID.randomUUID().toString();

    @Test
    void storesAddressAndTextEncryptedAndReadsThemBack() {
        String eventId = stuur(CaseEvents.REGISSEUR_GEKOPPELD, casus,
                voorbeeld(CaseEvents.REGISSEUR_GEKOPPELD, Map.of(GOUDEN_CASUS, casus, GOUDEN_AANMELDING, aanmelding)));
        String id = Notificatie.idVoor(eventId, new Ontvanger("REGISSEUR", "st-ede-0017"));

        await().atMost(Duration.ofSeconds(30)).until(() -> notificaties.vind(id).map(n -> n.status() == Notificatie.Status.VERZONDEN).orElse(false));

        Document opgeslagen = mongo.getCollection("notificaties").find(new Document("_id", id)).first();
        assertThat(opgeslagen).isNotNull();
        assertThat(opgeslagen.toJson()).doesNotContain(REGISSEUR, "Ruud", casus + " voor de gemeente");
        assertThat(opgeslagen.getBoolean("versleuteld")).isTrue();
        Notificatie gelezen = notificaties.vind(id).orElseThrow();
        assertThat(gelezen.adres()).isEqualTo(REGISSEUR);
        assertThat(gelezen.tekst()).startsWith("Beste Ruud Bakker,").contains("U bent nu de regisseur van casus " + casus);
    }

    @Test
    void readsAMessageRecordedBeforeEncryptionAsItWas() {
        String id = UUID.randomUUID().toString();
        Document oud = oudBericht(id);
        oud.put("status", "VERZONDEN");
        oud.put("pogingen", 1);
        mongo.getCollection("notificaties").insertOne(oud);

        Notificatie gelezen = notificaties.vind(id).orElseThrow();

        assertThat(gelezen.adres()).isEqualTo(REGISSEUR);
        assertThat(gelezen.tekst()).isEqualTo("Beste Ruud Bakker,");
        assertThat(gelezen.status()).isEqualTo(Notificatie.Status.VERZONDEN);
        assertThat(gelezen.pogingen()).isEqualTo(1);
    }

    @Test
    void readsAMessageRecordedBeforeEMailExistedAsUndeliverable() {
        String id = UUID.randomUUID().toString();
        mongo.getCollection("notificaties").insertOne(oudBericht(id));

        Notificatie gelezen = notificaties.vind(id).orElseThrow();

        assertThat(gelezen.status()).isEqualTo(Notificatie.Status.ONBESTELBAAR);
        assertThat(gelezen.pogingen()).isZero();
        assertThat(gelezen.tekst()).isEqualTo("Beste Ruud Bakker,");
    }

    @Test
    void handsOverAMessageThatStillWaitedWhenDeliveryMovedToThePlatformAndSendsIt() {
        String id = UUID.randomUUID().toString();
        Document oud = oudBericht(id);
        oud.put("tekst", "Beste Ruud Bakker,\n\nbericht " + id);
        oud.put("status", "WACHTEND");
        oud.put("pogingen", 0);
        mongo.getCollection("notificaties").insertOne(oud);

        assertThat(mongoNotificaties.draagWachtendeVanVroegerOver()).isEqualTo(1);
        deliveries.deliver(id);

        assertThat(TestMail.eenMail(REGISSEUR, "bericht " + id)).isNotNull();
        Notificatie gelezen = notificaties.vind(id).orElseThrow();
        assertThat(gelezen.status()).isEqualTo(Notificatie.Status.VERZONDEN);
        assertThat(gelezen.pogingen()).isEqualTo(1);
        assertThat(mongoNotificaties.draagWachtendeVanVroegerOver()).as("handed over once").isZero();
    }

    /** A message as the store held it before addresses and texts were encrypted: no {@code versleuteld} and, earlier still, no status and attempts. */
    private Document oudBericht(String id) {
        return new Document(Map.of("_id", id, "aanleiding", UUID.randomUUID().toString(), "sjabloon", "regisseur-gekoppeld",
                "ontvangerRol", "REGISSEUR", "ontvangerId", "st-ede-0017", "adres", REGISSEUR, "aanmeldingId", aanmelding,
                "gemeenteCode", "GM0228", "onderwerp", "JeugdLink: u bent regisseur van een casus", "tekst", "Beste Ruud Bakker,"));
    }
}
