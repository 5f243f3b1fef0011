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
        mongo.insert(new WerkaantekeningDocument(w.id(), w.casusId().toString(), w.auteurId(),
                versleuteling.versleutel(w.tekst(), context(w.id(), w.auteurId())), w.vastgelegdOp()));
    }

    @Override
    public List<Werkaantekening> vanAuteur(CasusId casusId, String auteurId) {
        var query = Query.query(Criteria.where("casusId").is(casusId.toString()).and("auteurId").is(auteurId));
        return mongo.find(query, WerkaantekeningDocument.class).stream()
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
