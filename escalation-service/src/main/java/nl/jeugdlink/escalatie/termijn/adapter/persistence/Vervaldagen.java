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
 * due. One document per (UTC) day, its {@code _id} the date, listing the deadlines that pass that
 * day; and a cursor document, the day up to which every earlier day has been swept. Everything is
 * read and written by {@code _id} only: the embedded store scans for any other query, and a scan of
 * a million open deadlines every 30 seconds is what this index exists to avoid.
 *
 * <p>A writer adds a deadline to its day before the traject that holds it is saved, and then lowers
 * the cursor to that day if it lay later; so a deadline is never in the store without being in the
 * index. The sweep advances the cursor only with a compare-and-set on the value it read, so a
 * writer that lowered it meanwhile wins. What the index lists that no longer waits (met, moved, a
 * lost write) is removed by the write that changed it, or else by the sweep that finds it.
 */
final class Vervaldagen {

    static final String COLLECTION = "termijn_vervaldagen";
    private static final String CURSOR = "cursor";
    private static final String AANGEVULD = "aangevuld";
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
        for (Map.Entry<LocalDate, List<String>> dag : perDag(nieuw).entrySet()) {
            bulk.upsert(byId(dag.getKey().toString()), new Update().addToSet(TERMIJNEN).each(dag.getValue().toArray()));
            vroegste = vroegste == null || dag.getKey().isBefore(vroegste) ? dag.getKey() : vroegste;
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
        perDag(weg).forEach((dag, teksten) -> bulk.updateOne(byId(dag.toString()), new Update().pullAll(TERMIJNEN, teksten.toArray())));
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

    /** The deadlines listed under this day. */
    List<Vervaldag> dag(LocalDate dag) {
        Document bucket = mongo.findById(dag.toString(), Document.class, COLLECTION);
        if (bucket == null) {
            return List.of();
        }
        return bucket.getList(TERMIJNEN, String.class, List.of()).stream().map(Vervaldag::lees).toList();
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

    private static Map<LocalDate, List<String>> perDag(Collection<Vervaldag> vervaldagen) {
        Map<LocalDate, List<String>> perDag = new HashMap<>();
        vervaldagen.forEach(v -> perDag.computeIfAbsent(v.dag(), d -> new ArrayList<>()).add(v.tekst()));
        return perDag;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
