package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.casus.casus.application.HerbouwenWerklijsten;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The worklists' read model against a real store: a line written or removed among 500 of one person's touches
 * that line's own document and one bucket of ids, by {@code _id}, never the person's other lines (the regression of
 * docs/performance.md, 07:20: one document per person rewritten whole on every casus write); and a rebuild from the
 * casussen heals a line lost or left behind by a crash between the casus write and its line writes.
 */
@JeugdLinkIntegrationTest
class WerklijstReadModelIntegrationTest {

    private static final int VEEL = 500;

    @Autowired
    Werklijsten werklijsten;

    @Autowired
    HerbouwenWerklijsten herbouw;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    private final KafkaProbe kafka = new KafkaProbe();

    private static Werklijstregel regel(CasusId casusId, TeamRol rol, int gesprekken) {
        return new Werklijstregel(casusId, "GM0228", rol, Instant.parse("2026-11-02T09:00:00Z"), null, 2, gesprekken, null);
    }

    @Test
    void aLineWrittenOrRemovedAmongManyTouchesOnlyItsOwnDocumentAndOneBucketById() {
        String teamleider = "tl-veel-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < VEEL; i++) {
            CasusId id = new CasusId(UUID.randomUUID());
            werklijsten.werkBij(id, Map.of(), Map.of(teamleider, regel(id, TeamRol.TEAMLEIDER, 0)));
        }
        CasusId nieuw = new CasusId(UUID.randomUUID());

        long mark = queries.mark();
        werklijsten.werkBij(nieuw, Map.of(), Map.of(teamleider, regel(nieuw, TeamRol.TEAMLEIDER, 0)));
        List<StoreQueries.Sent> erbij = queries.since(mark);
        mark = queries.mark();
        werklijsten.werkBij(nieuw, Map.of(teamleider, regel(nieuw, TeamRol.TEAMLEIDER, 0)), Map.of(teamleider, regel(nieuw, TeamRol.TEAMLEIDER, 1)));
        List<StoreQueries.Sent> gewijzigd = queries.since(mark);
        assertThat(werklijsten.van(teamleider)).hasSize(VEEL + 1).contains(regel(nieuw, TeamRol.TEAMLEIDER, 1));
        mark = queries.mark();
        werklijsten.werkBij(nieuw, Map.of(teamleider, regel(nieuw, TeamRol.TEAMLEIDER, 1)), Map.of());
        List<StoreQueries.Sent> eraf = queries.since(mark);

        String bucket = teamleider + "#" + Math.floorMod(nieuw.toString().hashCode(), 64);
        assertThat(erbij).extracting(StoreQueries.Sent::toString).containsExactly(
                "update werklijst_sleutels {\"_id\": \"" + bucket + "\"}",
                "update werklijst_casussen {\"_id\": \"" + nieuw + "\"}");
        assertThat(gewijzigd).as("a changed line rewrites that casus's line only").extracting(StoreQueries.Sent::toString)
                .containsExactly("update werklijst_casussen {\"_id\": \"" + nieuw + "\"}");
        assertThat(eraf).extracting(StoreQueries.Sent::toString).containsExactly(
                "delete werklijst_casussen {\"_id\": \"" + nieuw + "\"}",
                "update werklijst_sleutels {\"_id\": \"" + bucket + "\"}");
        assertThat(werklijsten.van(teamleider)).hasSize(VEEL).noneMatch(r -> r.casusId().equals(nieuw));

