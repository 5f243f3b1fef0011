package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.platform.persistence.Buckets;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The caseload of a professional, found by {@code _id}: one document per professional listing the
 * referrals they were ever coupled to at screening, so that the caseload is two reads by {@code _id}
 * instead of a {@code count} on {@code openKoppelingen}, which the embedded store answers by scanning
 * every referral (docs/performance.md, "Hot-path queries").
 *
 * <p>The referral stays the truth. A key is written before the referral that couples the professional
 * is saved ({@code $addToSet}, so a change that runs again writes nothing new): a stored coupling
 * always has its key, and a key whose referral write was lost names a referral without that
 * coupling, which the count checks. A referral whose casus is closed is never open again, so its key
 * is dropped when a count finds it closed: a key document holds what is open plus what closed since
 * the last count.
 *
 * <p>A professional's keys are spread over {@value #BUCKETS} documents ({@code medewerkerId#n}, n from
 * the referral's id), so that the write a screening does ({@code $addToSet}, which rewrites the document)
 * stays small even for an open caseload far beyond a real one (the bench couples every referral to one
 * professional and never closes a casus); a count reads the professional's buckets by {@code _id $in}.
 */
class CaseloadSleutels {

    static final String COLLECTION = "caseload_sleutels";
    /** Marks that the referrals screened before these keys existed have theirs (done once per store). */
    private static final String AANGEVULD = "~aangevuld-1";
    static final int BUCKETS = 64;
    private static final Buckets SPREIDING = new Buckets(BUCKETS);

    private final MongoTemplate mongo;

    CaseloadSleutels(MongoTemplate mongo) {
        this.mongo = mongo;
        vulAan();
    }

    /** Before the referral is saved: it couples these professionals. */
    void schrijf(String aanmeldingId, Collection<String> medewerkerIds) {
        for (String medewerkerId : medewerkerIds) {
            mongo.upsert(byId(bucket(medewerkerId, aanmeldingId)), new Update().set("medewerkerId", medewerkerId).addToSet("aanmeldingen", aanmeldingId),
                    COLLECTION);
        }
    }

    /** Open couplings per professional, each confirmed on its referral (read by {@code _id}); 0 for one without. */
    Map<String, Long> tel(Collection<String> medewerkerIds) {
        Map<String, Long> caseload = new LinkedHashMap<>();
        medewerkerIds.forEach(id -> caseload.put(id, 0L));
        Map<String, List<String>> kandidaten = new HashMap<>();
        Set<String> aanmeldingIds = new HashSet<>();
        List<String> buckets = new ArrayList<>();
        caseload.keySet().forEach(m -> buckets.addAll(SPREIDING.all(m)));
        for (Document sleutel : mongo.find(Query.query(Criteria.where("_id").in(buckets)), Document.class, COLLECTION)) {
            List<String> ids = sleutel.getList("aanmeldingen", String.class, List.of());
            kandidaten.put(sleutel.getString("_id"), ids);
            aanmeldingIds.addAll(ids);
        }
        if (aanmeldingIds.isEmpty()) {
            return caseload;
        }
        Query referrals = Query.query(Criteria.where("_id").in(aanmeldingIds));
        referrals.fields().include("openKoppelingen").include("casusAfgesloten");
        Map<String, Document> gevonden = new HashMap<>();
        mongo.find(referrals, Document.class, "aanmeldingen").forEach(d -> gevonden.put(d.getString("_id"), d));
        kandidaten.forEach((bucket, ids) -> {
            String medewerkerId = Buckets.owner(bucket);
            long open = 0;
            List<String> gesloten = new ArrayList<>();
            for (String id : ids) {
                Document aanmelding = gevonden.get(id);
                if (aanmelding == null) {
                    continue;
                }
                if (aanmelding.getList("openKoppelingen", String.class, List.of()).contains(medewerkerId)) {
                    open++;
                } else if (Boolean.TRUE.equals(aanmelding.getBoolean("casusAfgesloten"))) {
                    gesloten.add(id);
                }
            }
            caseload.merge(medewerkerId, open, Long::sum);
            if (!gesloten.isEmpty()) {
                mongo.updateFirst(byId(bucket), new Update().pullAll("aanmeldingen", gesloten.toArray()), COLLECTION);
            }
        });
        return caseload;
    }

    /**
     * Once per store: keys for the referrals coupled before this collection existed. One scan of the
     * referrals that hold a coupling, at start, never again (the marker says it was done).
     */
    private void vulAan() {
        if (mongo.findById(AANGEVULD, Document.class, COLLECTION) != null) {
            return;
        }
        Query gekoppeld = Query.query(Criteria.where("openKoppelingen.0").exists(true));
        gekoppeld.fields().include("openKoppelingen");
        for (Document aanmelding : mongo.find(gekoppeld, Document.class, "aanmeldingen")) {
            schrijf(aanmelding.getString("_id"), aanmelding.getList("openKoppelingen", String.class, List.of()));
        }
        mongo.upsert(byId(AANGEVULD), new Update().set("op", java.time.Instant.now().toString()), COLLECTION);
    }

    /** The key document of a professional that holds this referral. */
    static String bucket(String medewerkerId, String aanmeldingId) {
        return SPREIDING.of(medewerkerId, aanmeldingId);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
