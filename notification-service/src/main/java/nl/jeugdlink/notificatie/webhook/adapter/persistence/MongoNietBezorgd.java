package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import java.util.List;
import nl.jeugdlink.notificatie.webhook.domain.NietBezorgd;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One document per provider ({@code _id} = AGB code) listing the ids of its stopped deliveries; the delivery log holds the rest. */
public class MongoNietBezorgd implements NietBezorgd {

    static final String COLLECTION = "webhook_niet_bezorgd";

    private final MongoTemplate mongo;

    public MongoNietBezorgd(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void leg(String agbCode, String bezorgingId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(agbCode)), new Update().addToSet("bezorgingen", bezorgingId), COLLECTION);
    }

    @Override
    public List<String> van(String agbCode) {
        Document d = mongo.findById(agbCode, Document.class, COLLECTION);
        return d == null ? List.of() : d.getList("bezorgingen", String.class, List.of());
    }

    @Override
    public void haalWeg(String agbCode, String bezorgingId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(agbCode)), new Update().pull("bezorgingen", bezorgingId), COLLECTION);
    }
}