        // What a write rewrites stays small: one line, and a bucket holding ids only, a 64th of the person's casussen.
        Document grootsteBucket = mongo.find(Query.query(Criteria.where("medewerkerId").is(teamleider)), Document.class, "werklijst_sleutels").stream()
                .max((a, b) -> Integer.compare(a.getList("casussen", String.class).size(), b.getList("casussen", String.class).size())).orElseThrow();
        assertThat(grootsteBucket.getList("casussen", String.class)).hasSizeLessThan(VEEL / 64 * 3);
        mark = queries.mark();
        assertThat(werklijsten.van(teamleider)).hasSize(VEEL);
        assertThat(queries.scanning(mongo, mark, Set.of("werklijst_casussen", "werklijst_sleutels"))).isEmpty();
    }

    @Test
    void aBatchOfChangesWritesTheLinesOfAllItsCasussenAndTakesOffWhoLeft() {
        String teamleider = "tl-batch-" + UUID.randomUUID().toString().substring(0, 8);
        String gw = "gw-batch-" + UUID.randomUUID().toString().substring(0, 8);
        List<Werklijsten.Wijziging> openingen = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            CasusId id = new CasusId(UUID.randomUUID());
            openingen.add(new Werklijsten.Wijziging(id, Map.of(),
                    Map.of(teamleider, regel(id, TeamRol.TEAMLEIDER, 0), gw, regel(id, TeamRol.GEDRAGSWETENSCHAPPER, 0))));
        }
        long mark = queries.mark();
        werklijsten.werkBijAlle(openingen);
        List<StoreQueries.Sent> geschreven = queries.since(mark);
        assertThat(werklijsten.van(teamleider)).hasSize(40);
        assertThat(werklijsten.van(gw)).hasSize(40);
        // One line per casus, whoever is on it; each touched bucket once (40 casussen of two people over 64 buckets each).
        assertThat(geschreven).filteredOn(q -> q.collection().equals("werklijst_casussen")).hasSize(40);
        List<String> buckets = geschreven.stream().filter(q -> q.collection().equals("werklijst_sleutels")).map(StoreQueries.Sent::toString).toList();
        assertThat(buckets).doesNotHaveDuplicates().hasSizeLessThan(80);

        // The GW leaves the first two; the third casus's line changes (what a list shows of a casus is the same for all on it).
        CasusId een = openingen.get(0).casusId();
        CasusId twee = openingen.get(1).casusId();
        CasusId drie = openingen.get(2).casusId();
        werklijsten.werkBijAlle(List.of(
                new Werklijsten.Wijziging(een, openingen.get(0).na(), Map.of(teamleider, regel(een, TeamRol.TEAMLEIDER, 0))),
                new Werklijsten.Wijziging(twee, openingen.get(1).na(), Map.of(teamleider, regel(twee, TeamRol.TEAMLEIDER, 0))),
                new Werklijsten.Wijziging(drie, openingen.get(2).na(), Map.of(teamleider, regel(drie, TeamRol.TEAMLEIDER, 3),
                        gw, regel(drie, TeamRol.GEDRAGSWETENSCHAPPER, 3)))));

        assertThat(werklijsten.van(gw)).hasSize(38).noneMatch(r -> r.casusId().equals(een) || r.casusId().equals(twee));
        assertThat(werklijsten.van(teamleider)).hasSize(40).contains(regel(drie, TeamRol.TEAMLEIDER, 3));
        assertThat(werklijsten.van(gw)).contains(regel(drie, TeamRol.GEDRAGSWETENSCHAPPER, 3));
        Document bucket = mongo.findById(gw + "#" + Math.floorMod(een.toString().hashCode(), 64), Document.class, "werklijst_sleutels");
        assertThat(bucket).isNotNull();
        assertThat(bucket.getList("casussen", String.class)).doesNotContain(een.toString());
    }

    @Test
    void aRebuildFromTheCasussenRestoresALostLineAndRemovesOneLeftBehind() {
        String verloren = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String achtergebleven = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String gebleven = "vt-weg-" + UUID.randomUUID().toString().substring(0, 8);
        // A crash after the casus write: the casus's line never written; a member who left never taken off (line and key).
        mongo.remove(Query.query(Criteria.where("_id").is(verloren)), "werklijst_casussen");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(achtergebleven)),
                new org.springframework.data.mongodb.core.query.Update()
                        .push("rollen", new Document("medewerkerId", gebleven).append("rol", TeamRol.JEUGDLINK_PROFESSIONAL.name()))
                        // written before the rebuild begins (a line written while it runs is kept)
                        .set("geschrevenOp", java.util.Date.from(Instant.now().minusSeconds(60))),
                "werklijst_casussen");
        mongo.upsert(Query.query(Criteria.where("_id").is(gebleven + "#" + Math.floorMod(achtergebleven.hashCode(), 64))),
                new org.springframework.data.mongodb.core.query.Update().set("medewerkerId", gebleven).addToSet("casussen", achtergebleven),
                "werklijst_sleutels");
        assertThat(werklijsten.van(AanmeldingGescreendMother.TEAMLEIDER)).noneMatch(r -> r.casusId().toString().equals(verloren));
        assertThat(werklijsten.van(gebleven)).hasSize(1);

        long gelezen = herbouw.herbouw();

        assertThat(gelezen).isGreaterThanOrEqualTo(2);
        assertThat(werklijsten.van(AanmeldingGescreendMother.TEAMLEIDER)).anyMatch(r -> r.casusId().toString().equals(verloren));
        assertThat(werklijsten.van(gebleven)).isEmpty();
        assertThat(werklijsten.opgebouwd()).isTrue();
    }
}
