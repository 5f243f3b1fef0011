package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.escalatie.termijn.adapter.bewaking.TermijnBewaking;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A traject stored by the version before the rule table (facts in fields of their own, no due-index) goes on as before. */
@JeugdLinkIntegrationTest
class OudeOpslagIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Trajecten trajecten;

    @Autowired
    AdjustableClock klok;

    @Autowired
    TermijnBewaking bewaking;

    @Autowired
    nl.jeugdlink.escalatie.termijn.adapter.persistence.MongoTrajecten opslag;

    private static Document oudTraject(String aanmeldingId) {
        Document eersteContact = new Document("soort", "EERSTE_CONTACT").append("werkdagen", 5)
                .append("gestartOp", Date.from(Instant.parse("2026-04-21T08:15:00Z"))).append("uiterlijk", "2026-04-29")
                .append("verstrijktOp", Date.from(Instant.parse("2026-04-29T22:00:00Z"))).append("status", "OPEN");
        return new Document("_id", aanmeldingId).append("gemeenteCode", "GM0228")
                .append("ontvangenOp", Date.from(Instant.parse("2026-04-21T08:15:00Z"))).append("termijnPlichtig", true)
                .append("betrokkenen", List.of()).append("teamleden", List.of()).append("termijnen", List.of(eersteContact))
                .append("eerstVerstrijktOp", Date.from(Instant.parse("2026-04-29T22:00:00Z"))).append("version", 3L);
    }

    @Test
    void listsTheOpenDeadlinesOfAnEarlierStoreOnceAndReportsThemWhenTheyPass() {
        klok.zet(Instant.parse("2026-04-22T10:00:00Z"));
        String aanmeldingId = UUID.randomUUID().toString();
        mongo.insert(oudTraject(aanmeldingId), "trajecten");
        mongo.remove(Query.query(Criteria.where("_id").is("aangevuld")), "termijn_vervaldagen");

        opslag.vulVervaldagenAan();
        klok.zet(Instant.parse("2026-04-29T22:00:01Z"));
        bewaking.bewaakNu();

        Termijn termijn = trajecten.vind(aanmeldingId).orElseThrow().traject().termijnen().getFirst();
        assertThat(termijn.status()).isEqualTo(Status.OVERSCHREDEN);
        assertThat(termijn.id()).isEqualTo(Termijn.id(aanmeldingId, Soort.EERSTE_CONTACT));
    }

    @Test
    void findsATrajectOfAnEarlierStoreByItsCasusAndItsDeadlineOnceTheirKeysAreFilledIn() {
        String aanmeldingId = UUID.randomUUID().toString();
        String casusId = UUID.randomUUID().toString();
        mongo.insert(oudTraject(aanmeldingId).append("casusId", casusId), "trajecten");
        String termijnId = Termijn.id(aanmeldingId, Soort.EERSTE_CONTACT);
        assertThat(trajecten.vindMetCasus(casusId)).as("stored before the keys existed").isEmpty();
        mongo.remove(Query.query(Criteria.where("_id").is("~aangevuld")), "traject_sleutels");

        opslag.vulSleutelsAan();

        assertThat(trajecten.vindMetCasus(casusId)).hasValueSatisfying(g -> assertThat(g.traject().aanmeldingId()).isEqualTo(aanmeldingId));
        assertThat(trajecten.vindMetTermijn(termijnId)).hasValueSatisfying(g -> assertThat(g.traject().aanmeldingId()).isEqualTo(aanmeldingId));
        assertThat(trajecten.vindMetCasus(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void meetsTheDeadlineOfAnEarlierStoreAndStartsPlanAndHelpFromItsFacts() {
        klok.zet(Instant.parse("2026-04-22T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        mongo.insert(oudTraject(traject.aanmeldingId), "trajecten");

        traject.eersteContact("2026-04-24T13:00:00Z").send(new KafkaProbe());

        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).orElseThrow().traject().termijnen().size() == 3);
        assertThat(trajecten.vind(traject.aanmeldingId).orElseThrow().traject().termijnen()).extracting(Termijn::status)
                .containsExactly(Status.GEHAALD, Status.OPEN, Status.OPEN);
        Document opgeslagen = mongo.findById(traject.aanmeldingId, Document.class, "trajecten");
        assertThat(opgeslagen).doesNotContainKey("ontvangenOp");
        assertThat(opgeslagen.getList("feiten", Document.class)).isNotEmpty();
    }
}
