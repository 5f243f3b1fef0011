package nl.jeugdlink.platform.audit.headtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;
import nl.jeugdlink.platform.audit.AuditEntry;
import nl.jeugdlink.platform.audit.AuditRecord;
import nl.jeugdlink.platform.audit.AuditTrail;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.TestPropertySource;

/**
 * The audit chain's head as a restarted service finds it: by reading records by {@code _id} from a
 * hint, not by a sorted query over every record. The hint may lag (a crash before it moved), be gone,
 * or name a record that was removed since; the head found is the chain's last record each time.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=audit-head-test",
        "jeugdlink.crypto.keyset-file=target/audit-head-test-keyset.json"})
class AuditHeadIntegrationTest {

    private static final String HEADS = "audit_hoofd";

    @SpringBootApplication
    static class AuditHeadTestApplication {
    }

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    @Test
    void aRestartedTrailFindsTheLastRecordWhateverItsHintSaysAndChainsOnAfterIt() {
        String chain = "kop-" + UUID.randomUUID();
        AuditTrail trail = new AuditTrail(mongo, chain, Clock.systemUTC());
        long mark = queries.mark();
        for (int i = 0; i < 37; i++) {
            trail.record(entry(i));
        }

        assertThat(restarted(chain).opgeslagenHoofd().seq()).as("hint written once, 36 records behind").isEqualTo(37);
        assertThat(queries.scanning(mongo, mark, java.util.Set.of("audit", "audit_hoofd")))
                .as("appending and finding the head read by _id only").isEmpty();
        assertThat(queries.since(mark)).as("the head was looked up").anyMatch(q -> q.collection().equals("audit"));

        // The beheerder's search by subject is not on a hot path and stays a query on a field: the embedded store scans it
        // (MongoDB uses audit_betreft). The detector sees it, which shows it would see a hot path that scans.
        long search = queries.mark();
        assertThat(trail.about("record-3")).hasSize(1);
        assertThat(queries.scanning(mongo, search, java.util.Set.of("audit"))).hasSize(1);

        mongo.remove(Query.query(Criteria.where("_id").is(chain)), HEADS);
        assertThat(restarted(chain).opgeslagenHoofd().seq()).as("no hint").isEqualTo(37);

        mongo.remove(Query.query(Criteria.where("_id").is(chain + ":37")), AuditRecord.class);
        mongo.insert(new Document("_id", chain).append("seq", 37L), HEADS);
        assertThat(restarted(chain).opgeslagenHoofd().seq()).as("the hinted record removed").isEqualTo(36);

        AuditTrail again = restarted(chain);
        AuditRecord next = again.record(entry(99));
        assertThat(next.seq()).isEqualTo(37);
        assertThat(next.vorigeHash()).isEqualTo(mongo.findById(chain + ":36", AuditRecord.class).hash());
        assertThat(again.verify().intact()).isTrue();
    }

    @Test
    void aNewChainHasNoHead() {
        assertThat(restarted("leeg-" + UUID.randomUUID()).opgeslagenHoofd()).isNull();
    }

    private AuditTrail restarted(String chain) {
        return new AuditTrail(mongo, chain, Clock.systemUTC());
    }

    private static AuditEntry entry(int i) {
        return new AuditEntry("tester", "BEHEERDER", null, "record-" + i, AuditEntry.Actie.LEZEN, "test", "127.0.0.1",
                AuditEntry.Resultaat.TOEGESTAAN, null);
    }
}
