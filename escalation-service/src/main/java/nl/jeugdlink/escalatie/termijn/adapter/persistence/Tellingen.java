package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.util.HashMap;
import java.util.Map;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten.Telling;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The running deadlines per municipality, soort and status, kept as counters in one document read
 * by {@code _id}: the 5-minute gauge reads it instead of aggregating over every traject, which the
 * embedded store answers by scanning them all.
 *
 * <p>Each traject write adds what it changed ($inc, after the write succeeded: a lost attempt that
 * is redone counts once). A crash between the write and its $inc leaves a cell off by that write
 * until the counters are filled again ({@link #vul}, once per store, at start).
 */
class Tellingen {

    static final String COLLECTION = "termijn_tellingen";
    private static final String ID = "lopend";
    private static final String VELD = "tellingen";
    private static final String SCHEIDING = "|";

    private final MongoTemplate mongo;

    Tellingen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The cell of one running deadline, as its counter's field name. */
    static String cel(String gemeenteCode, String soort, String status) {
        return gemeenteCode + SCHEIDING + soort + SCHEIDING + status;
    }

    /** Adds a write's changes (cells that went up or down by a number of deadlines). */
    void tel(Map<String, Long> verschil) {
        Update update = new Update();
        verschil.forEach((cel, aantal) -> {
            if (aantal != 0) {
                update.inc(VELD + "." + cel, aantal);
            }
        });
        if (!update.getUpdateObject().isEmpty()) {
            mongo.upsert(opId(), update, COLLECTION);
        }
    }

    Map<Telling, Long> lees() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        Map<Telling, Long> telling = new HashMap<>();
        if (document == null || !(document.get(VELD) instanceof Document cellen)) {
            return telling;
        }
        cellen.forEach((cel, aantal) -> {
            long n = ((Number) aantal).longValue();
            String[] delen = cel.split("\\" + SCHEIDING, -1);
            if (n > 0 && delen.length == 3) {
                telling.put(new Telling(Soort.of(delen[1]), delen[0], Status.valueOf(delen[2])), n);
            }
        });
        return telling;
    }

    boolean aangevuld() {
        Document document = mongo.findById(ID, Document.class, COLLECTION);
        return document != null && Boolean.TRUE.equals(document.getBoolean("aangevuld"));
    }

    /** Sets every counter to what a count of the stored trajecten found, and marks the store as counted. */
    void vul(Map<String, Long> geteld) {
        mongo.upsert(opId(), new Update().set(VELD, new Document(geteld)).set("aangevuld", true)
                .set("op", java.util.Date.from(java.time.Instant.now())), COLLECTION);
    }

    private static Query opId() {
        return Query.query(Criteria.where("_id").is(ID));
    }
}
