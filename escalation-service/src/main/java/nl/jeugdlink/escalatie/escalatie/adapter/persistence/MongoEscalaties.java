package nl.jeugdlink.escalatie.escalatie.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.escalatie.escalatie.domain.Escalatie;
import nl.jeugdlink.escalatie.escalatie.domain.EscalatieEvent;
import nl.jeugdlink.escalatie.escalatie.domain.Escalaties;
import nl.jeugdlink.escalatie.escalatie.domain.Verslag;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The escalations in MongoDB, one document per traject ({@code _id} = its referral): every act loads
 * by {@code _id} and writes through the platform's {@link DocumentWriter} with its events. The learning
 * report finds its dossiers through {@link LeerverslagIndexDocument} (per municipality and year), by {@code _id} too.
 */
public class MongoEscalaties implements Escalaties {

    private static final String COLLECTION = EscalatiedossierDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final EventMapper<EscalatieEvent> mapper;

    public MongoEscalaties(MongoTemplate mongo, DocumentWriter writer, EventMapper<EscalatieEvent> mapper) {
        this.mongo = mongo;
        this.writer = writer;
        this.mapper = mapper;
    }

    /**
     * Once for a store of an earlier version: every dossier with approved minutes into the learning report's index (one scan
     * at start, marked done; from then on each approval adds its dossier in the write that records it).
     */
    public void indexeer() {
        if (mongo.findById(LeerverslagIndexDocument.GEVULD, LeerverslagIndexDocument.class) != null) {
            return;
        }
        for (EscalatiedossierDocument dossier : mongo.findAll(EscalatiedossierDocument.class, COLLECTION)) {
            for (Escalatie e : dossier.escalaties()) {
                e.verslagen().stream().map(Verslag::goedgekeurdOp).filter(java.util.Objects::nonNull)
                        .forEach(op -> voegToeAanLeerverslag(e.gemeenteCode(), op, dossier.getId()));
            }
        }
        mongo.save(new LeerverslagIndexDocument(LeerverslagIndexDocument.GEVULD));
    }

    @Override
    public List<Escalatie> vanTraject(String aanmeldingId) {
        return Optional.ofNullable(mongo.findById(aanmeldingId, EscalatiedossierDocument.class, COLLECTION))
                .map(EscalatiedossierDocument::escalaties).orElse(List.of());
    }

    @Override
    public Escalatie.Wijziging nieuw(String aanmeldingId, Supplier<Escalatie.Wijziging> nieuw) {
        // The change is made once, so a redo after a lost race writes the same escalation (same id, same moment).
        Escalatie.Wijziging gedaan = nieuw.get();
        return writer.createOrUpdate(aanmeldingId, EscalatiedossierDocument.class,
                () -> new EscalatiedossierDocument(aanmeldingId, gedaan.escalatie().gemeenteCode()),
                document -> Optional.of(schrijf(document, gedaan))).orElseThrow();
    }

    @Override
    public Optional<Escalatie.Wijziging> wijzig(String aanmeldingId, String escalatieId, Function<Escalatie, Escalatie.Wijziging> wijziging) {
        return writer.update(aanmeldingId, EscalatiedossierDocument.class, document -> document.escalaties().stream()
                .filter(e -> e.id().equals(escalatieId)).findFirst()
                .map(e -> schrijf(document, wijziging.apply(e))));
    }

    @Override
    public List<Escalatie> metGoedgekeurdVerslag(Set<String> gemeenten, Instant van, Instant tot) {
        // The index's documents of each year of the period, then the dossiers they name: every read by _id.
        int eerste = jaar(van);
        int laatste = jaar(tot.minusNanos(1));
        Set<String> dossiers = new java.util.TreeSet<>();
        for (String gemeente : new java.util.TreeSet<>(gemeenten)) {
            for (int j = eerste; j <= laatste; j++) {
                LeerverslagIndexDocument index = mongo.findById(LeerverslagIndexDocument.id(gemeente, j), LeerverslagIndexDocument.class);
                if (index != null) {
                    dossiers.addAll(index.dossiers());
                }
            }
        }
        return dossiers.stream().map(id -> mongo.findById(id, EscalatiedossierDocument.class, COLLECTION)).filter(java.util.Objects::nonNull)
                .flatMap(d -> d.escalaties().stream()).toList();
    }

    private Escalatie.Wijziging schrijf(EscalatiedossierDocument document, Escalatie.Wijziging gedaan) {
        // Into the learning report's index before the dossier with the approval is saved (a redo adds nothing).
        for (EscalatieEvent event : gedaan.events()) {
            if (event instanceof EscalatieEvent.VerslagGoedgekeurd g && g.verslag().goedgekeurdOp() != null) {
                voegToeAanLeerverslag(g.escalatie().gemeenteCode(), g.verslag().goedgekeurdOp(), document.getId());
            }
        }
        document.zet(gedaan.escalatie());
        writer.append(document, gedaan.events(), mapper);
        return gedaan;
    }

    private void voegToeAanLeerverslag(String gemeenteCode, Instant goedgekeurdOp, String dossierId) {
        mongo.upsert(new Query(Criteria.where("_id").is(LeerverslagIndexDocument.id(gemeenteCode, jaar(goedgekeurdOp)))),
                new Update().addToSet("dossiers", dossierId), LeerverslagIndexDocument.class);
    }

    /** The year in the Netherlands, as the learning report's periods are meant. */
    private static int jaar(Instant op) {
        return op.atZone(java.time.ZoneId.of("Europe/Amsterdam")).getYear();
    }
}
