package nl.jeugdlink.jbt.verzoek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.jbt.verzoek.adapter.persistence.MongoBetrokkenheden;
import nl.jeugdlink.jbt.verzoek.domain.BekendeCasussen;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Binding {@code casussen-in-0}: the five cases every consumer passes (platform {@link ConsumerCases}),
 * on a real broker and store, and what the JBT learns: the casus, its regisseur, and a draft request
 * when it is closed "naar JBT".
 */
@JeugdLinkIntegrationTest
class CasusListenerIntegrationTest extends ConsumerCases {

    @Autowired
    BekendeCasussen casussen;

    @Autowired
    Verzoeken verzoeken;

    @Autowired
    Betrokkenheden betrokkenheden;

    @Autowired
    MongoBetrokkenheden opslag;

    @Autowired
    MongoTemplate mongo;

    @Override
    protected String topic() {
        return CaseEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return CasusEventMother.geopend(UUID.randomUUID().toString(), "GM0228", "st-ede-0042");
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return CasusEventMother.geopend(UUID.randomUUID().toString(), "GM0363", "st-ams-0001");
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return casussen.find(event.key()).isPresent();
    }

    @Test
    void aCasusClosedNaarJbtOpensOneDraftRequestForItsRegisseur() {
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, "GM0228", "st-ede-0017");
        var sluiting = CasusEventMother.afgesloten(casusId, "GM0228", "NAAR_JBT", "st-ede-0017");
        String type = CaseEvents.CASUS_AFGESLOTEN.type();
        double dubbel = consumed(type, "duplicate");

        sluiting.sendWith(kafka);
        await().atMost(PATIENCE).until(() -> verzoeken.find(Verzoek.idVoor(casusId)).isPresent());
        Verzoek concept = verzoeken.find(Verzoek.idVoor(casusId)).orElseThrow();
        assertThat(concept.status()).isEqualTo(Verzoek.Status.CONCEPT);
        assertThat(concept.regisseurId()).isEqualTo("st-ede-0017");
        assertThat(concept.gemeenteCode()).isEqualTo("GM0228");

        sluiting.sendWith(kafka);
        await().atMost(PATIENCE).until(() -> consumed(type, "duplicate") > dubbel);
    }

    @Test
    void aCasusClosedNaarJbtAgainAfterTheTablesDecisionOpensADraftOfItsOwn() {
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, "GM0228", "st-ede-0019");
        java.time.Instant nu = java.time.Instant.now();
        java.time.LocalDate vandaag = java.time.LocalDate.now();
        Verzoek besloten = Verzoek.concept(casussen.find(casusId).orElseThrow(), nu);
        var events = new java.util.ArrayList<>(besloten.dienIn(nl.jeugdlink.jbt.verzoek.domain.Verzoeksoort.BESPREKING,
                nl.jeugdlink.jbt.verzoek.domain.Gesprekstype.KWART_VOOR_TWAALF, FormulierMother.volledig(vandaag),
                new nl.jeugdlink.jbt.verzoek.domain.Indiener("st-ede-0019", "regisseur"), "st-ede-0019", vandaag, nu));
        events.addAll(besloten.neemBesluit(new nl.jeugdlink.jbt.verzoek.domain.Besluit(
                nl.jeugdlink.jbt.verzoek.domain.Besluit.Uitkomst.VRIJWILLIG_REGIE_LOKAAL_TEAM, "Regie bij het Sociaal Team", "Gezinscoaching",
                "Oma kijkt mee", nl.jeugdlink.jbt.verzoek.domain.Besluit.Besluitvorming.CONSENSUS, null, "jbt-vz-ede", nu), vandaag));
        assertThat(verzoeken.voegToe(besloten, events)).isTrue();

        CasusEventMother.afgesloten(casusId, "GM0228", "NAAR_JBT", "st-ede-0019").sendWith(kafka);

        String tweede = Verzoek.idVoor(casusId, 2);
        await().atMost(PATIENCE).until(() -> verzoeken.find(tweede).isPresent());
        assertThat(verzoeken.find(tweede).orElseThrow()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(Verzoek.Status.CONCEPT);
            assertThat(v.casusId()).isEqualTo(casusId);
        });
        assertThat(verzoeken.find(casusId).orElseThrow().status()).isEqualTo(Verzoek.Status.BESLOTEN);
    }

    @Test
    void anotherClosureOpensNoDraft() {
        String casusId = CasusEventMother.bekendeCasus(kafka, casussen, "GM0228", "st-ede-0018");
        String type = CaseEvents.CASUS_AFGESLOTEN.type();
        double genegeerd = consumed(type, "ignored");

        CasusEventMother.afgesloten(casusId, "GM0228", "DOELEN_BEHAALD", "st-ede-0018").sendWith(kafka);

        await().atMost(PATIENCE).until(() -> consumed(type, "ignored") > genegeerd);
        assertThat(verzoeken.find(Verzoek.idVoor(casusId))).isEmpty();
    }

    @Test
    void theDossierhouderAndEveryRegisseurOfOnePollAreInvolvedAndTheLastCouplingHoldsTheRegie() {
        String casusId = UUID.randomUUID().toString();
        var events = java.util.List.of(CasusEventMother.geopend(casusId, "GM0228", "verwijzer-p1"),
                CasusEventMother.regisseurGekoppeld(casusId, "GM0228", "st-ede-0101"),
                CasusEventMother.regisseurGekoppeld(casusId, "GM0228", "st-ede-0102"));

        kafka.sendAll(topic(), events.stream().map(e -> new nl.jeugdlink.platform.test.KafkaProbe.Outgoing(e.key(), e.headers(), e.payload())).toList());

        await().atMost(PATIENCE).until(() -> casussen.find(casusId).map(c -> "st-ede-0102".equals(c.regisseurId())).orElse(false));
        assertThat(betrokkenheden.betrokken("verwijzer-p1", casusId)).isTrue();
        assertThat(betrokkenheden.betrokken("st-ede-0101", casusId)).isTrue();
        assertThat(betrokkenheden.betrokken("st-ede-0102", casusId)).isTrue();
        assertThat(betrokkenheden.betrokken("st-ede-0102", UUID.randomUUID().toString())).isFalse();
        assertThat(betrokkenheden.betrokken("rvdk-0101", casusId)).isFalse();
    }

    @Test
    void aStoreFromBeforeHasEachPersonsInvolvementsMovedToOneDocumentPerFamilyOnce() {
        String eerste = UUID.randomUUID().toString();
        String tweede = UUID.randomUUID().toString();
        mongo.insert(new org.bson.Document("_id", "rvdk-oud-1").append("casussen", java.util.List.of(eerste, tweede)), "betrokkenheden");

        assertThat(opslag.verplaatsOudeBetrokkenheden()).isEqualTo(2);

        assertThat(betrokkenheden.betrokken("rvdk-oud-1", eerste)).isTrue();
        assertThat(betrokkenheden.betrokken("rvdk-oud-1", tweede)).isTrue();
        assertThat(mongo.collectionExists("betrokkenheden")).isFalse();
        assertThat(opslag.verplaatsOudeBetrokkenheden()).isZero();
    }
}
