package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.jeugdlink.platform.persistence.Buckets;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The due-index: which open deadlines pass on which day, kept so that the sweep reads only what is
 * due. A (UTC) day's deadlines are spread over up to {@value #DELEN} documents ({@code <date>#n}, the
 * platform's {@link Buckets}; a traject's deadlines of one day share one), and the day's head
 * ({@code _id} the date) lists which of them are in use; a cursor document holds the day up to which
 * every earlier day has been swept. Everything is read and written by {@code _id} only: the embedded
 * store scans for any other query, and a scan of a million open deadlines every 30 seconds is what
 * this index exists to avoid.
 *
 * <p>Spread, because a day's list grows with the data: a deadline counted in working days passes at the
 * end of its day, so every deadline opened on one day passes at one instant. As one document per day it
 * held all 50,000 of the growth bench's deadlines (~4.5 MB), rewritten whole at each add and removal
 * (docs/performance.md, "The store's cost that still grows"); a write now rewrites 1/{@value #DELEN} of its
 * day. So many, because 64 were not enough: at 50,000 deadlines of one day each document held ~780 (~70 KB), and
 * the store's CPU per referral still grew 1.9× from 1,000 to 50,000 referrals; at 1,024 it is ~50 (~4.5 KB, the size
 * of a worklist page), and a region's real day (tens of deadlines) uses about one document per traject. The head keeps
 * the sweep's walk over days as cheap as before: a day without deadlines is one read by {@code _id}, a day with them
 * one more {@code _id $in} over the documents in use.
 *
 * <p>A writer adds a deadline to its day before the traject that holds it is saved, and then lowers
 * the cursor to that day if it lay later and counts its write on the cursor; so a deadline is never in
 * the store without being in the index. The sweep advances the cursor only with a compare-and-set on
 * the day <em>and the count</em> it read: a writer that listed a deadline while the sweep walked the days,
 * on a day the walk had already passed, leaves the day as it was (it lay later than the cursor) but
 * changes the count, so that sweep leaves the cursor where it was and the next one reads that day again.
 * What the index lists that no longer waits (met, moved, a lost write) is removed by the write that
 * changed it, or else by the sweep that finds it.
 */
final class Vervaldagen {

    static final String COLLECTION = "termijn_vervaldagen";
    /** The documents a day's deadlines are spread over. */
    static final int DELEN = 1024;
    private static final Buckets DAG = new Buckets(DELEN);
    private static final String CURSOR = "cursor";
    private static final String AANGEVULD = "aangevuld";
    private static final String VERDEELD = "verdeeld-" + DELEN;
    private static final String TOT = "tot";
    private static final String GESCHREVEN = "geschreven";
    private static final String IN_GEBRUIK = "delen";
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

    /** What a sweep read: the cursor as it stood (its day and its count of writes), and every listed deadline due. */
    record Gelezen(@Nullable LocalDate cursor, @Nullable Long geschreven, LocalDate tot, List<Vervaldag> verstreken) {
    }

    private final MongoTemplate mongo;

