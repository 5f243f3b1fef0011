package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.platform.persistence.Buckets;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The due-index: which open deadlines pass on which day, kept so that the sweep reads only what is
 * due. A (UTC) day's deadlines are spread over {@value #DELEN} documents ({@code <date>#n}, the platform's
 * {@link Buckets}, a traject's deadlines of one day in one of them); and a cursor document, the day up to
 * which every earlier day has been swept. Everything is read and written by {@code _id} only: the embedded
 * store scans for any other query, and a scan of a million open deadlines every 30 seconds is what this
 * index exists to avoid.
 *
 * <p>Spread, because a day's list grows with the data: a deadline counted in working days passes at the end of
 * its day, so every deadline opened on one day passes at one instant. As one document per day it held all
 * 50,000 of the growth bench's deadlines (~4.5 MB), rewritten whole at each add and removal - the embedded
 * store's CPU per referral grew 1.75× from 1,000 to 50,000 referrals (docs/performance.md, "The store's cost
 * that still grows"). A write now rewrites 1/{@value #DELEN} of its day (ADR 0045). A store of the earlier layout
 * (one document per day under the bare date) is spread once at start ({@link #verdeelOudeDagen}).
 *
 * <p>A writer adds a deadline to its day before the traject that holds it is saved, and then lowers
 * the cursor to that day if it lay later; so a deadline is never in the store without being in the
 * index. The sweep advances the cursor only with a compare-and-set on the value it read, so a
 * writer that lowered it meanwhile wins. What the index lists that no longer waits (met, moved, a
 * lost write) is removed by the write that changed it, or else by the sweep that finds it.
 */
final class Vervaldagen {

    static final String COLLECTION = "termijn_vervaldagen";
    /** The documents a day's list is spread over. */
    static final int DELEN = 64;
    private static final Buckets DAG = new Buckets(DELEN);
    private static final String CURSOR = "cursor";
    private static final String AANGEVULD = "aangevuld";
    private static final String VERDEELD = "verdeeld";
    private static final String TOT = "tot";
    private static final String TERMIJNEN = "termijnen";

    /** One deadline as the index lists it: which traject, which deadline, when it passes. */
    record Vervaldag(String aanmeldingId, String termijnId, Instant verstrijktOp) {

        static Vervaldag lees(String tekst) {
            String[] delen = tekst.split("\\|", 3);
            return new Vervaldag(delen[0], delen[1], Instant.ofEpochMilli(Long.parseLong(delen[2])));
        }

        String tekst() {
            return aanmeldingId + "|" + termijnId + "|" + verstrijktOp.toEpochMilli();
        }

        LocalDate dag() {
            return dag(verstrijktOp);
        }

        static LocalDate dag(Instant moment) {
            return LocalDate.ofInstant(moment, ZoneOffset.UTC);
        }
    }

    /** What a sweep read: the cursor as it stood, and every listed deadline due. */
    record Gelezen(@Nullable LocalDate cursor, LocalDate tot, List<Vervaldag> verstreken) {
    }

    private final MongoTemplate mongo;

    Vervaldagen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Lists these deadlines under their day, and lowers the cursor to the earliest of those days: one bulk write. */
    void schrijf(Collection<Vervaldag> nieuw) {
        if (nieuw.isEmpty()) {
            return;
        }
        LocalDate vroegste = null;
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        perDeel(nieuw).forEach((deel, teksten) -> bulk.upsert(byId(deel), new Update().addToSet(TERMIJNEN).each(teksten.toArray())));
        for (Vervaldag v : nieuw) {
            vroegste = vroegste == null || v.dag().isBefore(vroegste) ? v.dag() : vroegste;
        }
        // ISO dates compare as text: $min keeps the earliest day, whichever writer or sweep came last. Last in the ordered bulk:
        // the cursor is lowered only once the days are listed.
        bulk.upsert(byId(CURSOR), new Update().min(TOT, String.valueOf(vroegste)));
        bulk.execute();
    }

    /** Takes these deadlines out of their days: one bulk write. */
    void vergeet(Collection<Vervaldag> weg) {
        if (weg.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        perDeel(weg).forEach((deel, teksten) -> bulk.updateOne(byId(deel), new Update().pullAll(TERMIJNEN, teksten.toArray())));
        bulk.execute();
    }

    /** The deadlines listed from the cursor's day up to today that have passed by {@code nu}, at most {@code hoogstens} trajecten. */
    Gelezen lees(Instant nu, int hoogstens) {
        LocalDate tot = Vervaldag.dag(nu);
        Document cursor = mongo.findById(CURSOR, Document.class, COLLECTION);
        if (cursor == null || cursor.getString(TOT) == null) {
            return new Gelezen(null, tot, List.of());
        }
        LocalDate van = LocalDate.parse(cursor.getString(TOT));
        List<Vervaldag> verstreken = new ArrayList<>();
        Set<String> trajecten = new LinkedHashSet<>();
        for (LocalDate dag = van; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            for (Vervaldag v : dag(dag)) {
                if (v.verstrijktOp().isAfter(nu)) {
                    continue;
                }
                if (trajecten.size() >= hoogstens && !trajecten.contains(v.aanmeldingId())) {
                    return new Gelezen(van, tot, verstreken);
                }
                trajecten.add(v.aanmeldingId());
                verstreken.add(v);
            }
        }
        return new Gelezen(van, tot, verstreken);
    }

    /** The deadlines listed under this day: its documents in one {@code _id $in}. */
    List<Vervaldag> dag(LocalDate dag) {
        List<Vervaldag> listed = new ArrayList<>();
        for (Document deel : mongo.find(Query.query(Criteria.where("_id").in(DAG.all(dag.toString()))), Document.class, COLLECTION)) {
            deel.getList(TERMIJNEN, String.class, List.of()).forEach(tekst -> listed.add(Vervaldag.lees(tekst)));
        }
        return listed;
    }

    /** Moves the cursor from where it was read to {@code naar}, unless a writer lowered it meanwhile. */
    void verzet(LocalDate gelezen, LocalDate naar) {
        if (!naar.isAfter(gelezen)) {
            return;
        }
        Query query = Query.query(Criteria.where("_id").is(CURSOR).and(TOT).is(gelezen.toString()));
        mongo.findAndModify(query, new Update().set(TOT, naar.toString()), FindAndModifyOptions.none(), Document.class, COLLECTION);
    }

    /** Whether the open deadlines of an earlier store have been listed (once per store). */
    boolean aangevuld() {
        return mongo.findById(AANGEVULD, Document.class, COLLECTION) != null;
    }

    void markeerAangevuld() {
        mongo.upsert(byId(AANGEVULD), new Update().set("op", java.util.Date.from(Instant.now())), COLLECTION);
    }

    /**
     * Once per store: spreads the days of the earlier layout (one document per day, {@code _id} the bare date) over
     * their documents, then removes them. A scan of this collection, which holds days and markers only (no traject),
     * at start; a marker keeps it from running again. Safe to run twice at once: the entries are added as a set.
     *
     * @return how many deadlines were moved
     */
    int verdeelOudeDagen() {
        if (mongo.findById(VERDEELD, Document.class, COLLECTION) != null) {
            return 0;
        }
        int verplaatst = 0;
        for (Document oud : mongo.find(Query.query(Criteria.where(TERMIJNEN).exists(true)), Document.class, COLLECTION)) {
            String id = String.valueOf(oud.get("_id"));
            if (id.contains("#")) {
                continue; // already one of a day's documents
            }
            List<Vervaldag> lijst = oud.getList(TERMIJNEN, String.class, List.of()).stream().map(Vervaldag::lees).toList();
            schrijf(lijst);
            mongo.remove(byId(id), COLLECTION);
            verplaatst += lijst.size();
        }
        mongo.upsert(byId(VERDEELD), new Update().set("op", java.util.Date.from(Instant.now())), COLLECTION);
        return verplaatst;
    }

    /** Per document of a day ({@code <date>#n}), the entries it lists: a traject's deadlines of one day share one. */
    private static Map<String, List<String>> perDeel(Collection<Vervaldag> vervaldagen) {
        Map<String, List<String>> perDeel = new HashMap<>();
        vervaldagen.forEach(v -> perDeel.computeIfAbsent(DAG.of(v.dag().toString(), v.aanmeldingId()), d -> new ArrayList<>()).add(v.tekst()));
        return perDeel;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
