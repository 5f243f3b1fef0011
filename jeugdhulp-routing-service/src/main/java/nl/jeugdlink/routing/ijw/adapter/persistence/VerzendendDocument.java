package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.platform.outbox.AggregateDocument;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An aggregate whose writes make iJw messages due (ADR 0047): a toewijzing's JW301, an answer's JW319. The message is due in the same
 * write as the state that makes it due - a marking in the document, next to its pending events - and the marking is removed once the
 * transport has the message. So a crash between the write and the send, or a transport that failed, leaves the marking, and the
 * message is sent from it later: at the provider's fetch, or by the sweep at start. EVENTS.md's rule for side effects outside the
 * document (a JW301 is one), kept as the outbox keeps events.
 *
 * <p>Each marking has an id of its own. The sender removes exactly the markings it read before it sent: a marking a later write added
 * meanwhile stays for that write's own send, and a removal is a targeted {@code $pull} that does not fight a concurrent write.
 */
public abstract class VerzendendDocument extends AggregateDocument {

    static final String VELD = "teVersturen";

    /**
     * One message due.
     *
     * @param kenmerk what it is due for: a toewijzing (its JW301), a ReferentieAanbieder (its JW319)
     * @param markering this marking's own id
     */
    public record Markering(String kenmerk, @Indexed(name = "te_versturen") String markering) {
    }

    private List<Markering> teVersturen = new ArrayList<>();

    public List<Markering> getTeVersturen() {
        return teVersturen;
    }

    /** The messages of these kenmerken are due: saved with this document's next write. */
    public void maakVerschuldigd(Collection<String> kenmerken) {
        for (String kenmerk : new LinkedHashSet<>(kenmerken)) {
            teVersturen.add(new Markering(kenmerk, UUID.randomUUID().toString()));
        }
    }

    /** The kenmerken due, each once. */
    public static Set<String> kenmerken(List<Markering> markeringen) {
        Set<String> kenmerken = new LinkedHashSet<>();
        markeringen.forEach(m -> kenmerken.add(m.kenmerk()));
        return kenmerken;
    }

    /** The markings this sender read were sent: removed by their ids from the document, which is otherwise left as it is. */
    public static void verstuurd(MongoTemplate mongo, String collection, String id, List<String> markeringen) {
        if (markeringen.isEmpty()) {
            return;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                new Update().pull(VELD, new Document("markering", new Document("$in", markeringen))), collection);
    }

    /**
     * The documents with a message still due, at most {@code max}, as ids: the sweep's query, at start. On a real MongoDB it is served by
     * the {@code te_versturen} index; the embedded store scans the collection, as the outbox's start-up sweep of it does already.
     */
    public static List<String> metTeVersturen(MongoTemplate mongo, String collection, int max) {
        Query query = Query.query(Criteria.where(VELD + ".markering").exists(true)).limit(max);
        query.fields().include("_id");
        return mongo.find(query, Document.class, collection).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }
}
