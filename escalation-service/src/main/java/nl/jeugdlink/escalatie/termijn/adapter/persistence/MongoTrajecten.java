package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.count;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.jeugdlink.escalatie.termijn.adapter.messaging.TermijnContracts;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Status;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.outbox.OutboxRelay;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.outbox.PendingEvent;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores a traject, its deadlines and its outgoing events as one document, so that a state change
 * and the events it causes are one atomic write.
 *
 * <p>A new traject is inserted (a second insert of the same referral loses on the key). A known
 * traject is written with a conditional update on its version that sets its state and appends its
 * new events to the outbox: appending rather than replacing the whole document means events the
 * relay published and removed in the meantime are never put back.
 */
public class MongoTrajecten implements Trajecten {

    private static final Logger log = LoggerFactory.getLogger(MongoTrajecten.class);
    private static final String COLLECTION = TrajectDocument.COLLECTION;
    private static final Set<String> NIET_GEZET = Set.of("_id", "version", "pendingEvents");

    private record Geladen(TrajectDocument document, Traject traject, boolean nieuw) implements Trajecten.Geladen {

        @Override
        public boolean heeftVerwerkt(String eventId) {
            return document.hasApplied(eventId);
        }
    }

    private final MongoTemplate mongo;
    private final OutgoingEvents outgoing;
    private final OutboxRelay relay;

    public MongoTrajecten(MongoTemplate mongo, OutgoingEvents outgoing, OutboxRelay relay) {
        this.mongo = mongo;
        this.outgoing = outgoing;
        this.relay = relay;
    }

    /** The indexes behind every query here; a store that lacks one still answers, only slower. */
    public void indexeer() {
        index(new Index().on("eerstVerstrijktOp", Sort.Direction.ASC).named("verstrijkt"));
        index(new Index().on("casusId", Sort.Direction.ASC).named("casus"));
        index(new Index().on("teamleden", Sort.Direction.ASC).named("teamlid"));
        index(new Index().on("gemeenteCode", Sort.Direction.ASC).on("termijnen.status", Sort.Direction.ASC).named("gemeente_status"));
    }

    private void index(Index index) {
        try {
            mongo.indexOps(COLLECTION).createIndex(index);
        } catch (RuntimeException e) {
            log.warn("could not create index on {}: {}", COLLECTION, e.getMessage());
        }
    }

    @Override
    public Trajecten.Geladen laad(String aanmeldingId, String gemeenteCode) {
        return vind(aanmeldingId).orElseGet(() -> new Geladen(new TrajectDocument(aanmeldingId, gemeenteCode),
                Traject.nieuw(aanmeldingId, gemeenteCode), true));
    }

    @Override
    public Optional<Trajecten.Geladen> vind(String aanmeldingId) {
        return Optional.ofNullable(mongo.findById(aanmeldingId, TrajectDocument.class, COLLECTION))
                .map(document -> new Geladen(document, document.traject(), false));
    }

    @Override
    public boolean bewaar(Trajecten.Geladen handle, List<TermijnEvent> events, @Nullable String verwerktEventId) {
        Geladen geladen = (Geladen) handle;
        TrajectDocument document = geladen.document();
        document.neemOver(geladen.traject());
        List<PendingEvent> nieuw = new ArrayList<>();
        for (TermijnEvent event : events) {
            var uitgaand = TermijnContracts.toContract(event);
            nieuw.add(outgoing.append(document, uitgaand.type(), uitgaand.payload()));
        }
        if (verwerktEventId != null) {
            document.markApplied(verwerktEventId);
        }
        if (geladen.nieuw()) {
            try {
                mongo.insert(document, COLLECTION);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Document stand = new Document();
        mongo.getConverter().write(document, stand);
        Update update = new Update();
        stand.forEach((veld, waarde) -> {
            if (!NIET_GEZET.contains(veld)) {
                update.set(veld, waarde);
            }
        });
        for (String veld : List.of("casusId", "ontvangenOp", "termijnPlichtig", "contactOp", "planOp", "hulpOp", "eindeOp",
                "regisseurId", "regisseurSinds", "eerstVerstrijktOp")) {
            if (!stand.containsKey(veld)) {
                update.unset(veld);
            }
        }
        if (!nieuw.isEmpty()) {
            update.push("pendingEvents").each(nieuw.stream().map(e -> (Object) mongo.getConverter().convertToMongoType(e)).toArray());
        }
        update.inc("version", 1);
        Query zelfdeVersie = Query.query(Criteria.where("_id").is(document.getId()).and("version").is(document.getVersion()));
        boolean geschreven = mongo.updateFirst(zelfdeVersie, update, COLLECTION).getMatchedCount() == 1;
        if (geschreven && !nieuw.isEmpty()) {
            // An update raises no save event, so the relay is woken here rather than waiting for its sweep.
            relay.wake(COLLECTION, document);
        }
        return geschreven;
    }

    @Override
    public List<String> verstreken(Instant nu, int hoogstens) {
        Query query = Query.query(Criteria.where("eerstVerstrijktOp").lte(nu))
                .with(Sort.by("eerstVerstrijktOp")).limit(hoogstens);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(d -> String.valueOf(d.get("_id"))).toList();
    }

    @Override
    public Set<String> gemeentenVan(@Nullable String casusId, @Nullable String aanmeldingId) {
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
                .map(MongoTrajecten::termijnVanTraject).toList();
        return new Pagina(termijnen, totaal);
    }

    @Override
    public Map<Telling, Long> lopend() {
        List<String> lopend = List.of(Status.OPEN.name(), Status.OVERSCHREDEN.name());
        var aggregation = newAggregation(
                match(Criteria.where("termijnen.status").in(lopend)),
                unwind("termijnen"),
                match(Criteria.where("termijnen.status").in(lopend)),
                group("gemeenteCode", "termijnen.soort", "termijnen.status").count().as("aantal"));
        Map<Telling, Long> telling = new HashMap<>();
        for (Document rij : mongo.aggregate(aggregation, COLLECTION, Document.class).getMappedResults()) {
            Document id = (Document) rij.get("_id");
            telling.put(new Telling(Soort.valueOf(id.getString("soort")), id.getString("gemeenteCode"), Status.valueOf(id.getString("status"))),
                    ((Number) rij.get("aantal")).longValue());
        }
        return telling;
    }

    private static TermijnVanTraject termijnVanTraject(Document rij) {
        Document t = (Document) rij.get("termijnen");
        Termijn termijn = new Termijn(Soort.valueOf(t.getString("soort")), ((Number) t.get("werkdagen")).intValue(), instant(t, "gestartOp"),
                LocalDate.parse(t.getString("uiterlijk")), instant(t, "verstrijktOp"), Status.valueOf(t.getString("status")),
                instantOfNull(t, "gestoptOp"), instantOfNull(t, "overschredenOp"),
                t.get("werkdagenTeLaat") == null ? null : ((Number) t.get("werkdagenTeLaat")).intValue());
        return new TermijnVanTraject(String.valueOf(rij.get("_id")), rij.getString("casusId"), rij.getString("gemeenteCode"), termijn);
    }

    private static Instant instant(Document d, String veld) {
        Instant waarde = instantOfNull(d, veld);
        if (waarde == null) {
            throw new IllegalStateException("stored deadline without " + veld);
        }
        return waarde;
    }

    private static @Nullable Instant instantOfNull(Document d, String veld) {
        Object waarde = d.get(veld);
        return waarde instanceof Date date ? date.toInstant() : null;
    }
}
