package nl.jeugdlink.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The append-only, hash-chained audit trail of one service. Appends are serialized per chain: the
 * next sequence number is the record's id, so a concurrent writer (another instance) loses with a
 * duplicate key, reloads the head and tries again. Nothing here ever updates or deletes.
 *
 * <p>Appends are group-committed: every caller queues its entry and then takes the lock; whoever
 * holds it chains everything queued so far and writes it in one insert, so the callers behind it
 * find their record already written. A request still returns only once its record is stored, but
 * a burst of requests costs one round trip to the store instead of one each in a row.
 *
 * <p>The head is found by {@code _id}, never by a sorted query (which the embedded store answers by
 * scanning and sorting every audit record): records are {@code chain:1..n} without gaps, so the head
 * is the last id that exists, found by galloping from a hint - one small document per chain in
 * {@value #HEADS}, moved forward at most once per second so it costs no write per request - and
 * halving: a few reads by {@code _id} whatever the chain's length.
 */
public class AuditTrail {

    static final String GENESIS = "0".repeat(64);
    private static final int ATTEMPTS = 20;
    static final String HEADS = "audit_hoofd";
    private static final long HINT_EVERY_NANOS = 1_000_000_000L;

    /**
     * The outcome of checking a chain from its first record to its last and, when one could be read,
     * against the external anchor (the newest head published outside this service's store).
     *
     * @param ankerSeq the sequence number the anchor names, when the anchor was read
     * @param ankerGecontroleerd whether the anchor could be read: without it, deleting the newest
     *     records cannot be told from their never having been written
     */
    public record Verificatie(String chain, long records, boolean intact, @Nullable Long eersteBreukBijSeq, @Nullable String reden,
            @Nullable Long ankerSeq, boolean ankerGecontroleerd) {

        Verificatie(String chain, long records, boolean intact, @Nullable Long eersteBreukBijSeq, @Nullable String reden) {
            this(chain, records, intact, eersteBreukBijSeq, reden, null, false);
        }
    }

    /**
     * The newest record as published outside the store: its place in the chain and its hash; the
     * epoch counts re-basings (a beheerder accepting a shorter chain, e.g. after a restored backup).
     */
    public record Anker(long seq, String hash, long epoch) {

        /** Later epoch first, then the higher record. */
        boolean voorbij(Anker ander) {
            return epoch != ander.epoch ? epoch > ander.epoch : seq > ander.seq;
        }
    }

    private static final int MAX_BATCH = 256;

    /** An entry waiting to be chained, and the record once it is stored. */
    private static final class Wachtend {
        final AuditEntry entry;
        final CompletableFuture<AuditRecord> record = new CompletableFuture<>();

        Wachtend(AuditEntry entry) {
            this.entry = entry;
        }
    }

    private final MongoTemplate mongo;
    private final String chain;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Wachtend> wachtrij = new ConcurrentLinkedQueue<>();
    private final ReentrantLock schrijver = new ReentrantLock();
    private @Nullable AuditRecord head;
    private long hintWrittenNanos = System.nanoTime() - HINT_EVERY_NANOS;
    private final List<Consumer<AuditRecord>> hoofdLuisteraars = new CopyOnWriteArrayList<>();

    public AuditTrail(MongoTemplate mongo, String chain, Clock clock) {
        this.mongo = mongo;
        this.chain = chain;
        this.clock = clock;
        try {
            mongo.indexOps(AuditRecord.class).createIndex(new Index().on("betreft", Sort.Direction.ASC).named("audit_betreft"));
            mongo.indexOps(AuditRecord.class).createIndex(new Index().on("gebruikerId", Sort.Direction.ASC).named("audit_gebruiker"));
            // The walk of verify() on MongoDB (the embedded store ignores non-unique indexes, and scans for that walk anyway).
            mongo.indexOps(AuditRecord.class).createIndex(new Index().on("chain", Sort.Direction.ASC).on("seq", Sort.Direction.ASC).named("audit_keten"));
        } catch (RuntimeException e) {
            // Queries work without them, only slower; the embedded store lacks some index kinds.
        }
    }

    public AuditRecord record(AuditEntry entry) {
        return recordAll(List.of(entry)).getFirst();
    }

    /**
     * Several entries of one request (a list that shows several casussen), queued together so that
     * they are chained in order and written in one insert instead of one round trip each.
     */
    public List<AuditRecord> recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Wachtend> mijn = entries.stream().map(Wachtend::new).toList();
        wachtrij.addAll(mijn);
        schrijver.lock();
        try {
            while (!mijn.getLast().record.isDone()) {
                schrijfWachtenden();
            }
        } finally {
            schrijver.unlock();
        }
        return mijn.stream().map(w -> w.record.join()).toList();
    }

    /** Chains and writes what is queued (at most {@value #MAX_BATCH}); called with the lock held. */
    private void schrijfWachtenden() {
        List<Wachtend> batch = new ArrayList<>();
        for (Wachtend w; batch.size() < MAX_BATCH && (w = wachtrij.poll()) != null; ) {
            batch.add(w);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            for (int attempt = 0; attempt < ATTEMPTS && !batch.isEmpty(); attempt++) {
                List<AuditRecord> records = chained(batch);
                try {
                    mongo.insert(records, AuditRecord.class);
                    head = records.getLast();
                    moveHint(head);
                    meldNieuwHoofd(head);
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).record.complete(records.get(i));
                    }
                    return;
                } catch (DataIntegrityViolationException e) {
                    // Another instance appended in between: keep what of ours got in (an ordered insert stops at
                    // the first duplicate), chain the rest after the new head.
                    head = null;
                    batch = nietGeschreven(batch, records);
                }
            }
            throw new IllegalStateException("could not append to audit chain " + chain + " after " + ATTEMPTS + " attempts");
        } catch (RuntimeException e) {
            for (Wachtend w : batch) {
                w.record.completeExceptionally(e);
            }
        }
    }

    private List<AuditRecord> chained(List<Wachtend> batch) {
        AuditRecord previous = head != null ? head : loadHead();
        List<AuditRecord> records = new ArrayList<>(batch.size());
        Instant tijd = clock.instant();
        for (Wachtend w : batch) {
            AuditEntry entry = w.entry;
            long seq = previous == null ? 1 : previous.seq() + 1;
            String vorigeHash = previous == null ? GENESIS : previous.hash();
            AuditRecord unsigned = new AuditRecord(chain + ":" + seq, chain, seq, tijd, entry.gebruikerId(), entry.rollen(), entry.organisatie(),
                    entry.betreft(), entry.actie().name(), entry.categorie(), entry.herkomst(), entry.resultaat().name(), entry.toelichting(),
                    vorigeHash, "");
            AuditRecord signed = withHash(unsigned, hashOf(unsigned));
            records.add(signed);
            previous = signed;
        }
        return records;
    }

    /** Completes the entries whose record is stored as we wrote it; returns the others. */
    private List<Wachtend> nietGeschreven(List<Wachtend> batch, List<AuditRecord> records) {
        List<Wachtend> rest = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            AuditRecord ours = records.get(i);
            AuditRecord stored = mongo.findById(ours.id(), AuditRecord.class);
            if (stored != null && stored.hash().equals(ours.hash())) {
                batch.get(i).record.complete(ours);
            } else {
                rest.add(batch.get(i));
            }
        }
        return rest;
    }

    /** {@code luisteraar} hears of every newest record this instance writes; it is called with the write lock held, so it must not block. */
    public void bijNieuwHoofd(Consumer<AuditRecord> luisteraar) {
        hoofdLuisteraars.add(luisteraar);
    }

    private void meldNieuwHoofd(AuditRecord nieuw) {
        for (Consumer<AuditRecord> luisteraar : hoofdLuisteraars) {
            luisteraar.accept(nieuw);
        }
    }

    public String chain() {
        return chain;
    }

    /** The newest stored record of this chain, read from the store. */
    public @Nullable AuditRecord opgeslagenHoofd() {
        return loadHead();
    }

    /** Records about one casus, referral or other record, oldest first. */
    public List<AuditRecord> about(String betreft) {
        return mongo.find(Query.query(Criteria.where("betreft").is(betreft)).with(Sort.by("chain", "seq")), AuditRecord.class);
    }

    /** Records of one person's accesses, oldest first. */
    public List<AuditRecord> by(String gebruikerId) {
        return mongo.find(Query.query(Criteria.where("gebruikerId").is(gebruikerId)).with(Sort.by("chain", "seq")), AuditRecord.class);
    }

    /**
     * Walks the chain and then holds it against the external anchor: a chain that ends before the
     * record the anchor names, or holds another record there, lost its newest records or was
     * rewritten — which the chain alone cannot show.
     */
    public Verificatie verify(@Nullable Anker anker, boolean ankerGelezen) {
        Verificatie keten = verify();
        if (!ankerGelezen || anker == null) {
            // No anchor to hold the chain against: the chain alone, and the answer says so.
            return new Verificatie(chain, keten.records(), keten.intact(), keten.eersteBreukBijSeq(), keten.reden(), null, false);
        }
        if (!keten.intact()) {
            return new Verificatie(chain, keten.records(), false, keten.eersteBreukBijSeq(), keten.reden(), anker.seq(), true);
        }
        String afwijking = afwijkingVan(anker);
        if (afwijking != null) {
            return new Verificatie(chain, keten.records(), false, Math.min(keten.records() + 1, anker.seq()), afwijking, anker.seq(), true);
        }
        return new Verificatie(chain, keten.records(), true, null, null, anker.seq(), true);
    }

    /** Why the stored chain does not hold the record the anchor names, or null when it does (one read, not a walk). */
    public @Nullable String afwijkingVan(Anker anker) {
        AuditRecord geankerd = mongo.findById(chain + ":" + anker.seq(), AuditRecord.class);
        if (geankerd == null) {
            AuditRecord hoofd = loadHead();
            return "de keten eindigt bij record " + (hoofd == null ? 0 : hoofd.seq()) + ", het externe anker noemt record " + anker.seq()
                    + ": de nieuwste records ontbreken";
        }
        return geankerd.hash().equals(anker.hash()) ? null : "record " + anker.seq() + " wijkt af van het externe anker";
    }

    /** Walks the chain: every hash must match its record and link to the one before, with no gaps. */
    public Verificatie verify() {
        List<AuditRecord> records = new ArrayList<>(mongo.find(Query.query(Criteria.where("chain").is(chain)).with(Sort.by("seq")), AuditRecord.class));
        String vorige = GENESIS;
        long expected = 1;
        for (AuditRecord record : records) {
            if (record.seq() != expected) {
                return new Verificatie(chain, records.size(), false, expected, "record " + expected + " ontbreekt");
            }
            if (!record.vorigeHash().equals(vorige)) {
                return new Verificatie(chain, records.size(), false, record.seq(), "schakel naar het vorige record is verbroken");
            }
            if (!record.hash().equals(hashOf(record))) {
                return new Verificatie(chain, records.size(), false, record.seq(), "record is gewijzigd");
            }
            vorige = record.hash();
            expected++;
        }
        return new Verificatie(chain, records.size(), true, null, null);
    }

    /**
     * The last record of {@code chain:1..n}: from the hint (it may lag, or name a record removed since)
     * gallop up while records exist, then halve the gap to the first that does not.
     */
    private @Nullable AuditRecord loadHead() {
        org.bson.Document hint = mongo.findById(chain, org.bson.Document.class, HEADS);
        long hinted = hint == null ? 0 : hint.get("seq", Number.class).longValue();
        AuditRecord found = hinted > 0 ? record(hinted) : null;
        long present = found != null ? hinted : 0;
        long absent;
        if (hinted > 0 && found == null) {
            absent = hinted;
        } else {
            long step = 1;
            AuditRecord next;
            while ((next = record(present + step)) != null) {
                present += step;
                found = next;
                step *= 2;
            }
            absent = present + step;
        }
        while (absent - present > 1) {
            long middle = present + (absent - present) / 2;
            AuditRecord probe = record(middle);
            if (probe != null) {
                present = middle;
                found = probe;
            } else {
                absent = middle;
            }
        }
        return present == 0 ? null : found;
    }

    private @Nullable AuditRecord record(long seq) {
        return mongo.findById(chain + ":" + seq, AuditRecord.class);
    }

    /** Moves the hint forward ($max: another instance's older head cannot move it back), at most once a second. */
    private void moveHint(AuditRecord newest) {
        long now = System.nanoTime();
        if (now - hintWrittenNanos < HINT_EVERY_NANOS) {
            return;
        }
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(chain)), new Update().max("seq", newest.seq()), HEADS);
            hintWrittenNanos = now;
        } catch (RuntimeException e) {
            // Only a hint: the head is still found from the records, a little further from it.
        }
    }

    private static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.id(), r.chain(), r.seq(), r.tijd(), r.gebruikerId(), r.rollen(), r.organisatie(), r.betreft(), r.actie(),
                r.categorie(), r.herkomst(), r.resultaat(), r.toelichting(), r.vorigeHash(), hash);
    }

    /** SHA-256 over every field but the hash itself, each length-prefixed so no two records can collide by shifting text. */
    static String hashOf(AuditRecord r) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {r.chain(), r.seq(), r.tijd().toEpochMilli(), r.gebruikerId(), r.rollen(), r.organisatie(), r.betreft(),
                r.actie(), r.categorie(), r.herkomst(), r.resultaat(), r.toelichting(), r.vorigeHash()}) {
            String text = Objects.toString(field, "\u0000");
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
