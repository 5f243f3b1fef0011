package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.count;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.function.Function;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.Vervaldagen.Vervaldag;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stores a traject, its deadlines and its outgoing events as one document, so that a state change
 * and the events it causes are one atomic write.
 *
 * <p>Written through the platform's {@link DocumentWriter}: a new traject is inserted (a second insert
 * of the same referral loses on the key), a known one saved under its {@code @Version}, and a lost race
 * redone on the fresh copy under the platform's one retry policy. The outbox relay bumps that version
 * when it removes published events, so a write based on an older copy loses and is redone instead of
 * putting them back.
 */
public class MongoTrajecten implements Trajecten {

    private static final Logger log = LoggerFactory.getLogger(MongoTrajecten.class);
    private static final String COLLECTION = TrajectDocument.COLLECTION;

    private record Geladen(TrajectDocument document, Traject traject) implements Trajecten.Geladen {

        @Override
        public boolean heeftVerwerkt(String eventId) {
            return document.hasApplied(eventId);
        }
    }

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final EventMapper<TermijnEvent> mapper;
    private final Vervaldagen vervaldagen;
    private final Sleutels sleutels;
    private final Tellingen tellingen;

    /** @param mapper the messaging adapter's mapping of deadline events to their contracts, passed in by the feature's configuration */
    public MongoTrajecten(MongoTemplate mongo, DocumentWriter writer, EventMapper<TermijnEvent> mapper) {
        this.mongo = mongo;
        this.writer = writer;
        this.mapper = mapper;
        this.vervaldagen = new Vervaldagen(mongo);
        this.sleutels = new Sleutels(mongo, writer);
        this.tellingen = new Tellingen(mongo);
    }

