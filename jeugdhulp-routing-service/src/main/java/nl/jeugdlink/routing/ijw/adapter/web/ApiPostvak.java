package nl.jeugdlink.routing.ijw.adapter.web;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.routing.ijw.application.Verzending;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Today's transport behind {@link Verzending} (ADR 0046): the provider's message API. A message is written and checked against the
 * XSD once, when it is sent, and kept under {@code _id} = "agbCode:berichtCode:kenmerk" for each kenmerk; the provider's fetch endpoint
 * reads it by that {@code _id} and serves it byte for byte. The XML carries the client (BSN, name), so it is stored encrypted with the
 * {@code _id} as context, like the casus's client.
 */
public class ApiPostvak implements Verzending {

    static final String COLLECTION = "ijw_postvak";

    private final MongoTemplate mongo;
    private final IjwXml xml;
    private final FieldEncryption versleuteling;
    private final Clock clock;

    public ApiPostvak(MongoTemplate mongo, IjwXml xml, FieldEncryption versleuteling, Clock clock) {
        this.mongo = mongo;
        this.xml = xml;
        this.versleuteling = versleuteling;
        this.clock = clock;
    }

    @Override
    public void verstuur(String agbCode, String berichtCode, Object bericht, List<String> kenmerken) {
        String geschreven = xml.schrijf(bericht);
        for (String kenmerk : kenmerken) {
            String id = id(agbCode, berichtCode, kenmerk);
            // A later message under the same kenmerk replaces the earlier one: the fetch serves the provider's newest.
            mongo.save(new Document("_id", id).append("agbCode", agbCode).append("berichtCode", berichtCode)
                    .append("bericht", versleuteling.versleutel(geschreven, id)).append("verstuurdOp", Date.from(clock.instant())), COLLECTION);
        }
    }

    /** The message sent to this provider under this kenmerk, as it was written then; read by {@code _id}. */
    public Optional<String> bericht(String agbCode, String berichtCode, String kenmerk) {
        String id = id(agbCode, berichtCode, kenmerk);
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, COLLECTION))
                .map(d -> versleuteling.ontsleutel(d.getString("bericht"), id));
    }

    private static String id(String agbCode, String berichtCode, String kenmerk) {
        return agbCode + ":" + berichtCode + ":" + kenmerk;
    }
}
