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
 * that line's own document and one page of ids, by {@code _id}, never the person's other lines (the regression of
 * docs/performance.md, 07:20: one document per person rewritten whole on every casus write); every document a
 * worklist request reads or writes stays bounded however many casussen a person has (issue 11: the 64 hash buckets
 * grew to 15.6 KB at 25,000); and a rebuild from the casussen heals a line lost or left behind by a crash between
 * the casus write and its line writes.
 */
@JeugdLinkIntegrationTest
class WerklijstReadModelIntegrationTest {

    private static final int VEEL = 500;
    private static final String PAGINAS = "werklijst_paginas";

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

    /** The person's pages (not the head): every document holding their ids. */
    private List<Document> paginas(String medewerkerId) {
        return mongo.find(Query.query(Criteria.where("medewerkerId").is(medewerkerId)), Document.class, PAGINAS);
    }

    private static int bytes(Document d) {
        return new org.bson.RawBsonDocument(d, new org.bson.codecs.DocumentCodec()).getByteBuffer().remaining();
    }

    @Test
    void aLineWrittenOrRemovedAmongManyTouchesOnlyItsOwnDocumentAndOnePageById() {
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

        // The 501st place is on the fourth page (places 0..499 fill pages 0..3 of 128).
        String pagina = teamleider + "#" + (VEEL / 128);
        assertThat(erbij).extracting(StoreQueries.Sent::toString).containsExactly(
                "findAndModify werklijst_paginas {\"_id\": \"" + teamleider + "\"}",
                "update werklijst_paginas {\"_id\": \"" + pagina + "\"}",
                "update werklijst_casussen {\"_id\": \"" + nieuw + "\"}");
        assertThat(gewijzigd).as("a changed line rewrites that casus's line only").extracting(StoreQueries.Sent::toString)
                .containsExactly("update werklijst_casussen {\"_id\": \"" + nieuw + "\"}");
        assertThat(eraf).extracting(StoreQueries.Sent::toString).containsExactly(
                "find werklijst_casussen {\"_id\": {\"$in\": [\"" + nieuw + "\"]}}",
                "delete werklijst_casussen {\"_id\": \"" + nieuw + "\"}",
                "update werklijst_paginas {\"_id\": \"" + pagina + "\"}");
        assertThat(werklijsten.van(teamleider)).hasSize(VEEL).noneMatch(r -> r.casusId().equals(nieuw));
        assertThat(mongo.findById(pagina, Document.class, PAGINAS).getList("casussen", String.class)).doesNotContain(nieuw.toString());

        // What a write rewrites stays small: one line, and a page of at most 128 ids.
        assertThat(paginas(teamleider)).hasSize(VEEL / 128 + 1).allSatisfy(p -> assertThat(p.getList("casussen", String.class)).hasSizeLessThanOrEqualTo(128));
        mark = queries.mark();
        assertThat(werklijsten.van(teamleider)).hasSize(VEEL);
        assertThat(queries.scanning(mongo, mark, Set.of("werklijst_casussen", PAGINAS))).isEmpty();
    }

