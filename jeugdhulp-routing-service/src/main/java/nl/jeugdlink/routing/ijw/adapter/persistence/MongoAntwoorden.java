package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.util.Date;
import java.util.Optional;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.domain.Antwoorden;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One document per answered product, {@code _id} = provider and ReferentieAanbieder: the first answer is
 * an insert-if-absent, a final answer after "in onderzoek" replaces only a document that still says
 * "in onderzoek" - two back-office answers at once cannot both win.
 */
public class MongoAntwoorden implements Antwoorden {

    static final String COLLECTION = "verzoek_antwoorden";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoAntwoorden(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public Optional<Antwoord> find(String aanbieder, String referentieAanbieder) {
        Document d = mongo.findById(sleutel(aanbieder, referentieAanbieder), Document.class, COLLECTION);
        return Optional.ofNullable(d).map(a -> new Antwoord(Antwoord.Soort.valueOf(a.getString("soort")), a.getString("reden"),
                a.getString("woonplaatsGemeente"), a.getString("identificatie"), a.getDate("gegevenOp").toInstant(), a.getString("gegevenDoor")));
    }

    @Override
    public boolean bewaar(String aanbieder, String referentieAanbieder, String verzoekId, Antwoord a) {
        String id = sleutel(aanbieder, referentieAanbieder);
        Document document = new Document("_id", id).append("verzoek", verzoekId).append("soort", a.soort().name()).append("reden", a.reden())
                .append("woonplaatsGemeente", a.woonplaatsGemeente()).append("identificatie", a.identificatie())
                .append("gegevenOp", Date.from(a.gegevenOp())).append("gegevenDoor", a.gegevenDoor());
        if (writer.insertIfAbsent(document, COLLECTION)) {
            return true;
        }
        Query nogInOnderzoek = Query.query(Criteria.where("_id").is(id).and("soort").is(Antwoord.Soort.IN_ONDERZOEK.name()));
        return mongo.findAndReplace(nogInOnderzoek, document, COLLECTION) != null;
    }

    private static String sleutel(String aanbieder, String referentieAanbieder) {
        return aanbieder + ":" + referentieAanbieder;
    }
}
