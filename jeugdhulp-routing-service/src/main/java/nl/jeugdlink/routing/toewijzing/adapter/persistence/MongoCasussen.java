package nl.jeugdlink.routing.toewijzing.adapter.persistence;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import nl.jeugdlink.routing.ijw.adapter.persistence.VerzendendDocument;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stores a casus, its toewijzingen and its outgoing events as one document. A casus is inserted
 * once (a second CasusGeopend loses on the key); a change is saved under its {@code @Version}, and a
 * lost race is run again on the fresh state. The outbox relay bumps the version when it removes
 * published events, so a write from an older copy never puts them back.
 */
public class MongoCasussen implements Casussen {

    private static final Logger log = LoggerFactory.getLogger(MongoCasussen.class);

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final EventMapper<ToewijzingEvent> contracts;
    private final ToewijzingSleutels sleutels;

    public MongoCasussen(MongoTemplate mongo, DocumentWriter writer, EventMapper<ToewijzingEvent> contracts) {
        this.mongo = mongo;
        this.writer = writer;
        this.contracts = contracts;
        this.sleutels = new ToewijzingSleutels(mongo);
        // The reads by care provider, by toewijzing and by municipality stay on an index.
        for (String veld : List.of("toewijzingen.agbCode", "toewijzingen.toewijzingId", "gemeenteCode")) {
            try {
                mongo.indexOps(CasusDocument.COLLECTION).createIndex(new Index().on(veld, Sort.Direction.ASC));
            } catch (RuntimeException e) {
                log.warn("could not index {}.{}: {}", CasusDocument.COLLECTION, veld, e.getMessage());
            }
        }
    }

    @Override
    public boolean neemOp(Casus casus) {
        // The id is the casus id: a duplicate key is the same CasusGeopend delivered again.
        return writer.insertIfAbsent(new CasusDocument(casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), casus.geopendOp()));
    }

    @Override
    public List<Boolean> neemOp(List<Casus> casussen) {
        // One ordered bulk insert for the poll: a casus already stored (the same CasusGeopend again) answers false, the rest go in.
        return writer.insertAllIfAbsent(casussen.stream()
                .map(casus -> new CasusDocument(casus.casusId(), casus.aanmeldingId(), casus.gemeenteCode(), casus.geopendOp())).toList());
    }

    @Override
    public Optional<Boolean> sluit(String casusId, java.time.Instant afgeslotenOp) {
        // Read by _id; written only when it closes the casus now - a closure delivered again costs the read alone.
        java.util.concurrent.atomic.AtomicBoolean bekend = new java.util.concurrent.atomic.AtomicBoolean();
        Optional<Boolean> gesloten = writer.update(casusId, CasusDocument.class, document -> {
            bekend.set(true);
            Casus casus = toDomain(document);
            if (!casus.sluit(afgeslotenOp)) {
                return Optional.empty();
            }
            document.sluit(casus.afgeslotenOp());
            return Optional.of(true);
        });
        return bekend.get() ? Optional.of(gesloten.orElse(false)) : Optional.empty();
    }

    @Override
    public Optional<Casus> find(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, CasusDocument.class)).map(MongoCasussen::toDomain);
    }

    @Override
    public Optional<Casus> wijzig(String casusId, Function<Casus, List<ToewijzingEvent>> wijziging) {
        return writer.update(casusId, CasusDocument.class, document -> {
            Casus casus = toDomain(document);
            List<ToewijzingEvent> events = wijziging.apply(casus);
            Set<String> waren = document.toewijzingen().stream().map(CasusDocument.ToewijzingDoc::toewijzingId).collect(Collectors.toSet());
            // The keys of new toewijzingen before the casus: a stored toewijzing can always be found by its id.
            sleutels.schrijf(writer, casusId, casus.toewijzingen().stream().map(t -> t.toewijzingId()).filter(id -> !waren.contains(id)).toList());
            casus.toewijzingen().stream().filter(t -> !waren.contains(t.toewijzingId()))
                    .forEach(t -> sleutels.schrijfNummer(writer, casusId, t.gemeente(casus.gemeenteCode()), t.toewijzingNummer(), t.toewijzingId()));
            document.neemOver(casus.toewijzingen().stream().map(ToewijzingMapping::doc).toList());
            document.neemBepalingenOver(casus.bepalingen().stream().map(ToewijzingMapping::doc).toList());
            document.neemVoornemensOver(casus.voornemens().stream().map(ToewijzingMapping::doc).toList());
            document.sluit(casus.afgeslotenOp());
            writer.append(document, events, contracts);
            // The JW301s these events make due, in the same write: sent after it, or later from here after a crash (ADR 0047).
            document.maakVerschuldigd(events.stream().flatMap(e -> e.jw301().stream()).toList());
            return Optional.of(casus);
        });
    }

    @Override
    public Optional<Verschuldigd> teVersturen(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, CasusDocument.class)).map(d -> new Verschuldigd(toDomain(d),
                VerzendendDocument.kenmerken(d.getTeVersturen()), d.getTeVersturen().stream().map(VerzendendDocument.Markering::markering).toList()));
    }

    @Override
    public void verstuurd(String casusId, List<String> markeringen) {
        VerzendendDocument.verstuurd(mongo, CasusDocument.COLLECTION, casusId, markeringen);
    }

    @Override
    public void maakVerschuldigd(String casusId, List<String> toewijzingIds) {
        writer.update(casusId, CasusDocument.class, document -> {
            document.maakVerschuldigd(toewijzingIds);
            return Optional.of(true);
        });
    }

    @Override
    public List<String> metTeVersturen(int max) {
        return VerzendendDocument.metTeVersturen(mongo, CasusDocument.COLLECTION, max);
    }

    /**
     * Once per store: the keys of toewijzingen stored before they existed. A scan of the casussen with
     * toewijzingen, so at start only, and a marker keeps it from running again.
     */
    public void vulSleutelsAan() {
        if (sleutels.aangevuld()) {
            return;
        }
        int aantal = 0;
        try (var documenten = mongo.stream(Query.query(Criteria.where("toewijzingen.0").exists(true)), CasusDocument.class)) {
            for (CasusDocument document : (Iterable<CasusDocument>) documenten::iterator) {
                List<String> ids = document.toewijzingen().stream().map(CasusDocument.ToewijzingDoc::toewijzingId).toList();
                sleutels.schrijf(writer, document.getId(), ids);
                document.toewijzingen().forEach(t -> sleutels.schrijfNummer(writer, document.getId(),
                        t.toewijzendeGemeente() == null ? document.gemeenteCode() : t.toewijzendeGemeente(), t.toewijzingNummer(),
                        t.toewijzingId()));
                aantal += ids.size();
            }
        }
        sleutels.markeerAangevuld();
        if (aantal > 0) {
            log.info("toewijzing keys filled with {} toewijzing id(s) of an earlier store", aantal);
        }
    }

    static Casus toDomain(CasusDocument d) {
        return new Casus(d.getId(), d.aanmeldingId(), d.gemeenteCode(), d.geopendOp(), d.afgeslotenOp(),
                d.toewijzingen().stream().map(ToewijzingMapping::toewijzing).toList(), d.bepalingen().stream().map(ToewijzingMapping::bepaling).toList(),
                d.voornemens().stream().map(ToewijzingMapping::voornemen).toList());
    }
}
