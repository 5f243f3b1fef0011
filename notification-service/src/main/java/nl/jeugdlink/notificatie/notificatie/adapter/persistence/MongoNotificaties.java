package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.crypto.Veldversleuteling;
import org.jspecify.annotations.Nullable;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

public class MongoNotificaties implements Notificaties {

    private static final Logger log = LoggerFactory.getLogger(MongoNotificaties.class);
    private static final String WACHTEND = Notificatie.Status.WACHTEND.name();
    private static final String COLLECTION = "notificaties";

    private final MongoTemplate mongo;
    private final Veldversleuteling versleuteling;

    public MongoNotificaties(MongoTemplate mongo, Veldversleuteling versleuteling) {
        this.mongo = mongo;
        this.versleuteling = versleuteling;
        try {
            var indexen = mongo.indexOps(NotificatieDocument.class);
            indexen.createIndex(new Index().on("casusId", Sort.Direction.ASC).named("notificatie_casus"));
            indexen.createIndex(new Index().on("aanmeldingId", Sort.Direction.ASC).named("notificatie_aanmelding"));
            indexen.createIndex(new Index().on("ontvangerId", Sort.Direction.ASC).named("notificatie_ontvanger"));
            indexen.createIndex(new Index().on("status", Sort.Direction.ASC).on("volgendePogingNa", Sort.Direction.ASC).named("notificatie_te_versturen"));
        } catch (RuntimeException e) {
            // Queries work without them, only slower.
            log.warn("could not create the indexes of notificaties: {}", e.getMessage());
        }
    }

    @Override
    public boolean add(Notificatie n) {
        try {
            mongo.insert(toDocument(n));
            return true;
        } catch (DuplicateKeyException e) {
            // The id follows from event and recipient: this message is already recorded.
            return false;
        }
    }

    @Override
    public Optional<Notificatie> vind(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificatieDocument.class)).map(this::toDomain);
    }

    @Override
    public Optional<Notificatie> claim(String id, Instant nu, Instant claimTot) {
        Query due = Query.query(Criteria.where("_id").is(id).and("status").is(WACHTEND).and("volgendePogingNa").lte(nu));
        NotificatieDocument geclaimd = mongo.findAndModify(due, new Update().set("volgendePogingNa", claimTot),
                FindAndModifyOptions.options().returnNew(true), NotificatieDocument.class);
        return Optional.ofNullable(geclaimd).map(this::toDomain);
    }

    @Override
    public void verzonden(String id, Instant op, int pogingen, boolean tekstVergeten) {
        Update update = new Update().set("status", Notificatie.Status.VERZONDEN.name()).set("verzondenOp", op).set("laatstePogingOp", op)
                .set("pogingen", pogingen).unset("volgendePogingNa").unset("laatsteFout");
        if (tekstVergeten) {
            update.unset("tekst");
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, NotificatieDocument.class);
    }

    @Override
    public void mislukt(String id, Instant op, int pogingen, String fout, Instant volgendePogingNa) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(WACHTEND)), new Update()
                .set("laatstePogingOp", op).set("pogingen", pogingen).set("laatsteFout", fout).set("volgendePogingNa", volgendePogingNa),
                NotificatieDocument.class);
    }

    @Override
    public void uitstellen(String id, String reden, Instant volgendePogingNa) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(WACHTEND)),
                new Update().set("laatsteFout", reden).set("volgendePogingNa", volgendePogingNa), NotificatieDocument.class);
    }

    @Override
    public List<Wachtend> wachtend() {
        Query query = Query.query(Criteria.where("status").is(WACHTEND));
        query.fields().include("sjabloon").include("volgendePogingNa");
        // Raw documents: a projection cannot build the record (its int field would be missing).
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(d -> new Wachtend(String.valueOf(d.get("_id")), d.get("sjabloon") instanceof String sjabloon ? sjabloon : "onbekend",
                        d.get("volgendePogingNa") instanceof Date na ? na.toInstant() : Instant.EPOCH))
                .toList();
    }

    @Override
    public void koppelCasus(String casusId, String aanmeldingId) {
        // Idempotent: the same casus always came from the same referral.
        mongo.save(new CasusKoppelingDocument(casusId, aanmeldingId));
    }

    @Override
    public Optional<String> aanmeldingVan(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, CasusKoppelingDocument.class)).map(CasusKoppelingDocument::aanmeldingId);
    }

    @Override
    public List<Notificatie> overCasus(String casusId) {
        List<Criteria> of = new ArrayList<>();
        of.add(Criteria.where("casusId").is(casusId));
        CasusKoppelingDocument koppeling = mongo.findById(casusId, CasusKoppelingDocument.class);
        if (koppeling != null) {
            of.add(Criteria.where("aanmeldingId").is(koppeling.aanmeldingId()));
        }
        return zoek(new Criteria().orOperator(of));
    }

    @Override
    public List<Notificatie> overAanmelding(String aanmeldingId) {
        return zoek(Criteria.where("aanmeldingId").is(aanmeldingId));
    }

    @Override
    public List<Notificatie> voorOntvanger(String ontvangerId) {
        return zoek(Criteria.where("ontvangerId").is(ontvangerId));
    }

    private List<Notificatie> zoek(Criteria criteria) {
        return mongo.find(Query.query(criteria).with(Sort.by("vastgelegdOp", "_id")), NotificatieDocument.class)
                .stream().map(this::toDomain).toList();
    }

    private static String context(String id) {
        return "notificatie:" + id;
    }

    private NotificatieDocument toDocument(Notificatie n) {
        String adres = n.adres() == null ? null : versleuteling.versleutel(n.adres(), context(n.id()));
        return new NotificatieDocument(n.id(), n.aanleiding(), n.sjabloon(), n.ontvanger().rol(), n.ontvanger().id(), adres, n.aanmeldingId(),
                n.casusId(), n.gemeenteCode(), n.onderwerp(), versleuteling.versleutel(n.tekst(), context(n.id())), n.status().name(), n.pogingen(),
                n.vastgelegdOp(), n.volgendePogingNa(), n.laatstePogingOp(), n.verzondenOp(), n.laatsteFout(), true);
    }

    private @Nullable String ontsleuteld(NotificatieDocument d, @Nullable String waarde) {
        return waarde == null || !Boolean.TRUE.equals(d.versleuteld()) ? waarde : versleuteling.ontsleutel(waarde, context(d.id()));
    }

    private Notificatie toDomain(NotificatieDocument d) {
        Notificatie.Status status = d.status() == null ? Notificatie.Status.ONBESTELBAAR : Notificatie.Status.valueOf(d.status());
        return new Notificatie(d.id(), leeg(d.aanleiding()), d.sjabloon() == null ? "casus-geopend" : d.sjabloon(),
                new Ontvanger(leeg(d.ontvangerRol()), leeg(d.ontvangerId())), ontsleuteld(d, d.adres()), leeg(d.aanmeldingId()), d.casusId(),
                leeg(d.gemeenteCode()), leeg(d.onderwerp()), leeg(ontsleuteld(d, d.tekst())), status,
                d.pogingen() == null ? 0 : d.pogingen(),
                d.vastgelegdOp() == null ? Instant.EPOCH : d.vastgelegdOp(),
                d.volgendePogingNa(), d.laatstePogingOp(), d.verzondenOp(),
                d.status() == null ? "vastgelegd voordat JeugdLink e-mail verstuurde" : d.laatsteFout());
    }

    private static String leeg(@Nullable String waarde) {
        return waarde == null ? "" : waarde;
    }
}
