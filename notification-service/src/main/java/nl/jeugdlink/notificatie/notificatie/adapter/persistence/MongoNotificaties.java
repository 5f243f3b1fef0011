package nl.jeugdlink.notificatie.notificatie.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.delivery.Delivery;
import nl.jeugdlink.platform.delivery.DeliveryLog;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The messages in {@code notificaties}, their delivery in the platform's {@link DeliveryLog}: a message
 * and its delivery share their id, so a message's state and attempts are one read by id away. Messages
 * recorded before delivery moved to the platform have no delivery and read by the state they hold.
 */
public class MongoNotificaties implements Notificaties {

    private static final Logger log = LoggerFactory.getLogger(MongoNotificaties.class);

    private static final Map<Delivery.Status, Notificatie.Status> STATUS = Map.of(
            Delivery.Status.PENDING, Notificatie.Status.WACHTEND,
            Delivery.Status.SENT, Notificatie.Status.VERZONDEN,
            Delivery.Status.PARKED, Notificatie.Status.ONBESTELBAAR,
            Delivery.Status.GIVEN_UP, Notificatie.Status.ONBESTELBAAR);

    private static final Map<Delivery.Attempt.Outcome, String> UITKOMST = Map.of(
            Delivery.Attempt.Outcome.STARTED, "BEZIG",
            Delivery.Attempt.Outcome.SENT, "VERZONDEN",
            Delivery.Attempt.Outcome.FAILED, "MISLUKT",
            Delivery.Attempt.Outcome.UNKNOWN, "ONBEKEND");

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final DeliveryLog bezorging;
    private final String kanaal;

    /** @param kanaal the delivery channel a deliverable message is handed over to, also its destination */
    public MongoNotificaties(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, DeliveryLog bezorging, String kanaal) {
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.bezorging = bezorging;
        this.kanaal = kanaal;
        try {
            var indexen = mongo.indexOps(NotificatieDocument.class);
            indexen.createIndex(new Index().on("casusId", Sort.Direction.ASC).named("notificatie_casus"));
            indexen.createIndex(new Index().on("aanmeldingId", Sort.Direction.ASC).named("notificatie_aanmelding"));
            indexen.createIndex(new Index().on("ontvangerId", Sort.Direction.ASC).named("notificatie_ontvanger"));
        } catch (RuntimeException e) {
            // Queries work without them, only slower.
            log.warn("could not create the indexes of notificaties: {}", e.getMessage());
        }
    }

    @Override
    public boolean add(Notificatie n) {
        if (n.status() == Notificatie.Status.WACHTEND) {
            // Handed over first, and again when the event comes again: a crash between the two writes loses no mail.
            // The other way round, a crash would leave a message that nothing sends.
            bezorging.add(n.id(), kanaal, kanaal, n.sjabloon());
        }
        // The id follows from event and recipient: a duplicate key means this message is already recorded.
        return writer.insertIfAbsent(toDocument(n));
    }

    /**
     * The deliverable ones handed over first, all in one go ({@link DeliveryLog#addAll}: two bulk inserts, where one at a time
     * cost two round trips per message), then every message in one ordered bulk insert: a poll's messages cost a few round
     * trips in all, not some per message.
     */
    @Override
    public List<Boolean> addAll(List<Notificatie> notificaties) {
        List<NotificatieDocument> documenten = new ArrayList<>(notificaties.size());
        List<DeliveryLog.Handover> overdracht = new ArrayList<>();
        for (Notificatie n : notificaties) {
            if (n.status() == Notificatie.Status.WACHTEND) {
                overdracht.add(new DeliveryLog.Handover(n.id(), kanaal, kanaal, n.sjabloon()));
            }
            documenten.add(toDocument(n));
        }
        bezorging.addAll(overdracht);
        return writer.insertAllIfAbsent(documenten);
    }

