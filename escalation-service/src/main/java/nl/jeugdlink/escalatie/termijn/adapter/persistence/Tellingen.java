package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten.Telling;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The running deadlines per municipality, soort and status, for the 5-minute gauge: read by {@code _id} from
 * {@value #EMMERS} documents instead of aggregating over every traject, which the embedded store answers by
 * scanning them all.
 *
 * <p>Why {@value #EMMERS}: a traject's write rewrites the document its share is in, so that document's size is the cost of
 * every write. With 64 documents each held 1/64 of the running trajecten: 36 KB at 25,000 stored, 72 KB at 50,000, read,
 * copied and written again by every poll - the escalation's cost grew with the data (docs/performance.md, the growth
 * step). With 4,096 a document holds some 12 shares (~1 KB) at 50,000 running trajecten; the gauge reads them all in
 * one {@code _id $in} every 5 minutes.
 *
 * <p>Each document ({@code _id} {@code emmer-nnnn}, the traject's id hashed into one of them) holds per traject its
 * share: the cells of its running deadlines as they stood after its latest write, with that write's number
 * ({@code telnummer}). A share is set, not added to, and only from a later write than the one it holds: setting it
 * twice, or an older write after a newer one, changes nothing. So the counters follow from the traject's own write
 * and heal themselves: before a write the traject announces its number ({@code wachtend}); once the write stands,
 * its share is set and the announcement removed. A crash in between leaves the announcement, and the next read of
 * the counters ({@link #lees}) sets that traject's share from the traject as stored (one read by {@code _id}).
 * Every change of a counter document is made from a copy read by {@code _id} and written under its version
 * ({@code v}, unique index {@code (_id, v)}): no query here needs more than an index.
 */
class Tellingen {

    static final String COLLECTION = "termijn_tellingen";
    /** Enough documents to keep each small (a share is some 80 bytes), few enough for the gauge to read them all. */
    static final int EMMERS = 4096;
    private static final String EMMER = "emmer-";
    private static final String AANDEEL = "t";
    private static final String WACHTEND = "w";
    /** Marks the shares as filled in this layout; a store of an earlier layout (no mark) is filled once at start. */
    private static final String GEVULD = "emmers-gevuld";
    /** The counters of earlier versions: one document of cells ($inc-ed after each write), then 64 documents of shares. */
    private static final String OUD = "lopend";
    private static final String OUD_GEVULD = "aandelen-gevuld";
    private static final int OUDE_EMMERS = 64;
    /** Shares filled per bulk at start. */
    private static final int VUL_PER_KEER = 2000;
    private static final String SCHEIDING = "|";
    /** The document's version: each change is written under the one it was made from. */
    static final String VERSIE = "v";
    private static final int MAX_POGINGEN = 50;

    /** Reads a traject as stored: its write number and its running deadlines per cell; null when there is none. */
    interface Opgeslagen {
        @Nullable Aandeel van(String aanmeldingId);
    }

    /** A traject's share: its running deadlines per cell as they stood after write {@code telnummer}. */
    record Aandeel(long telnummer, Map<String, Long> cellen) {
    }

    private final MongoTemplate mongo;

    Tellingen(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The cell of one running deadline, as its counter's field name. */
    static String cel(String gemeenteCode, String soort, String status) {
        return gemeenteCode + SCHEIDING + soort + SCHEIDING + status;
    }

    static String emmer(String aanmeldingId) {
        return emmer(Math.floorMod(aanmeldingId.hashCode(), EMMERS));
    }

    private static String emmer(int nummer) {
        return EMMER + String.format("%04d", nummer);
    }

    private static List<String> alleEmmers() {
        return java.util.stream.IntStream.range(0, EMMERS).mapToObj(Tellingen::emmer).toList();
    }

    /** Before the traject's write: it announces the write's number, so a crash after the write is found and healed. */
    void kondigAan(String aanmeldingId, long telnummer) {
        // The version moves too, so a share being set from an older read of this document is redone and keeps this announcement.
        mongo.upsert(opId(emmer(aanmeldingId)), new Update().max(WACHTEND + "." + aanmeldingId, telnummer).inc(VERSIE, 1), COLLECTION);
    }

    /**
     * {@link #kondigAan(String, long)} for a poll's trajecten in one bulk write: one upsert per counter document they hash
     * into, each {@code $max} of its trajecten's numbers and one version step.
     */
    void kondigAan(Map<String, Long> telnummers) {
        if (telnummers.isEmpty()) {
            return;
        }
        Map<String, Update> perEmmer = new java.util.LinkedHashMap<>();
        telnummers.forEach((aanmeldingId, telnummer) -> perEmmer.computeIfAbsent(emmer(aanmeldingId), e -> new Update().inc(VERSIE, 1))
                .max(WACHTEND + "." + aanmeldingId, telnummer));
        var bulk = mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, COLLECTION);
        perEmmer.forEach((emmer, update) -> bulk.upsert(opId(emmer), update));
        bulk.execute();
    }

    /**
     * {@link #leg(String, Aandeel)} for a poll's trajecten: the counter documents they hash into read in one {@code _id $in}, and
     * changed in one bulk write, each under the version it was read with. A document that moved meanwhile (another poll, the
     * count) has its trajecten's shares set one by one, as {@link #leg(String, Aandeel)} does: setting a share twice changes nothing.
     */
    void leg(Map<String, Aandeel> aandelen) {
        if (aandelen.isEmpty()) {
            return;
        }
        Map<String, Map<String, Aandeel>> perEmmer = new java.util.LinkedHashMap<>();
        aandelen.forEach((aanmeldingId, aandeel) -> perEmmer.computeIfAbsent(emmer(aanmeldingId), e -> new java.util.LinkedHashMap<>())
                .put(aanmeldingId, aandeel));
        Map<String, Document> gelezen = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(perEmmer.keySet())), Document.class, COLLECTION)
                .forEach(d -> gelezen.put(String.valueOf(d.get("_id")), d));
        var bulk = mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, COLLECTION);
        List<String> inBulk = new ArrayList<>();
        List<String> alleen = new ArrayList<>();
        perEmmer.forEach((id, vanEmmer) -> {
            Document emmer = gelezen.get(id);
            if (emmer == null) {
                alleen.add(id);
                return;
            }
            Update update = new Update();
            vanEmmer.forEach((aanmeldingId, aandeel) -> {
                if (ouder(emmer, aanmeldingId, aandeel.telnummer())) {
                    zet(update, aanmeldingId, aandeel);
                }
                if (aangekondigd(emmer, aanmeldingId) == aandeel.telnummer()) {
                    update.unset(WACHTEND + "." + aanmeldingId);
                }
            });
            if (!update.getUpdateObject().isEmpty()) {
                long versie = emmer.get(VERSIE) instanceof Number n ? n.longValue() : 0L;
                bulk.updateOne(Query.query(Criteria.where("_id").is(id).and(VERSIE).is(versie)), update.inc(VERSIE, 1));
                inBulk.add(id);
            }
        });
        if (!inBulk.isEmpty() && bulk.execute().getMatchedCount() != inBulk.size()) {
            // Which moved, the bulk does not say: each of them again on its own (a share already set is left as it is).
            alleen.addAll(inBulk);
        }
        alleen.forEach(id -> perEmmer.get(id).forEach(this::leg));
    }

    /** After the traject's write stood: its share from that write, and its announcement gone (unless a later write announced). */
    void leg(String aanmeldingId, Aandeel aandeel) {
        wijzig(emmer(aanmeldingId), emmer -> {
            Update update = new Update();
            if (ouder(emmer, aanmeldingId, aandeel.telnummer())) {
                zet(update, aanmeldingId, aandeel);
            }
            if (aangekondigd(emmer, aanmeldingId) == aandeel.telnummer()) {
                update.unset(WACHTEND + "." + aanmeldingId);
            }
            return update;
        });
    }

    /**
     * The counters, summed over every traject's share. A traject that announced a write and has no share from it yet (a
     * crash between its write and its share, or a write under way) gets its share from its stored copy first.
     */
    Map<Telling, Long> lees(Opgeslagen opgeslagen) {
        Map<String, Long> cellen = new HashMap<>();
        for (Document gelezen : mongo.find(Query.query(Criteria.where("_id").in(alleEmmers())), Document.class, COLLECTION)) {
            String id = String.valueOf(gelezen.get("_id"));
            Document emmer = gelezen;
            if (emmer.get(WACHTEND) instanceof Document wachtend && !wachtend.isEmpty()) {
                herstel(wachtend, opgeslagen);
                emmer = mongo.findById(id, Document.class, COLLECTION);
            }
            Document aandelen = emmer == null ? null : emmer.get(AANDEEL, Document.class);
            if (aandelen != null) {
                aandelen.values().forEach(a -> telOp(cellen, a));
            }
        }
        Map<Telling, Long> telling = new HashMap<>();
        cellen.forEach((cel, aantal) -> {
            String[] delen = cel.split("\\" + SCHEIDING, -1);
            if (aantal > 0 && delen.length == 3) {
                telling.put(new Telling(Soort.of(delen[1]), delen[0], Status.valueOf(delen[2])), aantal);
            }
        });
        return telling;
    }

    boolean aangevuld() {
        Document document = mongo.findById(GEVULD, Document.class, COLLECTION);
        return document != null && Boolean.TRUE.equals(document.getBoolean("gevuld"));
    }

    /**
     * Once per store: the share of every stored traject (of an earlier layout, or counted by the old $inc counters). Every
     * document is created first, so the shares go in bulks ({@link #leg(Map)}: set where older, under each document's version)
     * instead of one read and write per traject; the documents of the earlier layouts are removed after.
     */
    void vul(Map<String, Aandeel> aandelen) {
        var aanmaken = mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, COLLECTION);
        alleEmmers().forEach(id -> aanmaken.upsert(opId(id), new Update().setOnInsert(VERSIE, 0L)));
        aanmaken.execute();
        Map<String, Aandeel> deel = new java.util.LinkedHashMap<>();
        for (var aandeel : aandelen.entrySet()) {
            deel.put(aandeel.getKey(), aandeel.getValue());
            if (deel.size() == VUL_PER_KEER) {
                leg(deel);
                deel.clear();
            }
        }
        leg(deel);
        ruimOudeIndelingOp();
    }

    /** The earlier layouts' documents and mark removed, and this layout marked as filled. */
    private void ruimOudeIndelingOp() {
        List<String> oud = new ArrayList<>(oudeEmmers());
        oud.add(OUD);
        oud.add(OUD_GEVULD);
        mongo.remove(Query.query(Criteria.where("_id").in(oud)), COLLECTION);
        mongo.upsert(opId(GEVULD), new Update().set("gevuld", true).set("op", java.util.Date.from(java.time.Instant.now())), COLLECTION);
    }

    private static List<String> oudeEmmers() {
        return java.util.stream.IntStream.range(0, OUDE_EMMERS).mapToObj(i -> OUD + "-" + String.format("%02d", i)).toList();
    }

    /**
     * A store of the 64-document layout: its shares and announcements moved into this layout from those 64 documents (read by
     * {@code _id}, at most some 72 KB each at 50,000 running trajecten) instead of from a scan of every traject, which the
     * embedded store answers by holding every match in its heap at once (at 50,000 trajecten more than its heap: the store
     * stopped, growth bench 15:30). Repeating it after a crash half-way changes nothing ({@link #leg(Map)} sets only an older
     * share, {@code $max} on an announcement); false when the store holds no such layout (a scan fills it, as before).
     */
    boolean verhuisUitOudeIndeling() {
        if (mongo.findById(OUD_GEVULD, Document.class, COLLECTION) == null) {
            return false;
        }
        var aanmaken = mongo.bulkOps(org.springframework.data.mongodb.core.BulkOperations.BulkMode.UNORDERED, COLLECTION);
        alleEmmers().forEach(id -> aanmaken.upsert(opId(id), new Update().setOnInsert(VERSIE, 0L)));
        aanmaken.execute();
        List<String> oud = oudeEmmers();
        for (Document emmer : mongo.find(Query.query(Criteria.where("_id").in(oud)), Document.class, COLLECTION)) {
            Map<String, Long> wachtend = new HashMap<>();
            if (emmer.get(WACHTEND) instanceof Document w) {
                w.forEach((aanmeldingId, telnummer) -> wachtend.put(aanmeldingId, ((Number) telnummer).longValue()));
            }
            kondigAan(wachtend);
            Map<String, Aandeel> aandelen = new java.util.LinkedHashMap<>();
            if (emmer.get(AANDEEL) instanceof Document t) {
                t.forEach((aanmeldingId, a) -> {
                    if (a instanceof Document aandeel && aandeel.get("n") instanceof Number n && aandeel.get("c") instanceof Document c) {
                        Map<String, Long> cellen = new HashMap<>();
                        c.forEach((cel, aantal) -> cellen.put(cel, ((Number) aantal).longValue()));
                        aandelen.put(aanmeldingId, new Aandeel(n.longValue(), cellen));
                    }
                });
            }
            // Announcements first: a share older than its traject's announcement leaves it waiting, for the next count to heal.
            leg(aandelen);
        }
        ruimOudeIndelingOp();
        return true;
    }

    /** Marks the store as not counted yet, so the next start fills every share again. */
    void vergeetGevuld() {
        mongo.remove(opId(GEVULD), COLLECTION);
    }

    private void herstel(Document wachtend, Opgeslagen opgeslagen) {
        for (String aanmeldingId : new ArrayList<>(wachtend.keySet())) {
            long aangekondigd = ((Number) wachtend.get(aanmeldingId)).longValue();
            // The stored traject (one read by _id): its share if the counters hold an older one, and the announcement gone once
            // the write it announced stands. A write still under way keeps its announcement; its own share follows.
            Aandeel opgeslagenAandeel = opgeslagen.van(aanmeldingId);
            wijzig(emmer(aanmeldingId), emmer -> {
                Update update = new Update();
                if (aangekondigd(emmer, aanmeldingId) != aangekondigd) {
                    return update;
                }
                if (opgeslagenAandeel != null && ouder(emmer, aanmeldingId, opgeslagenAandeel.telnummer())) {
                    zet(update, aanmeldingId, opgeslagenAandeel);
                }
                if (gedeeld(emmer, aanmeldingId) >= aangekondigd || opgeslagenAandeel != null && opgeslagenAandeel.telnummer() >= aangekondigd) {
                    update.unset(WACHTEND + "." + aanmeldingId);
                }
                return update;
            });
        }
    }

    /**
     * One change of a counter document, made from the copy just read and written under its version (a query by the unique
     * {@code (_id, v)}, which the embedded store answers by index): another change in between, and it is made again.
     */
    private void wijzig(String id, java.util.function.Function<Document, Update> wijziging) {
        for (int poging = 0; poging < MAX_POGINGEN; poging++) {
            Document emmer = mongo.findById(id, Document.class, COLLECTION);
            if (emmer == null) {
                mongo.upsert(opId(id), new Update().setOnInsert(VERSIE, 0L), COLLECTION);
                continue;
            }
            Update update = wijziging.apply(emmer);
            if (update.getUpdateObject().isEmpty()) {
                return;
            }
            long versie = emmer.get(VERSIE) instanceof Number n ? n.longValue() : 0L;
            Query onveranderd = Query.query(Criteria.where("_id").is(id).and(VERSIE).is(versie));
            if (mongo.updateFirst(onveranderd, update.inc(VERSIE, 1), COLLECTION).getMatchedCount() > 0) {
                return;
            }
        }
        throw new IllegalStateException("counter document " + id + " kept changing under " + MAX_POGINGEN + " attempts");
    }

    /** Whether the document holds no share of this traject, or one from an earlier write than {@code telnummer}. */
    private static boolean ouder(Document emmer, String aanmeldingId, long telnummer) {
        return gedeeld(emmer, aanmeldingId) < telnummer;
    }

    /** The write number of the traject's share in this document; -1 when it has none. */
    private static long gedeeld(Document emmer, String aanmeldingId) {
        return emmer.get(AANDEEL) instanceof Document aandelen && aandelen.get(aanmeldingId) instanceof Document a && a.get("n") instanceof Number n
                ? n.longValue() : -1;
    }

    /** The write number the traject announced in this document; -1 when none waits. */
    private static long aangekondigd(Document emmer, String aanmeldingId) {
        return emmer.get(WACHTEND) instanceof Document w && w.get(aanmeldingId) instanceof Number n ? n.longValue() : -1;
    }

    private static void zet(Update update, String aanmeldingId, Aandeel aandeel) {
        update.set(AANDEEL + "." + aanmeldingId, new Document("n", aandeel.telnummer()).append("c", new Document(aandeel.cellen())));
    }

    private static void telOp(Map<String, Long> cellen, Object aandeel) {
        if (aandeel instanceof Document a && a.get("c") instanceof Document c) {
            c.forEach((cel, aantal) -> cellen.merge(cel, ((Number) aantal).longValue(), Long::sum));
        }
    }

    private static Query opId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
