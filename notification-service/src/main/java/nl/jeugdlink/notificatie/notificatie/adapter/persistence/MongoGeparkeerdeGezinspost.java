package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen.Stand;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The parked family letters in {@code geparkeerde_gezinspost}, found by referral as the parked summaries are. */
public class MongoGeparkeerdeGezinspost implements GeparkeerdeGezinspost {

    private static final Logger log = LoggerFactory.getLogger(MongoGeparkeerdeGezinspost.class);
    /** In {@code ouderIds}: a variant for every parent (Mongo lists hold no nulls here). */
    private static final String VOOR_ELKE_OUDER = "";
    private static final TypeReference<List<Map<String, String>>> WAARDEN = new TypeReference<>() {
    };

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final JsonMapper json;

    public MongoGeparkeerdeGezinspost(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, JsonMapper json) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.json = json;
        try {
            mongo.indexOps(GeparkeerdeBriefDocument.class)
                    .createIndex(new Index().on("aanmeldingId", Sort.Direction.ASC).named("geparkeerde_gezinspost_aanmelding"));
            mongo.indexOps(GeparkeerdeBriefDocument.class)
                    .createIndex(new Index().on("geparkeerdOp", Sort.Direction.ASC).named("geparkeerde_gezinspost_geparkeerd_op"));
        } catch (RuntimeException e) {
            // Queries work without it, only slower.
            log.warn("could not create the index of geparkeerde_gezinspost: {}", e.getMessage());
        }
    }

    @Override
    public boolean parkeer(Brief b, Instant geparkeerdOp) {
        String id = b.sleutel();
        List<Map<String, String>> waarden = b.perOuder().stream().map(Brief.Variant::waarden).toList();
        List<String> ouderIds = b.perOuder().stream().map(v -> v.ouderId() == null ? VOOR_ELKE_OUDER : v.ouderId()).toList();
        return writer.insertIfAbsent(new GeparkeerdeBriefDocument(id, b.eventId(), b.sjabloon(), b.voorvoegsel(), b.betreft().aanmeldingId(),
                b.betreft().casusId(), b.betreft().gemeenteCode(), versleuteling.versleutel(json.writeValueAsString(waarden), context(id)), geparkeerdOp,
                ouderIds));
    }

    @Override
    public Map<String, List<Geparkeerd>> voorAanmeldingen(Collection<String> aanmeldingIds) {
        Map<String, List<Geparkeerd>> wachtend = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("aanmeldingId").in(aanmeldingIds)).with(Sort.by("geparkeerdOp", "_id")), GeparkeerdeBriefDocument.class)
                .forEach(d -> wachtend.computeIfAbsent(d.aanmeldingId(), a -> new ArrayList<>()).add(geparkeerd(d)));
        return wachtend;
    }

    @Override
    public List<Geparkeerd> geparkeerdVoor(Instant grens, int max) {
        return mongo.find(Query.query(Criteria.where("geparkeerdOp").lt(grens)).with(Sort.by("geparkeerdOp", "_id")).limit(max),
                GeparkeerdeBriefDocument.class).stream().map(this::geparkeerd).toList();
    }

    @Override
    public Stand stand() {
        long aantal = mongo.count(new Query(), GeparkeerdeBriefDocument.class);
        GeparkeerdeBriefDocument oudste = aantal == 0 ? null
                : mongo.findOne(new Query().with(Sort.by("geparkeerdOp")).limit(1), GeparkeerdeBriefDocument.class);
        return new Stand(aantal, oudste == null ? null : oudste.geparkeerdOp());
    }

    @Override
    public void verwijder(Brief brief) {
        mongo.remove(Query.query(Criteria.where("_id").is(brief.sleutel())), GeparkeerdeBriefDocument.class);
    }

    private Geparkeerd geparkeerd(GeparkeerdeBriefDocument d) {
        List<Map<String, String>> waarden = json.readValue(versleuteling.ontsleutel(d.waarden(), context(d.id())), WAARDEN);
        List<Brief.Variant> perOuder = new ArrayList<>();
        for (int i = 0; i < waarden.size(); i++) {
            // A letter parked before variants named a parent has no ouderIds: its one variant is for every parent.
            String ouderId = d.ouderIds() == null || i >= d.ouderIds().size() || d.ouderIds().get(i).isEmpty() ? null : d.ouderIds().get(i);
            perOuder.add(new Brief.Variant(ouderId, waarden.get(i)));
        }
        return new Geparkeerd(new Brief(d.eventId(), d.sjabloon(), d.voorvoegsel(), new Betreft(d.aanmeldingId(), d.casusId(), d.gemeenteCode()), perOuder),
                d.geparkeerdOp());
    }

    private static String context(String id) {
        return "geparkeerde-gezinspost:" + id;
    }
}
