package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The screeners' worklist as a read model keyed by {@code _id}: one document per municipality listing
 * its referrals waiting for screening, so that the worklist is one read by {@code _id} (and one
 * {@code _id $in} to confirm) instead of a query on {@code gemeenteCode} and {@code status}, which the
 * embedded store answers by scanning every referral ever received. The document holds the backlog,
 * not the history: an entry leaves when its referral is screened.
 *
 * <p>The referral stays the truth. An entry is written before its referral is inserted
 * ({@code $addToSet} of an entry that follows from the referral alone, so writing it again changes
 * nothing), and removed after the screening's save. A reader confirms every entry on its referral
 * (status by {@code _id}): an entry whose removal was lost is skipped and removed then; one whose
 * referral was never stored is skipped, and removed once it is older than any insert in flight.
 */
class Werkvoorraad {

    static final String COLLECTION = "screening_werkvoorraad";
    private static final String WACHTEND = "wachtend";
    /** An entry without its referral after this long belongs to an insert that failed, not one in flight. */
    private static final Duration ZONDER_AANMELDING = Duration.ofMinutes(10);

    private final MongoTemplate mongo;

    Werkvoorraad(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Before the referral is inserted. */
    void neemOp(Document entry, String gemeenteCode) {
        mongo.upsert(byId(gemeenteCode), new Update().addToSet(WACHTEND, entry), COLLECTION);
    }

    /** After the referral left the waiting state (screened). */
    void haalWeg(String gemeenteCode, String aanmeldingId) {
        mongo.updateFirst(byId(gemeenteCode), new Update().pull(WACHTEND, new Document("aanmeldingId", aanmeldingId)), COLLECTION);
    }

    /** The entries of a municipality whose referral is stored and still waits, as stored; stale entries removed. */
    List<Document> wachtend(String gemeenteCode, String wachtendeStatus, Instant nu) {
        Document voorraad = mongo.findById(gemeenteCode, Document.class, COLLECTION);
        List<Document> entries = voorraad == null ? List.of() : voorraad.getList(WACHTEND, Document.class, List.of());
        if (entries.isEmpty()) {
            return List.of();
        }
        Query referrals = Query.query(Criteria.where("_id").in(entries.stream().map(e -> e.getString("aanmeldingId")).toList()));
        referrals.fields().include("status");
        Map<String, String> status = new HashMap<>();
        mongo.find(referrals, Document.class, "aanmeldingen").forEach(d -> status.put(d.getString("_id"), d.getString("status")));
        List<Document> wachtend = new ArrayList<>(entries.size());
        List<String> weg = new ArrayList<>();
        for (Document entry : entries) {
            String id = entry.getString("aanmeldingId");
            String s = status.get(id);
            if (wachtendeStatus.equals(s)) {
                wachtend.add(entry);
            } else if (s != null || ontvangen(entry).plus(ZONDER_AANMELDING).isBefore(nu)) {
                weg.add(id);
            }
        }
        if (!weg.isEmpty()) {
            mongo.updateFirst(byId(gemeenteCode), new Update().pull(WACHTEND, new Document("aanmeldingId", new Document("$in", weg))), COLLECTION);
        }
        return wachtend;
    }

    static Instant ontvangen(Document entry) {
        Object op = entry.get("ontvangenOp");
        return op instanceof Date d ? d.toInstant() : op instanceof Instant i ? i : Instant.EPOCH;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
