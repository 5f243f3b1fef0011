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
    private static final String AANGEVULD = "~aangevuld-2";

    private final MongoTemplate mongo;

    ToewijzingSleutels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void schrijf(DocumentWriter writer, String casusId, Collection<String> toewijzingIds) {
        for (String toewijzingId : toewijzingIds) {
            writer.insertIfAbsent(new Document("_id", toewijzingId).append("casus", casusId), COLLECTION);
        }
    }

    /** A second key per toewijzing: its iJw number within its municipality (TR332 makes it unique), for a JW305/JW307. */
    void schrijfNummer(DocumentWriter writer, String casusId, String gemeenteCode, long nummer, String toewijzingId) {
        writer.insertIfAbsent(new Document("_id", nummerSleutel(gemeenteCode, nummer)).append("casus", casusId).append("toewijzing", toewijzingId),
                COLLECTION);
    }

    /** The toewijzing id under a number of a municipality, by _id. */
    Optional<String> toewijzing(String gemeenteCode, long nummer) {
        return Optional.ofNullable(mongo.findById(nummerSleutel(gemeenteCode, nummer), Document.class, COLLECTION)).map(d -> d.getString("toewijzing"));
    }

    private static String nummerSleutel(String gemeenteCode, long nummer) {
        return "nr:" + gemeenteCode + ":" + nummer;
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
