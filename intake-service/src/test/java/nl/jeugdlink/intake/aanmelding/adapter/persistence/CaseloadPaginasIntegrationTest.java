package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import nl.jeugdlink.platform.persistence.Pages;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Issue 11 against a real store: one professional coupled to 1,000 and then 3,000 referrals (as the bench couples every
 * referral to one), one screening's write at a time. The document a screening rewrites, and every document a count reads,
 * is the same size at both - a page of at most 128 ids - where a hash bucket grew with the caseload (15.6 KB at 25,000);
 * and the count reads by {@code _id} only.
 */
@JeugdLinkIntegrationTest
class CaseloadPaginasIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    private static int bytes(Document d) {
        return new RawBsonDocument(d, new DocumentCodec()).getByteBuffer().remaining();
    }

    @Test
    void theDocumentsAScreeningWritesAndACountReadsStayTheSameSizeAsTheCaseloadGrowsFrom1000To3000() {
        CaseloadSleutels sleutels = new CaseloadSleutels(mongo);
        String vt = "vt-groei-" + UUID.randomUUID().toString().substring(0, 8);
        Map<Integer, Integer> grootsteGeschreven = new TreeMap<>();
        Map<Integer, Integer> grootsteGelezen = new TreeMap<>();
        int n = 0;
        for (int doel : List.of(1_000, 3_000)) {
            int geschreven = 0;
            for (; n < doel; n++) {
                long mark = queries.mark();
                sleutels.schrijf(UUID.randomUUID().toString(), List.of(vt));
                List<StoreQueries.Sent> writes = queries.since(mark).stream().filter(q -> q.collection().equals(CaseloadSleutels.COLLECTION)).toList();
                assertThat(writes).as("a screening's key: the head by _id, one page by _id").hasSize(2)
                        .allMatch(q -> q.filter().keySet().equals(Set.of("_id")));
                Document pagina = mongo.findById(writes.get(1).filter().getString("_id").getValue(), Document.class, CaseloadSleutels.COLLECTION);
                geschreven = Math.max(geschreven, bytes(pagina));
            }
            grootsteGeschreven.put(doel, geschreven);
            long mark = queries.mark();
            // No referral stands behind these keys: nothing is open, but every page was read to find that out.
            assertThat(sleutels.tel(List.of(vt))).containsEntry(vt, 0L);
            assertThat(queries.scanning(mongo, mark, Set.of(CaseloadSleutels.COLLECTION, "aanmeldingen"))).as("every read by _id").isEmpty();
            List<Document> paginas = mongo.find(Query.query(Criteria.where("medewerkerId").is(vt)), Document.class, CaseloadSleutels.COLLECTION);
            assertThat(paginas).hasSize((doel - 1) / Pages.SIZE + 1)
                    .allSatisfy(p -> assertThat(p.getList("aanmeldingen", String.class)).hasSizeLessThanOrEqualTo(Pages.SIZE));
            grootsteGelezen.put(doel, paginas.stream().mapToInt(CaseloadPaginasIntegrationTest::bytes).max().orElseThrow());
        }
        // A few bytes apart at most: the page number in the _id has more digits.
        assertThat(grootsteGeschreven.get(3_000)).isBetween(grootsteGeschreven.get(1_000) - 8, grootsteGeschreven.get(1_000) + 8).isLessThan(6_000);
        assertThat(grootsteGelezen.get(3_000)).isBetween(grootsteGelezen.get(1_000) - 8, grootsteGelezen.get(1_000) + 8);
        assertThat(bytes(mongo.findById(vt, Document.class, CaseloadSleutels.COLLECTION))).as("the head: a count").isLessThan(100);
    }

    @Test
    void aKeyWrittenTwiceForOneReferralIsOneOfTheCaseload() {
        CaseloadSleutels sleutels = new CaseloadSleutels(mongo);
        String vt = "vt-twee-" + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        // Only what the count reads of a referral; removed again, so that nothing else reading referrals meets it.
        mongo.insert(new Document("_id", id).append("openKoppelingen", List.of(vt)), "aanmeldingen");
        try {
            sleutels.schrijf(id, List.of(vt));
            sleutels.schrijf(id, List.of(vt)); // a change that ran again

            assertThat(sleutels.tel(new ArrayList<>(List.of(vt, "vt-niemand")))).containsEntry(vt, 1L).containsEntry("vt-niemand", 0L);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), "aanmeldingen");
        }
    }
}
