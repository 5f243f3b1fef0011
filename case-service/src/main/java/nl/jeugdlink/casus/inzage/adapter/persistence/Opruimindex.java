package nl.jeugdlink.casus.inzage.adapter.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * When the delivered parts of a request are due for removal, keyed by day: {@code _id} = the day ({@code 2027-02-10}),
 * {@code verzoekIds} = the requests whose parts fall due that day. The sweep reads the days up to today by {@code _id $in}
 * (a year back, {@value #TERUG} days, so a sweep that did not run for months still finds them) and never looks through the
 * requests themselves, which the embedded store would scan.
 *
 * <p>The request stays the truth: an entry is written before the save that completes it ({@code $addToSet}), and the sweep
 * confirms it on the request (complete, and due). An entry whose save was lost names a request that is not due and is dropped
 * with its day; the request gets an entry again when it does complete.
 */
class Opruimindex {

    static final String COLLECTION = "inzage_opruiming";
    static final int TERUG = 400;
    private static final String VERZOEKEN = "verzoekIds";

    private final MongoTemplate mongo;

    Opruimindex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void neemOp(LocalDate dag, String verzoekId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(dag.toString())), new Update().addToSet(VERZOEKEN, verzoekId), COLLECTION);
    }

    /** The requests of the days up to and including {@code tot}: one read by {@code _id $in}. */
    List<String> tot(LocalDate tot) {
        List<String> ids = new ArrayList<>();
        for (Document dag : mongo.find(Query.query(Criteria.where("_id").in(dagen(tot))), Document.class, COLLECTION)) {
            ids.addAll(dag.getList(VERZOEKEN, String.class, List.of()));
        }
        return ids;
    }

    /** The days before {@code dag} are done with. */
    void verwijderVoor(LocalDate dag) {
        mongo.remove(Query.query(Criteria.where("_id").in(dagen(dag.minusDays(1)))), COLLECTION);
    }

    private static List<String> dagen(LocalDate tot) {
        List<String> dagen = new ArrayList<>(TERUG + 1);
        for (int i = TERUG; i >= 0; i--) {
            dagen.add(tot.minusDays(i).toString());
        }
        return dagen;
    }
}
