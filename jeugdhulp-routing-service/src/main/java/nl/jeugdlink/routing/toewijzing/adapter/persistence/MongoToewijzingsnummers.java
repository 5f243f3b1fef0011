package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsnummers;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One counter document per municipality ({@code _id} = CBS code), raised with an atomic
 * findAndModify {@code $inc}: every caller gets a number no other caller got, without a
 * transaction. Two first draws of a new municipality may race on the upsert; the loser sees the
 * duplicate key and draws again from the counter the winner created.
 */
public class MongoToewijzingsnummers implements Toewijzingsnummers {

    static final String COLLECTION = "toewijzingsnummers";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoToewijzingsnummers(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public long volgende(String gemeenteCode) {
        Query teller = Query.query(Criteria.where("_id").is(gemeenteCode));
        return writer.retrying(DuplicateKeyException.class, () -> {
            Document na = mongo.findAndModify(teller, new Update().inc("laatste", 1L),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            if (na == null) {
                throw new IllegalStateException("no counter for " + gemeenteCode + " after upsert");
            }
            return ((Number) na.get("laatste")).longValue();
        });
    }
}
