package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One document per casus ({@code _id} = casusId) holding the client as one value encrypted with the
 * platform's {@link FieldEncryption}, bound to the casus id: a copied value does not open under another
 * casus, and nothing of the client is readable in the store. A second call replaces it (a correction).
 */
public class MongoClientgegevens implements Clientgegevens {

    static final String COLLECTION = "casus_clienten";

    private final MongoTemplate mongo;
    private final FieldEncryption versleuteling;

    public MongoClientgegevens(MongoTemplate mongo, FieldEncryption versleuteling) {
        this.mongo = mongo;
        this.versleuteling = versleuteling;
    }

    @Override
    public void bewaar(String casusId, Client c) {
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
