package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import nl.jeugdlink.platform.persistence.Buckets;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The worklists as <b>one small document per line</b> ({@code werklijstregels}, {@code _id} = {@code casusId:medewerkerId})
 * with a <b>bucketed index of ids</b> per person ({@code werklijst_sleutels}, {@code _id} = {@code medewerkerId#n}, n from the
 * casus id, {@value #BUCKETS} per person: the intake's {@code CaseloadSleutels} idiom). Listing reads the person's buckets
 * by {@code _id $in} and then their lines by {@code _id $in}: the embedded store answers both from its {@code _id} index.
 *
 * <p>Why this shape (docs/performance.md, the 07:20 regression): a line changes far more often than who is on a list
 * (a conversation, the regisseur, the closure), and such a change now rewrites one line of a few hundred bytes, whatever
 * the person's caseload. Only a person joining or leaving a casus touches an index bucket, and a bucket holds ids only
 * (~40 bytes each), 1/{@value #BUCKETS} of the person's casussen: 10,000 casussen under one teamleider make buckets of
 * ~160 ids (~6 KB), where the one document per person held 10,000 full lines (~3 MB) rewritten on every casus write.
 *
 * <p>Order of writes, so a crash in between leaves nothing wrong on a list: a new line's key is written before the line
 * (a key without its line is skipped when listing), a line leaving is deleted before its key. What heals a line lost to
 * a crash between the casus write and these writes is {@link #herbouw} (see the canvas).
 */
public class MongoWerklijsten implements Werklijsten {

    static final String REGELS = "werklijstregels";
    static final String SLEUTELS = "werklijst_sleutels";
    /** The one document per person of before; dropped by the first rebuild. */
    static final String VOORHEEN = "werklijsten";
    /** Marks that the lists were built in this layout at least once (the first start of this version rebuilds them). */
    static final String OPGEBOUWD = "~opgebouwd-2";
    static final int BUCKETS = 64;
    private static final Buckets SPREIDING = new Buckets(BUCKETS);
    private static final int BULK = 500;

    private final MongoTemplate mongo;

    public MongoWerklijsten(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
        String casus = casusId.toString();
        Instant nu = Instant.now();
        na.forEach((medewerkerId, regel) -> {
            if (!regel.equals(voor.get(medewerkerId))) {
                if (!voor.containsKey(medewerkerId)) {
                    mongo.upsert(byId(bucket(medewerkerId, casus)), sleutelErbij(medewerkerId, Set.of(casus)), SLEUTELS);
                }
                mongo.upsert(byId(regelId(casus, medewerkerId)), regel(medewerkerId, regel, nu), REGELS);
            }
        });
        voor.keySet().stream().filter(m -> !na.containsKey(m)).forEach(medewerkerId -> {
            mongo.remove(byId(regelId(casus, medewerkerId)), REGELS);
            mongo.updateFirst(byId(bucket(medewerkerId, casus)), new Update().pull("casussen", casus), SLEUTELS);
        });
    }

    /**
     * A batch in at most three bulk writes (keys, then lines, then lines leaving; each ordered as {@link #werkBij}),
     * so a poll of openings costs as many round trips as one opening.
     */
    @Override
    public void werkBijAlle(List<Wijziging> wijzigingen) {
        if (wijzigingen.size() == 1) {
            Wijziging enige = wijzigingen.getFirst();
            werkBij(enige.casusId(), enige.voor(), enige.na());
            return;
        }
        Instant nu = Instant.now();
        BulkOperations sleutels = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, SLEUTELS);
        BulkOperations regels = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, REGELS);
        BulkOperations eraf = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, REGELS);
        BulkOperations sleutelsEraf = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, SLEUTELS);
        int[] aantal = new int[4];
        for (Wijziging w : wijzigingen) {
            String casus = w.casusId().toString();
            w.na().forEach((medewerkerId, regel) -> {
                if (!regel.equals(w.voor().get(medewerkerId))) {
                    if (!w.voor().containsKey(medewerkerId)) {
                        sleutels.upsert(byId(bucket(medewerkerId, casus)), sleutelErbij(medewerkerId, Set.of(casus)));
                        aantal[0]++;
                    }
                    regels.upsert(byId(regelId(casus, medewerkerId)), regel(medewerkerId, regel, nu));
                    aantal[1]++;
                }
            });
            w.voor().keySet().stream().filter(m -> !w.na().containsKey(m)).forEach(medewerkerId -> {
                eraf.remove(byId(regelId(casus, medewerkerId)));
                sleutelsEraf.updateOne(byId(bucket(medewerkerId, casus)), new Update().pull("casussen", casus));
                aantal[2]++;
                aantal[3]++;
            });
        }
        if (aantal[0] > 0) {
            sleutels.execute();
        }
        if (aantal[1] > 0) {
            regels.execute();
        }
        if (aantal[2] > 0) {
            eraf.execute();
            sleutelsEraf.execute();
        }
    }

    @Override
    public List<Werklijstregel> van(String medewerkerId) {
        List<String> buckets = SPREIDING.all(medewerkerId);
        Set<String> regelIds = new LinkedHashSet<>();
        for (Document sleutel : mongo.find(Query.query(Criteria.where("_id").in(buckets)), Document.class, SLEUTELS)) {
            sleutel.getList("casussen", String.class, List.of()).forEach(casus -> regelIds.add(regelId(casus, medewerkerId)));
        }
        if (regelIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(regelIds)), Document.class, REGELS).stream().map(MongoWerklijsten::regel).toList();
    }

    @Override
    public boolean opgebouwd() {
        return mongo.findById(OPGEBOUWD, Document.class, SLEUTELS) != null;
    }

    /**
     * Writes every line the casussen imply (in bulks of {@value #BULK}), adds their keys (one {@code $addToSet $each} per
     * bucket), then removes the lines and keys of these casussen they do not imply: one scan of each collection, here
     * and nowhere else. A line written by a change while this runs ({@code geschrevenOp} after the start) is kept.
     * Holds the ids of the lines in memory (~100 bytes per line).
     */
    @Override
    public long herbouw(Stream<Casusregels> casussen) {
        Instant begin = Instant.now();
        Set<String> casusIds = new HashSet<>();
        Set<String> verwacht = new HashSet<>();
        Map<String, Set<String>> sleutels = new HashMap<>();
        AtomicLong aantal = new AtomicLong();
        List<Casusregels> blok = new ArrayList<>(BULK);
        casussen.forEach(casus -> {
            aantal.incrementAndGet();
            String id = casus.casusId().toString();
            casusIds.add(id);
            casus.regels().keySet().forEach(m -> {
                verwacht.add(regelId(id, m));
                sleutels.computeIfAbsent(bucket(m, id), b -> new HashSet<>()).add(id);
            });
            blok.add(casus);
            if (blok.size() == BULK) {
                schrijf(blok, begin);
                blok.clear();
            }
        });
        schrijf(blok, begin);
        sleutels.forEach((bucket, ids) -> mongo.upsert(byId(bucket), sleutelErbij(bucket.substring(0, bucket.lastIndexOf('#')), ids), SLEUTELS));

        Query alleRegels = new Query();
        alleRegels.fields().include("casusId").include("geschrevenOp");
        Set<String> bestaand = new HashSet<>();
        for (Document regel : mongo.find(alleRegels, Document.class, REGELS)) {
            String id = regel.getString("_id");
            Date geschreven = regel.getDate("geschrevenOp");
            boolean oud = geschreven == null || geschreven.toInstant().isBefore(begin);
            if (casusIds.contains(regel.getString("casusId")) && !verwacht.contains(id) && oud) {
                mongo.remove(byId(id), REGELS);
            } else {
                bestaand.add(id);
            }
        }
        for (Document sleutel : mongo.find(Query.query(Criteria.where("casussen.0").exists(true)), Document.class, SLEUTELS)) {
            String bucket = sleutel.getString("_id");
            String medewerkerId = bucket.substring(0, bucket.lastIndexOf('#'));
            Object[] zonderRegel = sleutel.getList("casussen", String.class, List.of()).stream()
                    .filter(c -> casusIds.contains(c) && !bestaand.contains(regelId(c, medewerkerId))).toArray();
            if (zonderRegel.length > 0) {
                mongo.updateFirst(byId(bucket), new Update().pullAll("casussen", zonderRegel), SLEUTELS);
            }
        }
        mongo.dropCollection(VOORHEEN);
        mongo.upsert(byId(OPGEBOUWD), new Update().set("op", Date.from(Instant.now())).set("casussen", aantal.get()), SLEUTELS);
        return aantal.get();
    }

    private void schrijf(List<Casusregels> blok, Instant nu) {
        if (blok.stream().allMatch(c -> c.regels().isEmpty())) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, REGELS);
        blok.forEach(casus -> casus.regels().forEach((m, regel) -> bulk.upsert(byId(regelId(casus.casusId().toString(), m)), regel(m, regel, nu))));
        bulk.execute();
    }

    /** The key document of a person that holds this casus. */
    static String bucket(String medewerkerId, String casusId) {
        return SPREIDING.of(medewerkerId, casusId);
    }

    static String regelId(String casusId, String medewerkerId) {
        return casusId + ":" + medewerkerId;
    }

    private static Update sleutelErbij(String medewerkerId, Set<String> casusIds) {
        return new Update().set("medewerkerId", medewerkerId).addToSet("casussen").each(casusIds.toArray());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Update regel(String medewerkerId, Werklijstregel r, Instant nu) {
        return new Update().set("casusId", r.casusId().toString()).set("medewerkerId", medewerkerId).set("gemeenteCode", r.gemeenteCode())
                .set("rol", r.rol().name()).set("geopendOp", Date.from(r.geopendOp())).set("regisseurId", r.regisseurId())
                .set("aantalKinderen", r.aantalKinderen()).set("aantalGesprekken", r.aantalGesprekken())
                .set("afgeslotenOp", r.afgeslotenOp() == null ? null : Date.from(r.afgeslotenOp())).set("geschrevenOp", Date.from(nu));
    }

    private static Werklijstregel regel(Document d) {
        Date afgesloten = d.getDate("afgeslotenOp");
        return new Werklijstregel(new CasusId(UUID.fromString(d.getString("casusId"))), d.getString("gemeenteCode"), TeamRol.valueOf(d.getString("rol")),
                Objects.requireNonNull(d.getDate("geopendOp")).toInstant(), d.getString("regisseurId"), d.getInteger("aantalKinderen", 0),
                d.getInteger("aantalGesprekken", 0), afgesloten == null ? null : afgesloten.toInstant());
    }
}