    /** The indexes behind every query here; a store that lacks one still answers, only slower. */
    public void indexeer() {
        // A versioned save asks for {_id, version}; the embedded store uses an index only when the query has exactly its
        // fields, so without this one every save of a traject scanned the collection (docs/performance.md, the sweep).
        // The platform's OutboxRelay creates the same index (same name, so a no-op here) on every aggregate collection in
        // a running service; it stays here for the sweep bench, which builds this store without the platform.
        index(new Index().on("_id", Sort.Direction.ASC).on("version", Sort.Direction.ASC).unique().named("id_versie"));
        index(new Index().on("eerstVerstrijktOp", Sort.Direction.ASC).named("verstrijkt"));
        index(new Index().on("casusId", Sort.Direction.ASC).named("casus"));
        index(new Index().on("termijnen.termijnId", Sort.Direction.ASC).named("termijn"));
        index(new Index().on("teamleden", Sort.Direction.ASC).named("teamlid"));
        index(new Index().on("gemeenteCode", Sort.Direction.ASC).on("termijnen.status", Sort.Direction.ASC).named("gemeente_status"));
        try {
            vervaldagen.indexeer();
        } catch (RuntimeException e) {
            log.warn("could not create index on {}: {}", Vervaldagen.COLLECTION, e.getMessage());
        }
        // Each change of a counter document is written under its version: by index, as a versioned save of a traject.
        try {
            mongo.indexOps(Tellingen.COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC).on(Tellingen.VERSIE, Sort.Direction.ASC)
                    .unique().named("id_v"));
        } catch (RuntimeException e) {
            log.warn("could not create index on {}: {}", Tellingen.COLLECTION, e.getMessage());
        }
    }

    /** Once per store and layout: the due-index's entries of an earlier layout moved into their own documents. */
    public void verdeelVervaldagen() {
        int verplaatst = vervaldagen.verdeelOudeDagen();
        if (verplaatst > 0) {
            log.info("due-index: {} deadline(s) of an earlier layout moved into their own documents ({} per day)", verplaatst,
                    Vervaldagen.DELEN);
        }
    }

    /**
     * Once per store: lists in the due-index the open deadlines of trajecten stored before it existed
     * (a store of an earlier version). A scan of the trajecten with an open deadline, so it runs at
     * start only, and a marker keeps it from running again.
     */
    public void vulVervaldagenAan() {
        if (vervaldagen.aangevuld()) {
            return;
        }
        Query open = Query.query(Criteria.where("eerstVerstrijktOp").exists(true));
        int aantal = 0;
        try (var documenten = mongo.stream(open, TrajectDocument.class, COLLECTION)) {
            for (TrajectDocument document : (Iterable<TrajectDocument>) documenten::iterator) {
                Set<Vervaldag> wachtend = wachtend(document);
                vervaldagen.schrijf(wachtend);
                aantal += wachtend.size();
            }
        }
        vervaldagen.markeerAangevuld();
        if (aantal > 0) {
            log.info("due-index filled with {} open deadline(s) of an earlier store", aantal);
        }
    }

    /**
     * Once per store: the casus and deadline keys ({@link Sleutels}) of trajecten stored before they
     * existed. A scan of every traject, so at start only, and a marker keeps it from running again.
     */
    public void vulSleutelsAan() {
        if (sleutels.aangevuld()) {
            return;
        }
        int aantal = 0;
        try (var documenten = mongo.stream(new Query(), TrajectDocument.class, COLLECTION)) {
            for (TrajectDocument document : (Iterable<TrajectDocument>) documenten::iterator) {
                Set<String> sleutelsVan = sleutels(document);
                sleutels.schrijf(document.getId(), sleutelsVan);
                aantal += sleutelsVan.size();
            }
        }
        sleutels.markeerAangevuld();
        if (aantal > 0) {
            log.info("traject keys filled with {} casus and deadline id(s) of an earlier store", aantal);
        }
    }

    /**
     * Once per store: each traject's share in the counters of running deadlines ({@link Tellingen}), for trajecten
     * stored before the shares existed. A scan of the trajecten with a deadline, so at start only; the counters
     * keep their own mark.
     */
    public void vulTellingenAan() {
        if (tellingen.aangevuld()) {
            return;
        }
        if (tellingen.verhuisUitOudeIndeling()) {
            log.info("running-deadline counters moved from the 64 documents of the earlier layout into {}", Tellingen.EMMERS);
            return;
        }
        Map<String, Tellingen.Aandeel> aandelen = new HashMap<>();
        Query metTermijnen = Query.query(Criteria.where("termijnen.0").exists(true));
        try (var documenten = mongo.stream(metTermijnen, TrajectDocument.class, COLLECTION)) {
            for (TrajectDocument document : (Iterable<TrajectDocument>) documenten::iterator) {
                aandelen.put(document.getId(), aandeel(document));
            }
        }
        tellingen.vul(aandelen);
        if (!aandelen.isEmpty()) {
            log.info("running-deadline counters filled with the shares of {} traject(en) of an earlier store", aandelen.size());
        }
    }

    /** For a test, or a store whose counters are to be recounted: the next start fills every share again. */
    public void vergeetTellingen() {
        tellingen.vergeetGevuld();
    }

    private void index(Index index) {
        try {
            mongo.indexOps(COLLECTION).createIndex(index);
        } catch (RuntimeException e) {
            log.warn("could not create index on {}: {}", COLLECTION, e.getMessage());
        }
    }

    @Override
    public Optional<Trajecten.Geladen> vind(String aanmeldingId) {
        return Optional.ofNullable(mongo.findById(aanmeldingId, TrajectDocument.class, COLLECTION))
                .map(document -> new Geladen(document, document.traject()));
    }

    @Override
    public Optional<List<TermijnEvent>> wijzig(String aanmeldingId, String gemeenteCode, @Nullable String eventId,
            Function<Traject, List<TermijnEvent>> wijziging) {
        return wijzigAlle(List.of(new Opdracht(aanmeldingId, gemeenteCode, eventId, wijziging))).getFirst();
    }

    /**
     * A poll's facts in one read of their trajecten and one bulk write of them, their side documents in one bulk per
     * collection before and after ({@link Schrijfronde}); a fact that changes nothing writes nothing.
     */
    @Override
    public List<Optional<List<TermijnEvent>>> wijzigAlle(List<Opdracht> opdrachten) {
        return new Schrijfronde(writer, mapper, sleutels, vervaldagen, tellingen, opdrachten.stream()
                .map(o -> new Schrijfronde.Opdracht(o.aanmeldingId(), o.gemeenteCode(), o.eventId(), o.wijziging())).toList()).schrijf();
    }

    @Override
    public Optional<List<TermijnEvent>> wijzigBestaand(String aanmeldingId, Function<Traject, List<TermijnEvent>> wijziging) {
        return wijzigAlleBestaand(List.of(new BestaandeOpdracht(aanmeldingId, wijziging))).getFirst();
    }

    /** A sweep's changes as a poll's facts: one read of their trajecten, one bulk write, the side documents in bulk. */
    @Override
    public List<Optional<List<TermijnEvent>>> wijzigAlleBestaand(List<BestaandeOpdracht> opdrachten) {
        return new Schrijfronde(writer, mapper, sleutels, vervaldagen, tellingen, opdrachten.stream()
                .map(o -> new Schrijfronde.Opdracht(o.aanmeldingId(), null, null, o.wijziging())).toList()).schrijf();
    }

    /** The keys a stored traject can be found by besides its id: its casus and its deadlines. */
    private static Set<String> sleutels(TrajectDocument document) {
        return Schrijfronde.Vorm.van(document).sleutels();
    }

    /** The running deadlines of a stored traject, per counter cell ({@link Tellingen#cel}). */
    private static Map<String, Long> lopend(TrajectDocument document) {
        return Schrijfronde.Vorm.van(document).lopend();
    }

    /** The deadlines of a stored traject the due-index lists, at their next moment: open ones when they pass, breaches still to reach their next person. */
    private static Set<Vervaldag> wachtend(TrajectDocument document) {
        return Schrijfronde.Vorm.van(document).wachtend();
    }

    private record Voortgang(Vervaldagen.Gelezen gelezen) {
    }

    @Override
    public Ronde verstreken(Instant nu, int hoogstens) {
        Vervaldagen.Gelezen gelezen = vervaldagen.lees(nu, hoogstens);
        List<String> trajecten = gelezen.verstreken().stream().map(Vervaldag::aanmeldingId).distinct().toList();
        return new Ronde(nu, trajecten, trajecten.size() < hoogstens, new Voortgang(gelezen));
    }

    @Override
    public void afgerond(Ronde ronde) {
        Vervaldagen.Gelezen gelezen = ((Voortgang) ronde.voortgang()).gelezen();
        LocalDate cursor = gelezen.cursor();
        if (cursor == null) {
            return;
        }
        // Each traject written by the sweep took its deadlines out of the index; what is still listed as due was not
        // changed by it: a deadline met or moved by a write that could not clean up, or listed by a write that was lost.
        // Read from their own documents only, not the days again: a sweep with nothing due reads nothing here.
        Set<Vervaldag> nogDaar = vervaldagen.nogVermeld(gelezen.verstreken());
        LocalDate laagste = gelezen.tot();
        List<Vervaldag> weg = new ArrayList<>();
        for (Vervaldag v : gelezen.verstreken()) {
            if (!nogDaar.contains(v)) {
                continue;
            }
            if (wachtNiet(v, ronde.nu())) {
                weg.add(v);
            } else if (v.dag().isBefore(laagste)) {
                laagste = v.dag();
            }
        }
        vervaldagen.vergeet(weg);
        if (ronde.volledig()) {
            vervaldagen.verzet(gelezen, laagste);
        }
    }

    /**
     * Whether a listed deadline no longer waits: its traject holds it, but no longer open with that moment;
     * or, a day after it was due, its traject does not hold it at all (the write that listed it was lost).
     * A deadline listed but not yet in its traject may be a write still under way: it stays.
     */
    private boolean wachtNiet(Vervaldag v, Instant nu) {
        TrajectDocument document = mongo.findById(v.aanmeldingId(), TrajectDocument.class, COLLECTION);
        var termijn = document == null ? null : document.traject().termijn(v.termijnId());
        if (termijn == null) {
            return v.verstrijktOp().isBefore(nu.minus(java.time.Duration.ofDays(1)));
        }
        return !v.verstrijktOp().equals(termijn.volgendMoment());
    }

    @Override
    public Optional<Trajecten.Geladen> vindMetTermijn(String termijnId) {
        return metSleutel(Sleutels.termijn(termijnId))
                .filter(d -> d.termijnDocs().stream().anyMatch(t -> termijnId.equals(t.id(d.getId()))))
                .map(document -> new Geladen(document, document.traject()));
    }

    @Override
    public Optional<Trajecten.Geladen> vindMetCasus(String casusId) {
        return metCasus(casusId).map(document -> new Geladen(document, document.traject()));
    }

    private Optional<TrajectDocument> metCasus(String casusId) {
        return metSleutel(Sleutels.casus(casusId)).filter(d -> casusId.equals(d.casusId()));
    }

    /** The traject a key names: two reads by _id; the caller checks that the traject holds what the key says. */
    private Optional<TrajectDocument> metSleutel(String sleutel) {
        return sleutels.traject(sleutel).map(id -> mongo.findById(id, TrajectDocument.class, COLLECTION));
    }

    /** The one traject of a casus and/or referral, read by _id; empty when they do not name the same one. */
    private Optional<TrajectDocument> eenTraject(@Nullable String casusId, @Nullable String aanmeldingId) {
        Optional<TrajectDocument> gevonden = aanmeldingId != null
                ? Optional.ofNullable(mongo.findById(aanmeldingId, TrajectDocument.class, COLLECTION))
                : metCasus(java.util.Objects.requireNonNull(casusId));
        return gevonden.filter(d -> casusId == null || casusId.equals(d.casusId()));
    }

    @Override
    public Set<String> gemeentenVan(@Nullable String casusId, @Nullable String aanmeldingId) {
        if (casusId != null || aanmeldingId != null) {
            return eenTraject(casusId, aanmeldingId).map(d -> Set.of(d.gemeenteCode())).orElse(Set.of());
        }
        Criteria criteria = new Criteria();
        if (casusId != null) {
            criteria.and("casusId").is(casusId);
        }
        if (aanmeldingId != null) {
            criteria.and("_id").is(aanmeldingId);
        }
        Query query = Query.query(criteria);
        query.fields().include("gemeenteCode");
        Set<String> gemeenten = new LinkedHashSet<>();
        mongo.find(query, Document.class, COLLECTION).forEach(d -> gemeenten.add(d.getString("gemeenteCode")));
        return gemeenten;
    }

    @Override
    public Pagina zoek(Zoekvraag vraag) {
        List<String> statussen = vraag.statussen().stream().map(Enum::name).sorted().toList();
        String gemeente = vraag.gemeenteCode();
        // Only the asker's municipalities, whatever else the question says.
        Set<String> zichtbaar = gemeente == null ? vraag.gemeenten() : vraag.gemeenten().contains(gemeente) ? Set.of(gemeente) : Set.of();
        if (vraag.casusId() != null || vraag.aanmeldingId() != null) {
            return vanEenTraject(vraag, zichtbaar, statussen);
        }
        Criteria traject = Criteria.where("gemeenteCode").in(zichtbaar);
        if (vraag.casusId() != null) {
            traject.and("casusId").is(vraag.casusId());
        }
        if (vraag.aanmeldingId() != null) {
            traject.and("_id").is(vraag.aanmeldingId());
        }
        if (vraag.medewerkerId() != null) {
            traject.and("teamleden").is(vraag.medewerkerId());
        }
        traject.and("termijnen.status").in(statussen);
        List<AggregationOperation> filter = List.of(match(traject), unwind("termijnen"), match(Criteria.where("termijnen.status").in(statussen)));

        List<AggregationOperation> tellen = new ArrayList<>(filter);
        tellen.add(count().as("totaal"));
        Document telling = mongo.aggregate(newAggregation(tellen), COLLECTION, Document.class).getUniqueMappedResult();
        long totaal = telling == null ? 0 : ((Number) telling.get("totaal")).longValue();

        List<AggregationOperation> pagina = new ArrayList<>(filter);
        pagina.add(sort(Sort.by("termijnen.uiterlijk", "_id", "termijnen.soort")));
        pagina.add(skip((long) (vraag.pagina() - 1) * vraag.paginaGrootte()));
        pagina.add(limit(vraag.paginaGrootte()));
        List<TermijnVanTraject> termijnen = mongo.aggregate(newAggregation(pagina), COLLECTION, Document.class).getMappedResults().stream()
                .map(this::termijnVanTraject).toList();
        return new Pagina(termijnen, totaal);
    }

    /**
     * The deadlines of the one traject a casus or referral names, read by _id and filtered and paged
     * here, as the aggregation below would: a query on casusId scans every traject on the embedded store.
     */
    private Pagina vanEenTraject(Zoekvraag vraag, Set<String> zichtbaar, List<String> statussen) {
        TrajectDocument document = eenTraject(vraag.casusId(), vraag.aanmeldingId())
                .filter(d -> zichtbaar.contains(d.gemeenteCode()))
                .filter(d -> vraag.medewerkerId() == null || d.teamleden().contains(vraag.medewerkerId()))
                .orElse(null);
        if (document == null) {
            return new Pagina(List.of(), 0);
        }
        List<TrajectDocument.TermijnDoc> gekozen = document.termijnDocs().stream().filter(t -> statussen.contains(t.status()))
                .sorted(java.util.Comparator.comparing(TrajectDocument.TermijnDoc::uiterlijk).thenComparing(TrajectDocument.TermijnDoc::soort))
                .toList();
        long van = Math.min(gekozen.size(), (long) (vraag.pagina() - 1) * vraag.paginaGrootte());
        List<TermijnVanTraject> termijnen = gekozen.subList((int) van, (int) Math.min(gekozen.size(), van + vraag.paginaGrootte())).stream()
                .map(t -> new TermijnVanTraject(document.getId(), document.casusId(), document.gemeenteCode(),
                        t.termijn(document.getId(), document.gemeenteCode())))
                .toList();
        return new Pagina(termijnen, gekozen.size());
    }

    /**
     * From the shares every write keeps ({@link Tellingen}): {@value Tellingen#EMMERS} reads by _id, whatever the number of
     * trajecten, and one more by _id for a traject whose share a crash left behind.
     */
    @Override
    public Map<Telling, Long> lopend() {
        return tellingen.lees(aanmeldingId -> {
            TrajectDocument document = mongo.findById(aanmeldingId, TrajectDocument.class, COLLECTION);
            return document == null ? null : aandeel(document);
        });
    }

    private static Tellingen.Aandeel aandeel(TrajectDocument document) {
        return new Tellingen.Aandeel(document.telnummer(), lopend(document));
    }

    /** An unwound row: the traject's fields with one deadline, read as the stored deadline shape. */
    private TermijnVanTraject termijnVanTraject(Document rij) {
        String aanmeldingId = String.valueOf(rij.get("_id"));
        String gemeenteCode = rij.getString("gemeenteCode");
        Termijn termijn = mongo.getConverter().read(TrajectDocument.TermijnDoc.class, (Document) rij.get("termijnen")).termijn(aanmeldingId, gemeenteCode);
        return new TermijnVanTraject(aanmeldingId, rij.getString("casusId"), gemeenteCode, termijn);
    }
}
