package nl.jeugdlink.casus.casus.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * The worklists as <b>one small document per casus</b> ({@code werklijst_casussen}, {@code _id} = the casus id: what a
 * line shows, plus who is on it in which role) with a <b>bucketed index of ids</b> per person ({@code werklijst_sleutels},
 * {@code _id} = {@code medewerkerId#n}, n from the casus id, {@value #BUCKETS} per person: the intake's
 * {@code CaseloadSleutels} idiom). Listing reads the person's buckets by {@code _id $in} and then their casussen' lines by
 * {@code _id $in}: the embedded store answers both from its {@code _id} index.
 *
 * <p>Why this shape (docs/performance.md): a line changes far more often than who is on a list (a conversation, the
 * regisseur, the closure), and the lines of one casus differ per person only in the role. So a change of a casus rewrites
 * one document of a few hundred bytes, whoever and however many are on it (one line per person was four writes for a
 * casus of four: the largest share of the case-service hop's writes); only a person joining or leaving touches an index
 * bucket, and a bucket holds ids only (~40 bytes each), 1/{@value #BUCKETS} of the person's casussen. A batch writes each
 * bucket it touches once.
 *
 * <p>Order of writes, so a crash in between leaves nothing wrong on a list: a joiner's key is written before the casus's
 * line (a key whose line does not name the person is skipped when listing), a leaver's key is removed after it. What
 * heals a line lost to a crash between the casus write and these writes is {@link #herbouw} (see the canvas).
 */
public class MongoWerklijsten implements Werklijsten {

    static final String REGELS = "werklijst_casussen";
    static final String SLEUTELS = "werklijst_sleutels";
    /** The layouts of before (one document per person; one line per person and casus); dropped by the first rebuild. */
    static final List<String> VOORHEEN = List.of("werklijsten", "werklijstregels");
    /** Marks that the lists were built in this layout at least once (the first start of this version rebuilds them). */
    static final String OPGEBOUWD = "~opgebouwd-3";
    static final int BUCKETS = 64;
    private static final Buckets SPREIDING = new Buckets(BUCKETS);
    private static final int BULK = 500;

    private final MongoTemplate mongo;

    public MongoWerklijsten(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
        werkBijAlle(List.of(new Wijziging(casusId, voor, na)));
    }

    /**
     * A batch in at most three writes, whatever its size (keys of joiners, then the casussen's lines, then keys of
     * leavers; each bucket once): per casus what changed from its first {@code voor} to its last {@code na} in the batch.
     */
    @Override
    public void werkBijAlle(List<Wijziging> wijzigingen) {
        Map<String, Map<String, Werklijstregel>> eerst = new LinkedHashMap<>();
        Map<String, Map<String, Werklijstregel>> laatst = new LinkedHashMap<>();
        for (Wijziging w : wijzigingen) {
            eerst.putIfAbsent(w.casusId().toString(), w.voor());
            laatst.put(w.casusId().toString(), w.na());
        }
        Map<String, Set<String>> erbij = new LinkedHashMap<>(); // bucket -> casus ids
        Map<String, Set<String>> eraf = new LinkedHashMap<>();
        Instant nu = Instant.now();
        BulkOperations regels = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, REGELS);
        int gewijzigd = 0;
        for (Map.Entry<String, Map<String, Werklijstregel>> entry : laatst.entrySet()) {
            String casus = entry.getKey();
            Map<String, Werklijstregel> voor = eerst.get(casus);
            Map<String, Werklijstregel> na = entry.getValue();
            if (voor.equals(na)) {
                continue; // nothing any list shows changed
            }
            na.keySet().stream().filter(m -> !voor.containsKey(m))
                    .forEach(m -> erbij.computeIfAbsent(bucket(m, casus), b -> new LinkedHashSet<>()).add(casus));
            voor.keySet().stream().filter(m -> !na.containsKey(m))
                    .forEach(m -> eraf.computeIfAbsent(bucket(m, casus), b -> new LinkedHashSet<>()).add(casus));
            if (na.isEmpty()) {
                regels.remove(byId(casus));
            } else {
                regels.upsert(byId(casus), regels(na, nu));
            }
            gewijzigd++;
        }
        if (!erbij.isEmpty()) {
            BulkOperations sleutels = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SLEUTELS);
            erbij.forEach((bucket, casussen) -> sleutels.upsert(byId(bucket), sleutelErbij(medewerkerVan(bucket), casussen)));
            sleutels.execute();
        }
        if (gewijzigd > 0) {
            regels.execute();
        }
        if (!eraf.isEmpty()) {
            BulkOperations sleutels = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SLEUTELS);
            eraf.forEach((bucket, casussen) -> sleutels.updateOne(byId(bucket), new Update().pullAll("casussen", casussen.toArray())));
            sleutels.execute();
        }
    }

    @Override
    public List<Werklijstregel> van(String medewerkerId) {
        List<String> buckets = SPREIDING.all(medewerkerId);
        Set<String> casusIds = new LinkedHashSet<>();
        for (Document sleutel : mongo.find(Query.query(Criteria.where("_id").in(buckets)), Document.class, SLEUTELS)) {
            casusIds.addAll(sleutel.getList("casussen", String.class, List.of()));
        }
        if (casusIds.isEmpty()) {
            return List.of();
        }
        List<Werklijstregel> lijst = new ArrayList<>(casusIds.size());
        for (Document casus : mongo.find(Query.query(Criteria.where("_id").in(casusIds)), Document.class, REGELS)) {
            rolVan(casus, medewerkerId).ifPresent(rol -> lijst.add(regel(casus, rol)));
        }
        return lijst;
    }

    @Override
    public boolean opgebouwd() {
        return mongo.findById(OPGEBOUWD, Document.class, SLEUTELS) != null;
    }

    /**
     * Writes the line of every casus that has people on it (in bulks of {@value #BULK}), adds their keys (one
     * {@code $addToSet $each} per bucket), then removes the lines of these casussen that nobody is on any more and the
     * keys whose line does not name their person: one scan of each collection, here and nowhere else. A line written by
     * a change while this runs ({@code geschrevenOp} after the start) is kept. Holds the ids of the casussen in memory.
     */
    @Override
    public long herbouw(Stream<Casusregels> casussen) {
        Instant begin = Instant.now();
        VOORHEEN.forEach(mongo::dropCollection);
        Set<String> casusIds = new HashSet<>();
        Map<String, Set<String>> sleutels = new HashMap<>();
        AtomicLong aantal = new AtomicLong();
        List<Casusregels> blok = new ArrayList<>(BULK);
        casussen.forEach(casus -> {
            aantal.incrementAndGet();
            String id = casus.casusId().toString();
            casusIds.add(id);
            casus.regels().keySet().forEach(m -> sleutels.computeIfAbsent(bucket(m, id), b -> new HashSet<>()).add(id));
            blok.add(casus);
            if (blok.size() == BULK) {
                schrijf(blok, begin);
                blok.clear();
            }
        });
        schrijf(blok, begin);
        sleutels.forEach((bucket, ids) -> mongo.upsert(byId(bucket), sleutelErbij(medewerkerVan(bucket), ids), SLEUTELS));

        Query alleRegels = new Query();
        alleRegels.fields().include("rollen").include("geschrevenOp");
        Map<String, Set<String>> ledenPerCasus = new HashMap<>();
        for (Document regel : mongo.find(alleRegels, Document.class, REGELS)) {
            String id = regel.getString("_id");
            Date geschreven = regel.getDate("geschrevenOp");
            boolean oud = geschreven == null || geschreven.toInstant().isBefore(begin);
            Set<String> leden = leden(regel);
            if (casusIds.contains(id) && leden.isEmpty() && oud) {
                mongo.remove(byId(id), REGELS);
            } else {
                ledenPerCasus.put(id, leden);
            }
        }
        for (Document sleutel : mongo.find(Query.query(Criteria.where("casussen.0").exists(true)), Document.class, SLEUTELS)) {
            String medewerkerId = medewerkerVan(sleutel.getString("_id"));
            Object[] zonderRegel = sleutel.getList("casussen", String.class, List.of()).stream()
                    .filter(c -> casusIds.contains(c) && !ledenPerCasus.getOrDefault(c, Set.of()).contains(medewerkerId)).toArray();
            if (zonderRegel.length > 0) {
                mongo.updateFirst(byId(sleutel.getString("_id")), new Update().pullAll("casussen", zonderRegel), SLEUTELS);
            }
        }
        mongo.upsert(byId(OPGEBOUWD), new Update().set("op", Date.from(Instant.now())).set("casussen", aantal.get()), SLEUTELS);
        return aantal.get();
    }

    private void schrijf(List<Casusregels> blok, Instant nu) {
        if (blok.stream().allMatch(c -> c.regels().isEmpty())) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, REGELS);
        blok.stream().filter(c -> !c.regels().isEmpty()).forEach(casus -> bulk.upsert(byId(casus.casusId().toString()), regels(casus.regels(), nu)));
        bulk.execute();
    }

    /** The key document of a person that holds this casus. */
    static String bucket(String medewerkerId, String casusId) {
        return SPREIDING.of(medewerkerId, casusId);
    }

    private static String medewerkerVan(String bucket) {
        return bucket.substring(0, bucket.lastIndexOf('#'));
    }

    private static Update sleutelErbij(String medewerkerId, Set<String> casusIds) {
        return new Update().set("medewerkerId", medewerkerId).addToSet("casussen").each(casusIds.toArray());
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** The casus's line: what every list shows of it (the same for everyone on it), and per person the role. */
    private static Update regels(Map<String, Werklijstregel> perPersoon, Instant nu) {
        Werklijstregel r = perPersoon.values().iterator().next();
        List<Document> rollen = perPersoon.entrySet().stream()
                .map(e -> new Document("medewerkerId", e.getKey()).append("rol", e.getValue().rol().name())).toList();
        return new Update().set("gemeenteCode", r.gemeenteCode()).set("geopendOp", Date.from(r.geopendOp())).set("regisseurId", r.regisseurId())
                .set("aantalKinderen", r.aantalKinderen()).set("aantalGesprekken", r.aantalGesprekken())
                .set("afgeslotenOp", r.afgeslotenOp() == null ? null : Date.from(r.afgeslotenOp())).set("rollen", rollen)
                .set("geschrevenOp", Date.from(nu));
    }

    private static Set<String> leden(Document casus) {
        Set<String> leden = new HashSet<>();
        casus.getList("rollen", Document.class, List.of()).forEach(r -> leden.add(r.getString("medewerkerId")));
        return leden;
    }

    private static Optional<TeamRol> rolVan(Document casus, String medewerkerId) {
        return casus.getList("rollen", Document.class, List.of()).stream().filter(r -> medewerkerId.equals(r.getString("medewerkerId")))
                .findFirst().map(r -> TeamRol.valueOf(r.getString("rol")));
    }

    private static Werklijstregel regel(Document d, TeamRol rol) {
        Date afgesloten = d.getDate("afgeslotenOp");
        return new Werklijstregel(new CasusId(UUID.fromString(d.getString("_id"))), d.getString("gemeenteCode"), rol,
                Objects.requireNonNull(d.getDate("geopendOp")).toInstant(), d.getString("regisseurId"), d.getInteger("aantalKinderen", 0),
                d.getInteger("aantalGesprekken", 0), afgesloten == null ? null : afgesloten.toInstant());
    }
}
