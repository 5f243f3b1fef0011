package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.MongoTrajecten;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten.Telling;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The gauge of running deadlines reads counters that every traject write keeps, not the trajecten:
 * on the real store, after writes through the listeners it gives what a count over every traject
 * gives, a crash between a traject's write and its counters heals at the next count, and a store from
 * before the counters gets them filled once.
 */
@JeugdLinkIntegrationTest
class TermijnTellingIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Trajecten trajecten;

    @Autowired
    MongoTrajecten opslag;

    @Autowired
    AdjustableClock klok;

    @Autowired
    StoreQueries queries;

    /** Starts from counters that match the store, whatever other classes wrote into it around the store. */
    @BeforeEach
    void telOpnieuw() {
        mongo.remove(new Query(), "termijn_tellingen");
        opslag.vulTellingenAan();
        assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten());
    }

    @Test
    void theCountersFollowEveryWriteOfADeadline() {
        klok.zet(Instant.parse("2026-04-22T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        Map<Telling, Long> voor = trajecten.lopend();
        Telling eersteContactOpen = new Telling(Soort.EERSTE_CONTACT, "GM0228", Status.OPEN);

        traject.ontvangen("2026-04-21T08:15:00Z").send(new KafkaProbe());
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).isPresent());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trajecten.lopend().get(eersteContactOpen))
                .isEqualTo(voor.getOrDefault(eersteContactOpen, 0L) + 1));
        assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten());

        traject.eersteContact("2026-04-24T13:00:00Z").send(new KafkaProbe());
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).orElseThrow().traject().termijnen().size() == 3);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten()));
        assertThat(trajecten.lopend().getOrDefault(eersteContactOpen, 0L)).as("met: no longer running")
                .isEqualTo(voor.getOrDefault(eersteContactOpen, 0L));
    }

    @Test
    void theGaugeReadsOneDocumentByIdAndNoTraject() {
        long mark = queries.mark();

        trajecten.lopend();

        List<StoreQueries.Sent> gestuurd = queries.since(mark);
        assertThat(gestuurd).isNotEmpty().allMatch(q -> q.collection().equals("termijn_tellingen"), "only the counters, nothing pending");
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("termijn_tellingen", "trajecten"))).isEmpty();
    }

    @Test
    void aStoreOfThe64DocumentLayoutHasItsSharesMovedWithoutAScanAndItsDocumentsRemoved() {
        String gemeente = "GM" + (9000 + (int) (Math.random() * 999));
        Telling cel = new Telling(Soort.EERSTE_CONTACT, gemeente, Status.OPEN);
        String aanmeldingId = UUID.randomUUID().toString();
        mongo.insert(oudTraject(aanmeldingId, gemeente), "trajecten");
        // What the earlier layout left: every traject's share in one of 64 documents, and its mark - this test's traject too.
        Map<String, Document> oudeEmmers = new HashMap<>();
        for (Document emmer : mongo.findAll(Document.class, "termijn_tellingen")) {
            if (emmer.get("t") instanceof Document aandelen) {
                aandelen.forEach((id, aandeel) -> oudeEmmers.computeIfAbsent(oudeEmmer(id), e -> new Document()).put(id, aandeel));
            }
        }
        oudeEmmers.computeIfAbsent(oudeEmmer(aanmeldingId), e -> new Document())
                .put(aanmeldingId, new Document("n", 1L).append("c", new Document(gemeente + "|EERSTE_CONTACT|OPEN", 1L)));
        mongo.remove(new Query(), "termijn_tellingen");
        oudeEmmers.forEach((id, aandelen) -> mongo.insert(new Document("_id", id).append("v", 1L).append("w", new Document())
                .append("t", aandelen), "termijn_tellingen"));
        mongo.insert(new Document("_id", "aandelen-gevuld").append("gevuld", true), "termijn_tellingen");
        String oud = oudeEmmer(aanmeldingId);

        long mark = queries.mark();
        opslag.vulTellingenAan();
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("termijn_tellingen", "trajecten")))
                .as("moved from the 64 documents by _id, no traject scanned").isEmpty();

        assertThat(trajecten.lopend()).containsEntry(cel, 1L).isEqualTo(geteldOverAlleTrajecten());
        assertThat(mongo.findById(oud, Document.class, "termijn_tellingen")).as("the earlier layout's document").isNull();
        assertThat(mongo.findById("aandelen-gevuld", Document.class, "termijn_tellingen")).as("the earlier layout's mark").isNull();
        assertThat(mongo.findById(emmerVan(aanmeldingId), Document.class, "termijn_tellingen").get("t", Document.class))
                .containsKey(aanmeldingId);
    }

    @Test
    void readsTheCountersNotTheTrajectenAndFillsThemOnceForAnEarlierStore() {
        String gemeente = "GM" + (9000 + (int) (Math.random() * 999));
        Telling cel = new Telling(Soort.EERSTE_CONTACT, gemeente, Status.OPEN);
        mongo.insert(oudTraject(UUID.randomUUID().toString(), gemeente), "trajecten");
        mongo.insert(oudTraject(UUID.randomUUID().toString(), gemeente), "trajecten");

        assertThat(trajecten.lopend()).as("stored around the counters: not counted").doesNotContainKey(cel);
        opslag.vulTellingenAan();
        assertThat(trajecten.lopend()).as("already filled: the mark keeps it from counting again").doesNotContainKey(cel);

        opslag.vergeetTellingen();
        opslag.vulTellingenAan();

        assertThat(trajecten.lopend()).containsEntry(cel, 2L).isEqualTo(geteldOverAlleTrajecten());
    }

    @Test
    void aCrashBetweenATrajectsWriteAndItsCountersHealsAtTheNextCountFromTheStoredTraject() {
        klok.zet(Instant.parse("2026-04-22T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        Telling eersteContactOpen = new Telling(Soort.EERSTE_CONTACT, "GM0228", Status.OPEN);
        traject.ontvangen("2026-04-21T08:15:00Z").send(new KafkaProbe());
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).isPresent());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten()));
        long voor = trajecten.lopend().getOrDefault(eersteContactOpen, 0L);

        // What a crash right after the traject's write leaves: the write's announcement, and the share of the write before it.
        String emmer = emmerVan(traject.aanmeldingId);
        Document aandeel = mongo.findById(emmer, Document.class, "termijn_tellingen").get("t", Document.class).get(traject.aanmeldingId, Document.class);
        long telnummer = ((Number) aandeel.get("n")).longValue();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(emmer)), new org.springframework.data.mongodb.core.query.Update()
                .set("t." + traject.aanmeldingId, new Document("n", telnummer - 1).append("c", new Document()))
                .set("w." + traject.aanmeldingId, telnummer), "termijn_tellingen");
        assertThat(geteldOverAlleTrajecten().getOrDefault(eersteContactOpen, 0L)).isEqualTo(voor);

        long mark = queries.mark();
        Map<Telling, Long> geheeld = trajecten.lopend();
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("termijn_tellingen", "trajecten"))).as("the traject read by _id").isEmpty();

        assertThat(geheeld.getOrDefault(eersteContactOpen, 0L)).as("the share taken from the stored traject").isEqualTo(voor);
        assertThat(geheeld).isEqualTo(geteldOverAlleTrajecten());
        assertThat(mongo.findById(emmer, Document.class, "termijn_tellingen").get("w", Document.class)).as("the announcement is gone")
                .doesNotContainKey(traject.aanmeldingId);

        // Set twice, or an older write after a newer one: nothing changes.
        assertThat(trajecten.lopend()).isEqualTo(geheeld);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(emmer)), new org.springframework.data.mongodb.core.query.Update()
                .set("w." + traject.aanmeldingId, telnummer - 1), "termijn_tellingen");
        assertThat(trajecten.lopend()).isEqualTo(geheeld);
    }

    @Test
    void aWriteThatFailsAfterItsAnnouncementLeavesTheCountersAsTheTrajectStands() {
        klok.zet(Instant.parse("2026-04-22T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        traject.ontvangen("2026-04-21T08:15:00Z").send(new KafkaProbe());
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).isPresent());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten()));
        Map<Telling, Long> stand = trajecten.lopend();

        // A crash before the traject's write: announced, never written. The count takes the stored traject, which did not change.
        String emmer = emmerVan(traject.aanmeldingId);
        long telnummer = ((Number) mongo.findById(emmer, Document.class, "termijn_tellingen").get("t", Document.class)
                .get(traject.aanmeldingId, Document.class).get("n")).longValue();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(emmer)), new org.springframework.data.mongodb.core.query.Update()
                .set("w." + traject.aanmeldingId, telnummer + 1), "termijn_tellingen");

        assertThat(trajecten.lopend()).isEqualTo(stand).isEqualTo(geteldOverAlleTrajecten());

        // Its next write carries that number and takes the announcement with it.
        traject.eersteContact("2026-04-24T13:00:00Z").send(new KafkaProbe());
        await().atMost(Duration.ofSeconds(30)).until(() -> trajecten.vind(traject.aanmeldingId).orElseThrow().traject().termijnen().size() == 3);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(mongo.findById(emmer, Document.class, "termijn_tellingen")
                .get("w", Document.class)).doesNotContainKey(traject.aanmeldingId));
        assertThat(trajecten.lopend()).isEqualTo(geteldOverAlleTrajecten());
    }

    /** As the store of the earlier layout hashed a traject into one of its 64 counter documents. */
    private static String oudeEmmer(String aanmeldingId) {
        return "lopend-" + String.format("%02d", Math.floorMod(aanmeldingId.hashCode(), 64));
    }

    /** As the store hashes a traject into one of its counter documents. */
    private static String emmerVan(String aanmeldingId) {
        return "emmer-" + String.format("%04d", Math.floorMod(aanmeldingId.hashCode(), 4096));
    }

    private static Document oudTraject(String aanmeldingId, String gemeente) {
        Document eersteContact = new Document("soort", "EERSTE_CONTACT").append("werkdagen", 5)
                .append("gestartOp", Date.from(Instant.parse("2026-04-21T08:15:00Z"))).append("uiterlijk", "2026-04-29")
                .append("verstrijktOp", Date.from(Instant.parse("2026-04-29T22:00:00Z"))).append("status", "OPEN");
        return new Document("_id", aanmeldingId).append("gemeenteCode", gemeente)
                .append("ontvangenOp", Date.from(Instant.parse("2026-04-21T08:15:00Z"))).append("termijnPlichtig", true)
                .append("betrokkenen", List.of()).append("teamleden", List.of()).append("termijnen", List.of(eersteContact))
                .append("eerstVerstrijktOp", Date.from(Instant.parse("2026-04-29T22:00:00Z"))).append("version", 3L);
    }

    /** The count the gauge used to make: an aggregation over every traject (the test's oracle, not the service's path). */
    private Map<Telling, Long> geteldOverAlleTrajecten() {
        List<String> lopend = List.of(Status.OPEN.name(), Status.OPGESCHORT.name(), Status.OVERSCHREDEN.name());
        var aggregation = newAggregation(
                match(Criteria.where("termijnen.status").in(lopend)),
                unwind("termijnen"),
                match(Criteria.where("termijnen.status").in(lopend)),
                group("gemeenteCode", "termijnen.soort", "termijnen.status").count().as("aantal"));
        Map<Telling, Long> telling = new HashMap<>();
        for (Document rij : mongo.aggregate(aggregation, "trajecten", Document.class).getMappedResults()) {
            Document id = (Document) rij.get("_id");
            telling.put(new Telling(Soort.of(id.getString("soort")), id.getString("gemeenteCode"), Status.valueOf(id.getString("status"))),
                    ((Number) rij.get("aantal")).longValue());
        }
        return telling;
    }
}
