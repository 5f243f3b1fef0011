package nl.jeugdlink.casus.casus.adapter.persistence;

import java.util.Comparator;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Werkaantekening;
import nl.jeugdlink.casus.casus.domain.Werkaantekeningen;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Working notes in their own collection, each text encrypted and bound to its note and author. */
public class MongoWerkaantekeningen implements Werkaantekeningen {

    private final MongoTemplate mongo;
    private final FieldEncryption versleuteling;

    public MongoWerkaantekeningen(MongoTemplate mongo, FieldEncryption versleuteling) {
        this.mongo = mongo;
        this.versleuteling = versleuteling;
    }

    @Override
    public void add(Werkaantekening w) {
        // The author's list first: a note that is stored is always listed (see WerkaantekeningenVanAuteurDocument).
        mongo.upsert(Query.query(Criteria.where("_id").is(WerkaantekeningenVanAuteurDocument.sleutel(w.casusId().toString(), w.auteurId()))),
                new Update().push("aantekeningIds", w.id()), WerkaantekeningenVanAuteurDocument.class);
        mongo.insert(new WerkaantekeningDocument(w.id(), w.casusId().toString(), w.auteurId(),
                versleuteling.versleutel(w.tekst(), context(w.id(), w.auteurId())), w.vastgelegdOp()));
    }

    @Override
    public List<Werkaantekening> vanAuteur(CasusId casusId, String auteurId) {
        var lijst = mongo.findById(WerkaantekeningenVanAuteurDocument.sleutel(casusId.toString(), auteurId), WerkaantekeningenVanAuteurDocument.class);
        if (lijst == null || lijst.aantekeningIds().isEmpty()) {
            return List.of();
        }
        var query = Query.query(Criteria.where("_id").in(lijst.aantekeningIds()));
        return mongo.find(query, WerkaantekeningDocument.class).stream()
                // The list is the author's by its key; the note's own fields say so again.
                .filter(d -> d.auteurId().equals(auteurId) && d.casusId().equals(casusId.toString()))
                .sorted(Comparator.comparing(WerkaantekeningDocument::vastgelegdOp))
                .map(d -> new Werkaantekening(d.id(), casusId, d.auteurId(), versleuteling.ontsleutel(d.tekstVersleuteld(), context(d.id(), d.auteurId())),
                        d.vastgelegdOp()))
                .toList();
    }

    /** Bound to note and author: a ciphertext copied to another author's note does not decrypt. */
    private static String context(String id, String auteurId) {
        return "werkaantekening:" + id + ":" + auteurId;
    }
}
