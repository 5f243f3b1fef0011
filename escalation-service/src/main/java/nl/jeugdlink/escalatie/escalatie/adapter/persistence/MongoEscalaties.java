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
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The escalations in MongoDB, one document per traject ({@code _id} = its referral): every act loads
 * by {@code _id} and writes through the platform's {@link DocumentWriter} with its events. Only the
 * learning report queries by municipality (a periodic report, not a hot path; indexed on a real Mongo).
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

    public void indexeer() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on("gemeenteCode", Sort.Direction.ASC).named("gemeente"));
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
        Query query = new Query(Criteria.where("gemeenteCode").in(gemeenten));
        return mongo.find(query, EscalatiedossierDocument.class, COLLECTION).stream()
                .flatMap(d -> d.escalaties().stream()).toList();
    }

    private Escalatie.Wijziging schrijf(EscalatiedossierDocument document, Escalatie.Wijziging gedaan) {
        document.zet(gedaan.escalatie());
        writer.append(document, gedaan.events(), mapper);
        return gedaan;
    }
}
