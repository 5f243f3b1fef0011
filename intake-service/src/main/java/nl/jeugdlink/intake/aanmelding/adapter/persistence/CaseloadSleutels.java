package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
class CaseloadSleutels {

    static final String COLLECTION = "caseload_sleutels";
    /** Marks that the referrals screened before these keys existed have theirs (done once per store). */
    private static final String AANGEVULD = "~aangevuld-1";

    private final MongoTemplate mongo;

    CaseloadSleutels(MongoTemplate mongo) {
        this.mongo = mongo;
        vulAan();
    }

    /** Before the referral is saved: it couples these professionals. */
    void schrijf(String aanmeldingId, Collection<String> medewerkerIds) {
        for (String medewerkerId : medewerkerIds) {
            mongo.upsert(byId(medewerkerId), new Update().addToSet("aanmeldingen", aanmeldingId), COLLECTION);
        }
    }

    /** Open couplings per professional, each confirmed on its referral (read by {@code _id}); 0 for one without. */
    Map<String, Long> tel(Collection<String> medewerkerIds) {
        Map<String, Long> caseload = new LinkedHashMap<>();
        medewerkerIds.forEach(id -> caseload.put(id, 0L));
        Map<String, List<String>> kandidaten = new HashMap<>();
        Set<String> aanmeldingIds = new HashSet<>();
        for (Document sleutel : mongo.find(Query.query(Criteria.where("_id").in(caseload.keySet())), Document.class, COLLECTION)) {
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
        kandidaten.forEach((medewerkerId, ids) -> {
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
            caseload.put(medewerkerId, open);
            if (!gesloten.isEmpty()) {
                mongo.updateFirst(byId(medewerkerId), new Update().pullAll("aanmeldingen", gesloten.toArray()), COLLECTION);
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

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
