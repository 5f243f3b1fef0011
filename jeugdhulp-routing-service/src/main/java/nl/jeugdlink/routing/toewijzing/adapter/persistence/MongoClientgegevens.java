package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import org.bson.Document;
import nl.jeugdlink.routing.ijw.adapter.persistence.BsnSleutel;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per casus ({@code _id} = casusId) holding the client as one value encrypted with the
 * platform's {@link FieldEncryption}, bound to the casus id: a copied value does not open under another
 * casus, and nothing of the client is readable in the store. A second call replaces it (a correction).
 */
public class MongoClientgegevens implements Clientgegevens {

    static final String COLLECTION = "casus_clienten";
    /** Per keyed BSN ({@code _id}), the casussen given that client: how an accepted JW315 finds the bepaling it follows, by {@code _id}. */
    static final String INDEX = "casus_clienten_per_bsn";

    private final MongoTemplate mongo;
    private final FieldEncryption versleuteling;
    private final BsnSleutel sleutel;

    public MongoClientgegevens(MongoTemplate mongo, FieldEncryption versleuteling, BsnSleutel sleutel) {
        this.mongo = mongo;
        this.versleuteling = versleuteling;
        this.sleutel = sleutel;
    }

    @Override
    public java.util.List<String> casussenVan(String bsn) {
        Document d = mongo.findById(sleutel.van(bsn), Document.class, INDEX);
        return d == null ? java.util.List.of() : d.getList("casussen", String.class, java.util.List.of());
    }

    @Override
    public void bewaar(String casusId, Client c) {
        // The index first: a crash between the two leaves an entry without its client, which casussenVan's caller checks; never a client
        // that a JW315 cannot find.
        mongo.upsert(Query.query(Criteria.where("_id").is(sleutel.van(c.bsn()))), new Update().addToSet("casussen", casusId), INDEX);
        Document client = new Document("bsn", c.bsn()).append("geboortedatum", c.geboortedatum().toString()).append("geslacht", c.geslacht())
                .append("achternaam", c.achternaam()).append("voorvoegsel", c.voorvoegsel()).append("voornamen", c.voornamen())
                .append("voorletters", c.voorletters());
        mongo.save(new Document("_id", casusId).append("client", versleuteling.versleutel(client.toJson(), casusId)), COLLECTION);
    }

    @Override
    public Optional<Client> find(String casusId) {
        Document d = mongo.findById(casusId, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        Document c = Document.parse(versleuteling.ontsleutel(d.getString("client"), casusId));
        return Optional.of(new Client(c.getString("bsn"), LocalDate.parse(c.getString("geboortedatum")), c.getString("geslacht"),
                c.getString("achternaam"), c.getString("voorvoegsel"), c.getString("voornamen"), c.getString("voorletters")));
    }
}
