package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.util.Collection;
import java.util.Optional;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which casus holds a toewijzing: one document per toewijzing id naming its casus, so that a
 * toewijzing is found by two reads by {@code _id} instead of a query on
 * {@code toewijzingen.toewijzingId}, which the embedded store answers by scanning every casus.
 *
 * <p>Written before the casus that holds the toewijzing (insert-if-absent, so a change that runs
 * again writes nothing new): a stored toewijzing always has its key, and a key whose casus write was
 * lost names a casus without that toewijzing, which the reader checks.
 */
class ToewijzingSleutels {

    static final String COLLECTION = "toewijzing_sleutels";
    private static final String AANGEVULD = "~aangevuld";

    private final MongoTemplate mongo;

    ToewijzingSleutels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void schrijf(DocumentWriter writer, String casusId, Collection<String> toewijzingIds) {
        for (String toewijzingId : toewijzingIds) {
            writer.insertIfAbsent(new Document("_id", toewijzingId).append("casus", casusId), COLLECTION);
        }
    }

    Optional<String> casus(String toewijzingId) {
        return Optional.ofNullable(mongo.findById(toewijzingId, Document.class, COLLECTION)).map(d -> d.getString("casus"));
    }

    boolean aangevuld() {
        return mongo.findById(AANGEVULD, Document.class, COLLECTION) != null;
    }

    void markeerAangevuld() {
        mongo.upsert(Query.query(Criteria.where("_id").is(AANGEVULD)), new Update().set("op", java.util.Date.from(java.time.Instant.now())), COLLECTION);
    }
}
