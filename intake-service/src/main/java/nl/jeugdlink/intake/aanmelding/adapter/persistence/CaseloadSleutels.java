package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.platform.persistence.Pages;
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
 * <p>A professional's keys are kept in <b>bounded pages</b> ({@code medewerkerId#k}, at most {@value Pages#SIZE} ids each)
 * under a head ({@code _id} = the medewerkerId: how many places were handed out): the platform's {@link Pages}. A key takes the next place from the
 * head ({@code $inc}, atomic, so two writers never share one) and goes into the page of that place: the document a
 * screening rewrites never grows past {@value Pages#SIZE} ids, however large the caseload - the 64 hash buckets of before
 * grew with it (15.6 KB at 25,000 in the bench, which couples every referral to one professional and never closes a
 * casus; issue 11). A count reads the head by {@code _id}, the pages by {@code _id $in}, each referral once. A write
 * that runs again takes a new place (a second key for the same referral, counted once); a closed referral's key is
 * pulled from the page it was found on.
 */
class CaseloadSleutels {

    static final String COLLECTION = "caseload_paginas";
    /** The layout of before: 64 hash buckets per professional; dropped once its keys are written anew. */
    private static final String VOORHEEN = "caseload_sleutels";
    /** Marks that the referrals coupled before these pages existed have their keys (done once per store). */
    private static final String AANGEVULD = "~aangevuld-2";

    private final MongoTemplate mongo;
    /** Per professional the referrals keyed; the page field names are those stored before the platform had them. */
    private final Pages paginas;

    CaseloadSleutels(MongoTemplate mongo) {
        this.mongo = mongo;
        this.paginas = new Pages(mongo, COLLECTION, "medewerkerId", "aanmeldingen");
        vulAan();
    }

    /** Before the referral is saved: it couples these professionals. */
    void schrijf(String aanmeldingId, Collection<String> medewerkerIds) {
        Map<String, List<String>> perMedewerker = new LinkedHashMap<>();
        medewerkerIds.forEach(m -> perMedewerker.put(m, List.of(aanmeldingId)));
        paginas.add(perMedewerker);
    }

    /** Open couplings per professional, each confirmed on its referral (read by {@code _id}); 0 for one without. */
    Map<String, Long> tel(Collection<String> medewerkerIds) {
        Map<String, Long> caseload = new LinkedHashMap<>();
        medewerkerIds.forEach(id -> caseload.put(id, 0L));
        Map<Pages.Page, List<String>> kandidaten = paginas.read(caseload.keySet());
        Set<String> aanmeldingIds = new HashSet<>();
        kandidaten.values().forEach(aanmeldingIds::addAll);
        if (aanmeldingIds.isEmpty()) {
            return caseload;
        }
        Query referrals = Query.query(Criteria.where("_id").in(aanmeldingIds));
        referrals.fields().include("openKoppelingen").include("casusAfgesloten");
        Map<String, Document> gevonden = new HashMap<>();
        mongo.find(referrals, Document.class, "aanmeldingen").forEach(d -> gevonden.put(d.getString("_id"), d));
        Map<String, Set<String>> open = new HashMap<>(); // a referral keyed twice (a write that ran again) counts once
        Map<Pages.Page, List<String>> gesloten = new LinkedHashMap<>();
        kandidaten.forEach((pagina, ids) -> {
            String medewerkerId = pagina.owner();
            for (String id : ids) {
                Document aanmelding = gevonden.get(id);
                if (aanmelding == null) {
                    continue;
                }
                if (aanmelding.getList("openKoppelingen", String.class, List.of()).contains(medewerkerId)) {
                    open.computeIfAbsent(medewerkerId, m -> new HashSet<>()).add(id);
                } else if (Boolean.TRUE.equals(aanmelding.getBoolean("casusAfgesloten"))) {
                    gesloten.computeIfAbsent(pagina, p -> new ArrayList<>()).add(id);
                }
            }
        });
        paginas.remove(gesloten);
        open.forEach((medewerkerId, ids) -> caseload.put(medewerkerId, (long) ids.size()));
        return caseload;
    }

    /**
     * Once per store: keys for the referrals coupled before these pages existed. One scan of the referrals that hold a
     * coupling, at start, never again (the marker says it was done); then the buckets of before are dropped.
     */
    private void vulAan() {
        if (mongo.findById(AANGEVULD, Document.class, COLLECTION) != null) {
            return;
        }
        Query gekoppeld = Query.query(Criteria.where("openKoppelingen.0").exists(true));
        gekoppeld.fields().include("openKoppelingen");
        Map<String, List<String>> perMedewerker = new LinkedHashMap<>();
        for (Document aanmelding : mongo.find(gekoppeld, Document.class, "aanmeldingen")) {
            aanmelding.getList("openKoppelingen", String.class, List.of())
                    .forEach(m -> perMedewerker.computeIfAbsent(m, k -> new ArrayList<>()).add(aanmelding.getString("_id")));
        }
        paginas.add(perMedewerker);
        mongo.upsert(byId(AANGEVULD), new Update().set("op", java.time.Instant.now().toString()), COLLECTION);
        mongo.dropCollection(VOORHEEN);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
