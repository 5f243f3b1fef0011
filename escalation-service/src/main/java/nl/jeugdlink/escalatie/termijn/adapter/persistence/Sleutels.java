package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.util.Collection;
import java.util.Optional;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Which traject a casus or a deadline belongs to, one document per key ({@code casus:<id>},
 * {@code termijn:<id>}) naming the traject's id: a lookup by casus or deadline is two reads by
 * {@code _id} instead of a query on a field of the trajecten, which the embedded store answers by
 * scanning every traject.
 *
 * <p>Written before the traject that holds the key (insert-if-absent, so a write that is run again
 * changes nothing): a key is never missing for a stored traject, and a key whose traject write was
 * lost names a traject that does not hold it, which the reader checks. A casus and a deadline
 * belong to one traject for good (the casus id and the deadline id follow from the referral), so a
 * key never has to move.
 */
class Sleutels {

    static final String COLLECTION = "traject_sleutels";
    private static final String AANGEVULD = "~aangevuld";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    Sleutels(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    static String casus(String casusId) {
        return "casus:" + casusId;
    }

    static String termijn(String termijnId) {
        return "termijn:" + termijnId;
    }

    void schrijf(String trajectId, Collection<String> sleutels) {
        for (String sleutel : sleutels) {
            writer.insertIfAbsent(document(sleutel, trajectId), COLLECTION);
        }
    }

    /** The key document: the key as {@code _id}, naming its traject. A poll's worth goes in one bulk ({@link Schrijfronde}). */
    static Document document(String sleutel, String trajectId) {
        return new Document("_id", sleutel).append("traject", trajectId);
    }

    Optional<String> traject(String sleutel) {
        return Optional.ofNullable(mongo.findById(sleutel, Document.class, COLLECTION)).map(d -> d.getString("traject"));
    }

    boolean aangevuld() {
        return mongo.findById(AANGEVULD, Document.class, COLLECTION) != null;
    }

    void markeerAangevuld() {
        mongo.upsert(Query.query(Criteria.where("_id").is(AANGEVULD)), new org.springframework.data.mongodb.core.query.Update()
                .set("op", java.util.Date.from(java.time.Instant.now())), COLLECTION);
    }
}