    @Override
    public Optional<Notificatie> vind(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificatieDocument.class)).map(this::toDomain);
    }

    @Override
    public Optional<Notificatie> vindOmTeVersturen(String id) {
        return Optional.ofNullable(mongo.findById(id, NotificatieDocument.class)).map(this::alsVastgelegd);
    }

    /**
     * Hands over the messages that were still waiting when delivery moved to the platform: once per
     * start, a query on status (not by id, so a scan on the embedded store, at start only); each is
     * marked, so the next start finds none. The delivery round sends them.
     *
     * @return how many were handed over
     */
    public int draagWachtendeVanVroegerOver() {
        Query vanVroeger = Query.query(Criteria.where("status").is(Notificatie.Status.WACHTEND.name()).and("overgedragen").exists(false));
        vanVroeger.fields().include("sjabloon");
        int overgedragen = 0;
        for (NotificatieDocument d : mongo.find(vanVroeger, NotificatieDocument.class)) {
            bezorging.add(d.id(), kanaal, kanaal, d.sjabloon() == null ? "onbekend" : d.sjabloon());
            mongo.updateFirst(Query.query(Criteria.where("_id").is(d.id())), new Update().set("overgedragen", true), NotificatieDocument.class);
            overgedragen++;
        }
        return overgedragen;
    }

    /**
     * Read, then written, by {@code _id} alone: a filter on {@code _id} and the recipient's role scanned every
     * message on the embedded store, on each family mail sent. The role of a message never changes.
     */
    @Override
    public void vergeetTekstVanGezin(String id) {
        NotificatieDocument bericht = mongo.findById(id, NotificatieDocument.class);
        if (bericht != null && bericht.ontvangerRol() != null
                && Notificatie.tekstAlleenVoorOntvanger(bericht.ontvangerRol(), bericht.sjabloon() == null ? "" : bericht.sjabloon())) {
            vergeetTekst(id);
        }
    }

    @Override
    public void vergeetTekstVanGezin(Notificatie notificatie) {
        if (notificatie.tekstAlleenVoorOntvanger()) {
            vergeetTekst(notificatie.id());
        }
    }

    private void vergeetTekst(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("tekst"), NotificatieDocument.class);
    }

    @Override
    public boolean koppelCasus(String casusId, String aanmeldingId) {
        // One write by _id: a second link of the same casus loses on the key, which is how a repeated event shows.
        return writer.insertIfAbsent(new CasusKoppelingDocument(casusId, aanmeldingId));
    }

    /** A poll's links in one bulk insert; a casus linked before (or twice in the list) loses on its key. */
    @Override
    public List<Boolean> koppelCasussen(List<Koppeling> koppelingen) {
        return writer.insertAllIfAbsent(koppelingen.stream().map(k -> new CasusKoppelingDocument(k.casusId(), k.aanmeldingId())).toList());
    }

    @Override
    public Optional<String> aanmeldingVan(String casusId) {
        return Optional.ofNullable(mongo.findById(casusId, CasusKoppelingDocument.class)).map(CasusKoppelingDocument::aanmeldingId);
    }

    @Override
    public boolean onthoudIndiener(String verzoekId, String indienerId) {
        return writer.createOrUpdate(verzoekId, JbtIndienerDocument.class, () -> new JbtIndienerDocument(verzoekId), d -> d.wordt(indienerId))
                .isPresent();
    }

    @Override
    public boolean onthoudDeelnemers(String verslagId, List<String> deelnemerIds) {
        return writer.insertIfAbsent(new EscalatieDeelnemersDocument(verslagId, List.copyOf(deelnemerIds)));
    }

    @Override
    public List<String> deelnemersVan(String verslagId) {
        return Optional.ofNullable(mongo.findById(verslagId, EscalatieDeelnemersDocument.class)).map(EscalatieDeelnemersDocument::deelnemerIds)
                .orElse(List.of());
    }

    @Override
    public Optional<String> indienerVan(String verzoekId) {
        return Optional.ofNullable(mongo.findById(verzoekId, JbtIndienerDocument.class)).map(JbtIndienerDocument::indienerId);
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
                n.vastgelegdOp(), n.volgendePogingNa(), n.laatstePogingOp(), n.verzondenOp(), n.laatsteFout(), true,
                n.status() == Notificatie.Status.WACHTEND ? Boolean.TRUE : null);
    }

    private @Nullable String ontsleuteld(NotificatieDocument d, @Nullable String waarde) {
        return waarde == null || !Boolean.TRUE.equals(d.versleuteld()) ? waarde : versleuteling.ontsleutel(waarde, context(d.id()));
    }

    private Notificatie toDomain(NotificatieDocument d) {
        Notificatie opgeslagen = alsVastgelegd(d);
        if (opgeslagen.status() == Notificatie.Status.ONBESTELBAAR) {
            return opgeslagen; // never handed over
        }
        return bezorging.find(d.id()).map(b -> metBezorging(opgeslagen, b)).orElse(opgeslagen);
    }

    /** The message as its own document records it, without the delivery log's view of it. */
    private Notificatie alsVastgelegd(NotificatieDocument d) {
        Notificatie.Status status = d.status() == null ? Notificatie.Status.ONBESTELBAAR : Notificatie.Status.valueOf(d.status());
        return new Notificatie(d.id(), leeg(d.aanleiding()), d.sjabloon() == null ? "casus-geopend" : d.sjabloon(),
                new Ontvanger(leeg(d.ontvangerRol()), leeg(d.ontvangerId())), ontsleuteld(d, d.adres()), leeg(d.aanmeldingId()), d.casusId(),
                leeg(d.gemeenteCode()), leeg(d.onderwerp()), leeg(ontsleuteld(d, d.tekst())), status,
                d.pogingen() == null ? 0 : d.pogingen(),
                d.vastgelegdOp() == null ? Instant.EPOCH : d.vastgelegdOp(),
                d.volgendePogingNa(), d.laatstePogingOp(), d.verzondenOp(),
                d.status() == null ? "vastgelegd voordat JeugdLink e-mail verstuurde" : d.laatsteFout(), List.of());
    }

    /** Where delivery stands, from the delivery log: every attempt counts, also one whose outcome was never written. */
    private static Notificatie metBezorging(Notificatie n, Delivery b) {
        List<Notificatie.Poging> pogingen = b.attempts().stream()
                .map(a -> new Notificatie.Poging(a.number(), a.startedAt(), a.endedAt(), UITKOMST.get(a.outcome()), a.error()))
                .toList();
        Delivery.Attempt laatste = b.lastAttempt();
        return new Notificatie(n.id(), n.aanleiding(), n.sjabloon(), n.ontvanger(), n.adres(), n.aanmeldingId(), n.casusId(), n.gemeenteCode(),
                n.onderwerp(), n.tekst(), STATUS.get(b.status()), b.attemptCount(), n.vastgelegdOp(), b.nextAttemptAt(),
                laatste == null ? null : laatste.startedAt(), b.sentAt(), b.reason(), pogingen);
    }

    private static String leeg(@Nullable String waarde) {
        return waarde == null ? "" : waarde;
    }
}
