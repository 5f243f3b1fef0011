package nl.jeugdlink.routing.ijw.adapter.persistence;

import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.ijw.domain.Berichtnummers;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** One counter per sender and message kind ({@code _id} = "afzender:berichtcode"), raised by an atomic {@code $inc}. */
public class MongoBerichtnummers implements Berichtnummers {

    static final String COLLECTION = "ijw_berichtnummers";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoBerichtnummers(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public long volgende(String afzender, String berichtCode) {
        Query teller = Query.query(Criteria.where("_id").is(afzender + ":" + berichtCode));
        // Two first draws may race on the upsert: the loser sees the duplicate key and draws again.
        return writer.retrying(DuplicateKeyException.class, () -> {
            Document na = mongo.findAndModify(teller, new Update().inc("laatste", 1L),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            if (na == null) {
                throw new IllegalStateException("no counter for " + afzender + ":" + berichtCode + " after upsert");
            }
            return ((Number) na.get("laatste")).longValue();
        });
    }
}