    @Test
    void everyDocumentAWorklistReadsOrWritesStaysTheSameSizeAsAPersonsCasussenGrowFrom1000To4000() {
        String gw = "gw-groei-" + UUID.randomUUID().toString().substring(0, 8);
        String teamleider = "tl-groei-" + UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, Integer> grootste = new java.util.TreeMap<>();
        Map<Integer, Integer> grootsteGeschreven = new java.util.TreeMap<>();
        int n = 0;
        for (int doel : List.of(1_000, 4_000)) {
            int geschreven = 0;
            while (n < doel) {
                List<Werklijsten.Wijziging> openingen = new java.util.ArrayList<>();
                for (int i = 0; i < 200; i++, n++) {
                    CasusId id = new CasusId(UUID.randomUUID());
                    openingen.add(new Werklijsten.Wijziging(id, Map.of(),
                            Map.of(gw, regel(id, TeamRol.GEDRAGSWETENSCHAPPER, 0), teamleider, regel(id, TeamRol.TEAMLEIDER, 0))));
                }
                long mark = queries.mark();
                werklijsten.werkBijAlle(openingen);
                // The documents of the person's index this batch wrote, as they are now.
                for (StoreQueries.Sent q : queries.since(mark)) {
                    if (q.collection().equals(PAGINAS)) {
                        Document d = mongo.findById(q.filter().getString("_id").getValue(), Document.class, PAGINAS);
                        geschreven = Math.max(geschreven, d == null ? 0 : bytes(d));
                    }
                }
            }
            grootsteGeschreven.put(doel, geschreven);
            long mark = queries.mark();
            assertThat(werklijsten.van(gw)).hasSize(doel);
            assertThat(queries.scanning(mongo, mark, Set.of("werklijst_casussen", PAGINAS))).as("every read by _id").isEmpty();
            grootste.put(doel, paginas(gw).stream().mapToInt(WerklijstReadModelIntegrationTest::bytes).max().orElseThrow());
            assertThat(bytes(mongo.findById(gw, Document.class, PAGINAS))).as("the head: a count").isLessThan(100);
        }
        // A page holds at most 128 ids (~6 KB) at 1,000 as at 4,000 - and at 25,000, where a hash bucket held 15.6 KB. (A few
        // bytes apart at most: the page number in the _id has more digits.)
        assertThat(grootste.get(4_000)).isBetween(grootste.get(1_000) - 8, grootste.get(1_000) + 8).isLessThan(6_000);
        assertThat(grootsteGeschreven.get(4_000)).isBetween(grootsteGeschreven.get(1_000) - 8, grootsteGeschreven.get(1_000) + 8);
        assertThat(paginas(gw)).hasSize(4_000 / 128 + 1);
        // The list is whole, every casus once (paging and sorting stay on it, in memory, as before).
        assertThat(werklijsten.van(teamleider)).extracting(r -> r.casusId().toString()).hasSize(4_000).doesNotHaveDuplicates();
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
        // One line per casus, whoever is on it; per person one count of places and their one page, once.
        assertThat(geschreven).filteredOn(q -> q.collection().equals("werklijst_casussen")).hasSize(40);
        assertThat(geschreven).filteredOn(q -> q.collection().equals(PAGINAS)).extracting(StoreQueries.Sent::toString).containsExactlyInAnyOrder(
                "findAndModify werklijst_paginas {\"_id\": \"" + teamleider + "\"}", "findAndModify werklijst_paginas {\"_id\": \"" + gw + "\"}",
                "update werklijst_paginas {\"_id\": \"" + teamleider + "#0\"}", "update werklijst_paginas {\"_id\": \"" + gw + "#0\"}");

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
        Document pagina = mongo.findById(gw + "#0", Document.class, PAGINAS);
        assertThat(pagina).isNotNull();
        assertThat(pagina.getList("casussen", String.class)).hasSize(38).doesNotContain(een.toString(), twee.toString());

        // Who joins again later takes a new place; the list shows the casus once.
        werklijsten.werkBij(een, Map.of(teamleider, regel(een, TeamRol.TEAMLEIDER, 0)),
                Map.of(teamleider, regel(een, TeamRol.TEAMLEIDER, 0), gw, regel(een, TeamRol.GEDRAGSWETENSCHAPPER, 0)));
        assertThat(werklijsten.van(gw)).hasSize(39).filteredOn(r -> r.casusId().equals(een)).hasSize(1);
    }

    @Test
    void aRebuildFromTheCasussenRestoresALostLineAndRemovesOneLeftBehind() {
        String verloren = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String achtergebleven = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String gebleven = "vt-weg-" + UUID.randomUUID().toString().substring(0, 8);
        // Both lines written by the consumer first (after the casus), so that what is done to them below is not overwritten.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mongo.findById(verloren, Document.class, "werklijst_casussen") != null
                && mongo.findById(achtergebleven, Document.class, "werklijst_casussen") != null);
        // A crash after the casus write: the casus's line never written; a member who left never taken off (line and key).
        mongo.remove(Query.query(Criteria.where("_id").is(verloren)), "werklijst_casussen");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(achtergebleven)),
                new org.springframework.data.mongodb.core.query.Update()
                        .push("rollen", new Document("medewerkerId", gebleven).append("rol", TeamRol.JEUGDLINK_PROFESSIONAL.name()))
                        // written before the rebuild begins (a line written while it runs is kept)
                        .set("geschrevenOp", java.util.Date.from(Instant.now().minusSeconds(60))),
                "werklijst_casussen");
        mongo.upsert(Query.query(Criteria.where("_id").is(gebleven)), new org.springframework.data.mongodb.core.query.Update().inc("plaatsen", 1), PAGINAS);
        mongo.upsert(Query.query(Criteria.where("_id").is(gebleven + "#0")),
                new org.springframework.data.mongodb.core.query.Update().set("medewerkerId", gebleven).addToSet("casussen", achtergebleven), PAGINAS);
        assertThat(werklijsten.van(AanmeldingGescreendMother.TEAMLEIDER)).noneMatch(r -> r.casusId().toString().equals(verloren));
        assertThat(werklijsten.van(gebleven)).hasSize(1);

        long gelezen = herbouw.herbouw();

        assertThat(gelezen).isGreaterThanOrEqualTo(2);
        assertThat(werklijsten.van(AanmeldingGescreendMother.TEAMLEIDER)).anyMatch(r -> r.casusId().toString().equals(verloren));
        assertThat(werklijsten.van(gebleven)).isEmpty();
        assertThat(werklijsten.opgebouwd()).isTrue();
    }
}
