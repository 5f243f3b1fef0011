package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.platform.persistence.Buckets;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The screeners' worklist as a read model keyed by {@code _id}: per municipality its referrals waiting
 * for screening, spread over {@value #BUCKETS} documents ({@code gemeenteCode#n}, {@link Buckets}), so
 * that the worklist is one read by {@code _id $in} (and one more to confirm) instead of a query on
 * {@code gemeenteCode} and {@code status}, which the embedded store answers by scanning every referral
 * ever received; and so that taking a referral in or out rewrites one bucket, not a document as long
 * as the municipality's whole backlog (a backlog of thousands, as after a data migration or a weekend,
 * made every new referral pay for all of them). The documents hold the backlog, not the history: an
 * entry leaves when its referral is screened.
 *
 * <p>The referral stays the truth. An entry is written before its referral is inserted
 * ({@code $addToSet} of an entry that follows from the referral alone, so writing it again changes
 * nothing), and removed after the screening's save. A reader confirms every entry on its referral
 * (status by {@code _id}): an entry whose removal was lost is skipped and removed then; one whose
 * referral was never stored is skipped, and removed once it is older than any insert in flight.
 *
 * <p>A store written before the buckets holds one document per municipality ({@code _id} = its code):
 * the reader reads it too and removes its entries as they are screened, so it empties by itself.
 */
class Werkvoorraad {

    static final String COLLECTION = "screening_werkvoorraad";
    private static final String WACHTEND = "wachtend";
    /** An entry without its referral after this long belongs to an insert that failed, not one in flight. */
    private static final Duration ZONDER_AANMELDING = Duration.ofMinutes(10);
    static final int BUCKETS = 16;
    private static final Buckets SPREIDING = new Buckets(BUCKETS);

    private final MongoTemplate mongo;

    Werkvoorraad(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Before the referral is inserted. */
    void neemOp(Document entry, String gemeenteCode) {
        mongo.upsert(byId(SPREIDING.of(gemeenteCode, entry.getString("aanmeldingId"))), new Update().addToSet(WACHTEND, entry), COLLECTION);
    }

    /** After the referral left the waiting state (screened). */
    void haalWeg(String gemeenteCode, String aanmeldingId) {
        mongo.updateFirst(byId(SPREIDING.of(gemeenteCode, aanmeldingId)), new Update().pull(WACHTEND, new Document("aanmeldingId", aanmeldingId)), COLLECTION);
    }

    /** The entries of a municipality whose referral is stored and still waits, as stored; stale entries removed. */
    List<Document> wachtend(String gemeenteCode, String wachtendeStatus, Instant nu) {
        List<String> documenten = new ArrayList<>(SPREIDING.all(gemeenteCode));
        documenten.add(gemeenteCode);
        Map<String, String> documentVan = new HashMap<>();
        List<Document> entries = new ArrayList<>();
        for (Document voorraad : mongo.find(Query.query(Criteria.where("_id").in(documenten)), Document.class, COLLECTION)) {
            for (Document entry : voorraad.getList(WACHTEND, Document.class, List.of())) {
                entries.add(entry);
                documentVan.put(entry.getString("aanmeldingId"), voorraad.getString("_id"));
            }
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        Query referrals = Query.query(Criteria.where("_id").in(documentVan.keySet()));
        referrals.fields().include("status");
        Map<String, String> status = new HashMap<>();
        mongo.find(referrals, Document.class, "aanmeldingen").forEach(d -> status.put(d.getString("_id"), d.getString("status")));
        List<Document> wachtend = new ArrayList<>(entries.size());
        Map<String, List<String>> weg = new HashMap<>();
        for (Document entry : entries) {
            String id = entry.getString("aanmeldingId");
            String s = status.get(id);
            if (wachtendeStatus.equals(s)) {
                wachtend.add(entry);
            } else if (s != null || ontvangen(entry).plus(ZONDER_AANMELDING).isBefore(nu)) {
                weg.computeIfAbsent(documentVan.get(id), d -> new ArrayList<>()).add(id);
            }
        }
        weg.forEach((document, ids) -> mongo.updateFirst(byId(document),
                new Update().pull(WACHTEND, new Document("aanmeldingId", new Document("$in", ids))), COLLECTION));
        // In the order received, as one document kept them before the buckets.
        wachtend.sort(Comparator.comparing(Werkvoorraad::ontvangen));
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
