package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import java.util.Optional;
import nl.jeugdlink.notificatie.webhook.domain.Wachtrij;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** {@code webhook_wachtend}: {@code _id} = the earlier delivery's id, {@code volgende} = the one waiting behind it; read and removed by {@code _id}. */
public class MongoWachtrij implements Wachtrij {

    static final String COLLECTION = "webhook_wachtend";

    private final MongoTemplate mongo;

    public MongoWachtrij(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void wachtAchter(String eerdereBezorging, String bezorging) {
        mongo.upsert(Query.query(Criteria.where("_id").is(eerdereBezorging)), new Update().set("volgende", bezorging), COLLECTION);
    }

    @Override
    public Optional<String> haalVolgende(String eerdereBezorging) {
        Document d = mongo.findAndRemove(Query.query(Criteria.where("_id").is(eerdereBezorging)), Document.class, COLLECTION);
        return d == null ? Optional.empty() : Optional.ofNullable(d.getString("volgende"));
    }
}
