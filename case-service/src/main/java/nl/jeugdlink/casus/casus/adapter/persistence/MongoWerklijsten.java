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
import nl.jeugdlink.platform.persistence.Pages;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The worklists as <b>one small document per casus</b> ({@code werklijst_casussen}, {@code _id} = the casus id: what a
 * line shows, plus who is on it in which role) with an index of ids per person in <b>bounded pages</b>
 * ({@code werklijst_paginas}, {@code _id} = {@code medewerkerId#k}, at most {@value Pages#SIZE} ids each) under a head
 * document per person ({@code _id} = the medewerkerId: how many places were handed out): the platform's {@link Pages}. Listing reads the head by
 * {@code _id}, the person's pages by {@code _id $in}, then their casussen' lines by {@code _id $in}: the embedded store
 * answers all three from its {@code _id} index.
 *
 * <p>Why this shape (docs/performance.md): a line changes far more often than who is on a list (a conversation, the
 * regisseur, the closure), and the lines of one casus differ per person only in the role. So a change of a casus rewrites
 * one document of a few hundred bytes, whoever and however many are on it; only a person joining or leaving touches the
 * index. Before, the index was 64 hash buckets per person: each grew with the person's casussen (15.6 KB at 25,000 for
 * the one gedragswetenschapper of the bench), and every join rewrote one of them whole. Now a joiner takes the next
 * place from the head ({@code $inc}, atomic, so concurrent writers never share one) and its id goes into the page of that
 * place: no document grows past {@value Pages#SIZE} ids, however many casussen a person has. Which page holds a person's
 * key is kept on the casus's line ({@code paginas}), so a leaver's key is pulled from that one page. A batch takes one
 * place count per person joining and writes each page it touches once.
 *
 * <p>Order of writes, so a crash in between leaves nothing wrong on a list: a joiner's key is written before the casus's
 * line (a key whose line does not name the person is skipped when listing), a leaver's key is removed after it. What
 * heals a line lost to a crash between the casus write and these writes is {@link #herbouw} (see the canvas).
 */
public class MongoWerklijsten implements Werklijsten {

    static final String REGELS = "werklijst_casussen";
    static final String PAGINAS = "werklijst_paginas";
    /** The layouts of before (one document per person; one line per person and casus; 64 hash buckets per person). */
    static final List<String> VOORHEEN = List.of("werklijsten", "werklijstregels", "werklijst_sleutels");
    /** Marks that the lists were built in this layout at least once (the first start of this version rebuilds them). */
    static final String OPGEBOUWD = "~opgebouwd-4";
    private static final int BULK = 500;

    private final MongoTemplate mongo;
    /** Per person the ids of their casussen; the page field names are those stored before the platform had them. */
    private final Pages index;

    public MongoWerklijsten(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new Pages(mongo, PAGINAS, "medewerkerId", "casussen");
    }

    @Override
    public void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
        werkBijAlle(List.of(new Wijziging(casusId, voor, na)));
    }

    /**
     * A batch in a handful of writes, whatever its size: per casus what changed from its first {@code voor} to its last
     * {@code na} in the batch. A read of the stored lines only where people join or leave a casus that had people on it
     * (their pages are kept there); one place count per person joining; each page once; the lines; the leavers' pages.
     */
    @Override
    public void werkBijAlle(List<Wijziging> wijzigingen) {
        Map<String, Map<String, Werklijstregel>> eerst = new LinkedHashMap<>();
        Map<String, Map<String, Werklijstregel>> laatst = new LinkedHashMap<>();
        for (Wijziging w : wijzigingen) {
            eerst.putIfAbsent(w.casusId().toString(), w.voor());
            laatst.put(w.casusId().toString(), w.na());
        }
        Map<String, Map<String, Werklijstregel>> gewijzigd = new LinkedHashMap<>();
        Map<String, List<String>> erbij = new LinkedHashMap<>(); // medewerker -> casus ids joined
        Set<String> ledenGewijzigd = new LinkedHashSet<>();
        Set<String> teLezen = new LinkedHashSet<>();
        laatst.forEach((casus, na) -> {
            Map<String, Werklijstregel> voor = eerst.get(casus);
            if (voor.equals(na)) {
                return; // nothing any list shows changed
            }
            gewijzigd.put(casus, na);
            if (!voor.keySet().equals(na.keySet())) {
                ledenGewijzigd.add(casus);
                na.keySet().stream().filter(m -> !voor.containsKey(m)).forEach(m -> erbij.computeIfAbsent(m, k -> new ArrayList<>()).add(casus));
                if (!voor.isEmpty()) {
                    teLezen.add(casus);
                }
            }
        });
        if (gewijzigd.isEmpty()) {
            return;
        }
        Map<String, Map<String, Long>> opgeslagen = paginasVan(teLezen);
        Map<String, Map<String, Long>> paginas = new HashMap<>(); // casus -> medewerker -> page
        index.add(erbij).forEach((medewerker, geplaatst) -> geplaatst.forEach(
                (casus, pagina) -> paginas.computeIfAbsent(casus, c -> new HashMap<>()).put(medewerker, pagina.number())));
        Instant nu = Instant.now();
        Map<Pages.Page, Set<String>> eraf = new LinkedHashMap<>(); // page -> casus ids
        BulkOperations regels = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, REGELS);
        gewijzigd.forEach((casus, na) -> {
            Map<String, Long> bekend = opgeslagen.getOrDefault(casus, Map.of());
            for (String m : eerst.get(casus).keySet()) {
                if (!na.containsKey(m)) {
                    Long pagina = bekend.get(m);
                    // A key whose page is unknown (a line lost and rebuilt in between) stays; listing skips it.
                    if (pagina != null) {
                        eraf.computeIfAbsent(new Pages.Page(m, pagina), p -> new LinkedHashSet<>()).add(casus);
                    }
                }
            }
            if (na.isEmpty()) {
                regels.remove(byId(casus));
                return;
            }
            Update update = regels(na, nu);
            if (ledenGewijzigd.contains(casus)) {
                Map<String, Long> nieuw = paginas.getOrDefault(casus, Map.of());
                update.set("paginas", na.keySet().stream().filter(m -> nieuw.containsKey(m) || bekend.containsKey(m))
                        .map(m -> new Document("medewerkerId", m).append("pagina", nieuw.getOrDefault(m, bekend.get(m)))).toList());
            }
            regels.upsert(byId(casus), update);
        });
        regels.execute();
        index.remove(eraf);
    }

    @Override
    public List<Werklijstregel> van(String medewerkerId) {
        Set<String> casusIds = index.members(medewerkerId);
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
        return mongo.findById(OPGEBOUWD, Document.class, PAGINAS) != null;
    }

    /**
     * Builds the index anew: drops it (and the layouts of before), then writes every casus's line and its people's keys
     * in bulks of {@value #BULK}, as a batch of openings would; then removes the lines of these casussen that nobody is
     * on any more. A change while this runs takes its places after the ones handed out here, so its key is kept; a line
     * written by a change while this runs ({@code geschrevenOp} after the start) is kept. One scan of the lines, here and
     * nowhere else.
     */
    @Override
    public long herbouw(Stream<Casusregels> casussen) {
        Instant begin = Instant.now();
        VOORHEEN.forEach(mongo::dropCollection);
        mongo.dropCollection(PAGINAS);
        Set<String> casusIds = new HashSet<>();
        AtomicLong aantal = new AtomicLong();
        List<Wijziging> blok = new ArrayList<>(BULK);
        casussen.forEach(casus -> {
            aantal.incrementAndGet();
            casusIds.add(casus.casusId().toString());
            if (!casus.regels().isEmpty()) {
                blok.add(new Wijziging(casus.casusId(), Map.of(), casus.regels()));
            }
            if (blok.size() == BULK) {
                werkBijAlle(blok);
                blok.clear();
            }
        });
        werkBijAlle(blok);

        Query alleRegels = new Query();
        alleRegels.fields().include("rollen").include("geschrevenOp");
        for (Document regel : mongo.find(alleRegels, Document.class, REGELS)) {
            String id = regel.getString("_id");
            Date geschreven = regel.getDate("geschrevenOp");
            boolean oud = geschreven == null || geschreven.toInstant().isBefore(begin);
            if (casusIds.contains(id) && oud) {
                mongo.remove(byId(id), REGELS); // a casus that implies no line now: its line was written before this began
            }
        }
        mongo.upsert(byId(OPGEBOUWD), new Update().set("op", Date.from(Instant.now())).set("casussen", aantal.get()), PAGINAS);
        return aantal.get();
    }

    /** Per casus, per person on it, the page that holds the person's key, as the stored line says. */
    private Map<String, Map<String, Long>> paginasVan(Set<String> casusIds) {
        if (casusIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Long>> paginas = new HashMap<>();
        Query lines = Query.query(Criteria.where("_id").in(casusIds));
        lines.fields().include("paginas");
        for (Document regel : mongo.find(lines, Document.class, REGELS)) {
            Map<String, Long> perPersoon = new HashMap<>();
            regel.getList("paginas", Document.class, List.of())
                    .forEach(p -> perPersoon.put(p.getString("medewerkerId"), p.get("pagina", Number.class).longValue()));
            paginas.put(regel.getString("_id"), perPersoon);
        }
        return paginas;
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
