package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

public class MongoGeparkeerdeVerslagen implements GeparkeerdeVerslagen {

    private static final Logger log = LoggerFactory.getLogger(MongoGeparkeerdeVerslagen.class);

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoGeparkeerdeVerslagen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
        try {
            mongo.indexOps(GeparkeerdVerslagDocument.class)
                    .createIndex(new Index().on("aanmeldingId", Sort.Direction.ASC).named("geparkeerd_verslag_aanmelding"));
            mongo.indexOps(GeparkeerdVerslagDocument.class)
                    .createIndex(new Index().on("geparkeerdOp", Sort.Direction.ASC).named("geparkeerd_verslag_geparkeerd_op"));
        } catch (RuntimeException e) {
            // Queries work without it, only slower.
            log.warn("could not create the index of geparkeerde_verslagen: {}", e.getMessage());
        }
    }

    @Override
    public boolean parkeer(String eventId, GedeeldVerslag v, Instant geparkeerdOp) {
        return writer.insertIfAbsent(new GeparkeerdVerslagDocument(eventId, v.casusId(), v.aanmeldingId(), v.gemeenteCode(), v.gesprekId(),
                v.soort(), v.gehoudenOp(), v.verzegeld(), v.gedeeldOp(), geparkeerdOp));
    }

    @Override
    public Map<String, List<Geparkeerd>> voorAanmeldingen(Collection<String> aanmeldingIds) {
        Map<String, List<Geparkeerd>> wachtend = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("aanmeldingId").in(aanmeldingIds)).with(Sort.by("gedeeldOp", "_id")), GeparkeerdVerslagDocument.class)
                .forEach(d -> wachtend.computeIfAbsent(d.aanmeldingId(), a -> new ArrayList<>()).add(geparkeerd(d)));
        return wachtend;
    }

    @Override
    public List<Geparkeerd> geparkeerdVoor(Instant grens, int max) {
        // Parked before geparkeerdOp was kept: their sharing time stands in.
        Criteria voor = new Criteria().orOperator(Criteria.where("geparkeerdOp").lt(grens),
                Criteria.where("geparkeerdOp").is(null).and("gedeeldOp").lt(grens));
        return mongo.find(Query.query(voor).with(Sort.by("geparkeerdOp", "gedeeldOp", "_id")).limit(max), GeparkeerdVerslagDocument.class)
                .stream().map(MongoGeparkeerdeVerslagen::geparkeerd).toList();
    }

    @Override
    public Stand stand() {
        long aantal = mongo.count(new Query(), GeparkeerdVerslagDocument.class);
        GeparkeerdVerslagDocument oudste = aantal == 0 ? null
                : mongo.findOne(new Query().with(Sort.by("geparkeerdOp", "gedeeldOp")).limit(1), GeparkeerdVerslagDocument.class);
        return new Stand(aantal, oudste == null ? null : oudste.geparkeerdOp() != null ? oudste.geparkeerdOp() : oudste.gedeeldOp());
    }

    private static Geparkeerd geparkeerd(GeparkeerdVerslagDocument d) {
        return new Geparkeerd(d.eventId(), new GedeeldVerslag(d.casusId(), d.aanmeldingId(), d.gemeenteCode(), d.gesprekId(), d.soort(),
                d.gehoudenOp(), d.verzegeld(), d.gedeeldOp()));
    }

    @Override
    public void verwijder(String eventId) {
        mongo.remove(Query.query(Criteria.where("_id").is(eventId)), GeparkeerdVerslagDocument.class);
    }
}