    Vervaldagen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The cursor's compare-and-set asks for {@code {_id, tot, geschreven}}: the embedded store uses an index only when a
     * query has exactly its fields, so without this one every sweep scanned the index's documents (up to 1,025 per day with
     * deadlines). Unique, as it holds {@code _id}.
     */
    void indexeer() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on(TOT, Sort.Direction.ASC)
                .on(GESCHREVEN, Sort.Direction.ASC).unique().named("cursor_cas"));
    }

    /**
     * Lists these deadlines in their day's documents, marks those documents in use on the day's head, and then lowers the
     * cursor to the earliest of those days and counts the write on it: one ordered bulk write.
     */
    void schrijf(Collection<Vervaldag> nieuw) {
        if (nieuw.isEmpty()) {
            return;
        }
        var bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
        Map<String, Set<Integer>> inGebruik = new HashMap<>();
        perDeel(nieuw).forEach((deel, teksten) -> {
            bulk.upsert(byId(deel), new Update().addToSet(TERMIJNEN).each(teksten.toArray()));
            inGebruik.computeIfAbsent(Buckets.owner(deel), d -> new TreeSet<>()).add(nummer(deel));
        });
        inGebruik.forEach((dag, nummers) -> bulk.upsert(byId(dag), new Update().addToSet(IN_GEBRUIK).each(nummers.toArray())));
        // ISO dates compare as text: $min keeps the earliest day, whichever writer or sweep came last. Last in the ordered bulk:
        // the cursor is lowered only once the days are listed. The count tells a sweep that read the cursor before this
        // write not to move it (verzet).
        String vroegste = new TreeSet<>(inGebruik.keySet()).first();
        bulk.upsert(byId(CURSOR), new Update().min(TOT, vroegste).inc(GESCHREVEN, 1L));
        bulk.execute();
    }

    /** Takes these deadlines out of their days' documents: one bulk write (the head keeps listing a document emptied). */
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
            return new Gelezen(null, null, tot, List.of());
        }
        LocalDate van = LocalDate.parse(cursor.getString(TOT));
        Number geschreven = cursor.get(GESCHREVEN, Number.class);
        Long teller = geschreven == null ? null : geschreven.longValue();
        List<Vervaldag> verstreken = new ArrayList<>();
        Set<String> trajecten = new LinkedHashSet<>();
        for (LocalDate dag = van; !dag.isAfter(tot); dag = dag.plusDays(1)) {
            for (Vervaldag v : dag(dag)) {
                if (v.verstrijktOp().isAfter(nu)) {
                    continue;
                }
                if (trajecten.size() >= hoogstens && !trajecten.contains(v.aanmeldingId())) {
                    return new Gelezen(van, teller, tot, verstreken);
                }
                trajecten.add(v.aanmeldingId());
                verstreken.add(v);
            }
        }
        return new Gelezen(van, teller, tot, verstreken);
    }

    /** The deadlines listed under this day: its head by {@code _id}, then the documents it marks in use by {@code _id $in}. */
    List<Vervaldag> dag(LocalDate dag) {
        Document hoofd = mongo.findById(dag.toString(), Document.class, COLLECTION);
        if (hoofd == null) {
            return List.of();
        }
        List<String> delen = hoofd.getList(IN_GEBRUIK, Number.class, List.of()).stream().map(n -> dag + "#" + n.intValue()).toList();
        List<Vervaldag> listed = new ArrayList<>();
        if (!delen.isEmpty()) {
            for (Document deel : mongo.find(Query.query(Criteria.where("_id").in(delen)), Document.class, COLLECTION)) {
                deel.getList(TERMIJNEN, String.class, List.of()).forEach(tekst -> listed.add(Vervaldag.lees(tekst)));
            }
        }
        return listed;
    }

    /** Which of these deadlines are still listed: only their own documents, in one {@code _id $in}. */
    Set<Vervaldag> nogVermeld(Collection<Vervaldag> vervaldagen) {
        if (vervaldagen.isEmpty()) {
            return Set.of();
        }
        Set<Vervaldag> gezocht = Set.copyOf(vervaldagen);
        Set<Vervaldag> vermeld = new HashSet<>();
        Query query = Query.query(Criteria.where("_id").in(perDeel(vervaldagen).keySet()));
        for (Document deel : mongo.find(query, Document.class, COLLECTION)) {
            deel.getList(TERMIJNEN, String.class, List.of()).stream().map(Vervaldag::lees).filter(gezocht::contains).forEach(vermeld::add);
        }
        return vermeld;
    }

    /**
     * Moves the cursor from where it was read to {@code naar}, unless a writer changed it meanwhile: lowered its day, or
     * listed a deadline at all (its count), perhaps on a day this sweep's walk had already passed.
     */
    void verzet(Gelezen gelezen, LocalDate naar) {
        LocalDate cursor = gelezen.cursor();
        if (cursor == null || !naar.isAfter(cursor)) {
            return;
        }
        Criteria zoals = Criteria.where("_id").is(CURSOR).and(TOT).is(cursor.toString());
        // A cursor of an earlier version has no count yet; the first write after it adds one.
        zoals = gelezen.geschreven() == null ? zoals.and(GESCHREVEN).exists(false) : zoals.and(GESCHREVEN).is(gelezen.geschreven());
        mongo.findAndModify(Query.query(zoals), new Update().set(TOT, naar.toString()), FindAndModifyOptions.none(), Document.class, COLLECTION);
    }

    /** Whether the open deadlines of an earlier store have been listed (once per store). */
    boolean aangevuld() {
        return mongo.findById(AANGEVULD, Document.class, COLLECTION) != null;
    }

    void markeerAangevuld() {
        mongo.upsert(byId(AANGEVULD), new Update().set("op", java.util.Date.from(Instant.now())), COLLECTION);
    }

    /**
     * Once per store and layout: moves each listed deadline that is not in its own document into it. That is every deadline
     * of the earlier layout (a day's deadlines in the day's own document, {@code _id} the date, which stays as the head) and
     * of a store spread over another number of documents. A scan of this collection, which holds days and markers only (no
     * traject), at start; a marker naming the number of documents keeps it from running again. Safe to run twice at once:
     * entries are added as a set, and pulled only from a document they do not belong in.
     *
     * @return how many deadlines were moved
     */
    int verdeelOudeDagen() {
        if (mongo.findById(VERDEELD, Document.class, COLLECTION) != null) {
            return 0;
        }
        int verplaatst = 0;
        // find answers a list: read whole before anything is moved, so no document is seen twice or missed.
        for (Document document : mongo.find(Query.query(Criteria.where(TERMIJNEN).exists(true)), Document.class, COLLECTION)) {
            String id = String.valueOf(document.get("_id"));
            List<String> misplaatst = document.getList(TERMIJNEN, String.class, List.of()).stream()
                    .filter(tekst -> !id.equals(deel(Vervaldag.lees(tekst)))).toList();
            if (!misplaatst.isEmpty()) {
                schrijf(misplaatst.stream().map(Vervaldag::lees).toList());
                mongo.updateFirst(byId(id), new Update().pullAll(TERMIJNEN, misplaatst.toArray()), COLLECTION);
                verplaatst += misplaatst.size();
            }
        }
        mongo.upsert(byId(VERDEELD), new Update().set("op", java.util.Date.from(Instant.now())), COLLECTION);
        return verplaatst;
    }

    /** The document of its day that lists this deadline: a traject's deadlines of one day share one. */
    private static String deel(Vervaldag v) {
        return DAG.of(v.dag().toString(), v.aanmeldingId());
    }

    /** Per document of a day ({@code <date>#n}), the entries it lists: a traject's deadlines of one day share one. */
    private static Map<String, List<String>> perDeel(Collection<Vervaldag> vervaldagen) {
        Map<String, List<String>> perDeel = new HashMap<>();
        vervaldagen.forEach(v -> perDeel.computeIfAbsent(deel(v), d -> new ArrayList<>()).add(v.tekst()));
        return perDeel;
    }

    private static int nummer(String deel) {
        return Integer.parseInt(deel.substring(deel.lastIndexOf('#') + 1));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
