package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.EventMapper;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.VerzoekEvent;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Every rule across messages is a document whose {@code _id} is the rule's key, inserted if absent: the
 * store itself refuses the second claimant, with no query and no transaction. A claim is given back
 * only by the request that made it (its id is in the document). The request itself is stored under its
 * id with the BSN encrypted by the platform's {@link FieldEncryption}, bound to that id, as an aggregate document with its events
 * ({@link VerzoekDocument}).
 */
public class MongoVerzoeken implements Verzoeken {

    static final String BERICHTEN = "ijw_berichten";
    static final String REFERENTIES = "ijw_referenties";
    static final String OPEN_VERZOEKEN = "ijw_open_verzoeken";
    static final String VERZOEKEN = "ijw_verzoeken";

    private final MongoTemplate mongo;
    private final DocumentWriter writer;
    private final FieldEncryption versleuteling;
    private final BsnSleutel bsnSleutel;
    private final EventMapper<VerzoekEvent> mapper;

    public MongoVerzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, BsnSleutel bsnSleutel,
            EventMapper<VerzoekEvent> mapper) {
        this.mapper = mapper;
        this.mongo = mongo;
        this.writer = writer;
        this.versleuteling = versleuteling;
        this.bsnSleutel = bsnSleutel;
    }

    @Override
    public boolean reserveerBericht(String afzender, String berichtCode, String identificatie) {
        return writer.insertIfAbsent(new Document("_id", afzender + ":" + berichtCode + ":" + identificatie).append("op", Date.from(Instant.now())),
                BERICHTEN);
    }

    @Override
    public boolean reserveerReferentie(String aanbieder, String referentieAanbieder, String verzoekId) {
        return writer.insertIfAbsent(new Document("_id", aanbieder + ":" + referentieAanbieder).append("verzoek", verzoekId), REFERENTIES);
    }

    @Override
    public void geefReferentieVrij(String aanbieder, String referentieAanbieder, String verzoekId) {
        geefVrij(aanbieder + ":" + referentieAanbieder, verzoekId, REFERENTIES);
    }

    @Override
    public boolean reserveerOpenVerzoek(String aanbieder, String bsn, String verzoekId) {
        return writer.insertIfAbsent(new Document("_id", openSleutel(aanbieder, bsn)).append("verzoek", verzoekId), OPEN_VERZOEKEN);
    }

    @Override
    public void geefOpenVerzoekVrij(String aanbieder, String bsn, String verzoekId) {
        geefVrij(openSleutel(aanbieder, bsn), verzoekId, OPEN_VERZOEKEN);
    }

    private String openSleutel(String aanbieder, String bsn) {
        return aanbieder + ":" + bsnSleutel.van(bsn);
    }

    private void geefVrij(String id, String verzoekId, String collection) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("verzoek").is(verzoekId)), collection);
    }

    @Override
    public void bewaar(String verzoekId, Verzoek verzoek, List<VerzoekEvent> events) {
        List<VerzoekDocument.ProductDoc> producten = verzoek.producten().stream().map(p -> new VerzoekDocument.ProductDoc(p.referentieAanbieder(),
                p.categorie(), p.code(), p.ingangsdatum().toString(), p.einddatum() == null ? null : p.einddatum().toString(),
                p.omvang() == null ? null : new VerzoekDocument.OmvangDoc(p.omvang().volume(), p.omvang().eenheid(), p.omvang().frequentie()),
                p.budget())).toList();
        VerzoekDocument document = new VerzoekDocument(verzoekId, verzoek.aanbieder(), verzoek.gemeente(), verzoek.berichtIdentificatie(),
                verzoek.dagtekening().toString(), versleuteling.versleutel(verzoek.bsn(), verzoekId), producten, Instant.now());
        // The request and its JeugdhulpAangevraagd events are one write (ADR 0016); the verzoekId is new, so a duplicate cannot happen.
        writer.append(document, events, mapper);
        writer.insertIfAbsent(document);
        // Then on the municipality's list of open products: one document per municipality, read by _id. The same request stored
        // again adds nothing ($addToSet of the same values); a crash in between leaves the request off the list (see the canvas).
        List<Document> open = verzoek.producten().stream().map(p -> new Document("aanbieder", verzoek.aanbieder())
                .append("referentieAanbieder", p.referentieAanbieder()).append("verzoekId", verzoekId)
                .append("dagtekening", verzoek.dagtekening().toString())).toList();
        mongo.upsert(Query.query(Criteria.where("_id").is(verzoek.gemeente())), new Update().addToSet("producten").each(open.toArray()),
                OPEN_PER_GEMEENTE);
    }

    /** A one-off at start (a scan, never on a request's path): a request stored before it was an aggregate document gets version 0. */
    public static void vulVersiesAan(MongoTemplate mongo) {
        mongo.updateMulti(Query.query(Criteria.where("version").exists(false)), new Update().set("version", 0L)
                .set("pendingEvents", List.of()).set("appliedEventIds", List.of()), VERZOEKEN);
    }

    static final String OPEN_PER_GEMEENTE = "ijw_open_per_gemeente";
    /** Marks, by {@code _id}, the one-offs done at start. */
    static final String EENMALIG = "ijw_eenmalig";

    /**
     * A one-off at start (a scan, never on a request's path, and only once: a marker by {@code _id} says it was done): the requests
     * stored before the clients' lists existed are put on their client's list, with the time they were accepted.
     */
    public static void vulClientlijstenAan(MongoTemplate mongo, FieldEncryption versleuteling, BsnSleutel bsnSleutel) {
        if (mongo.findById(PER_BSN, Document.class, EENMALIG) != null) {
            return;
        }
        for (Document d : mongo.getCollection(VERZOEKEN).find()) {
            String id = String.valueOf(d.get("_id"));
            try {
                Date ontvangen = d.getDate("ontvangenOp");
                registreer(mongo, bsnSleutel, versleuteling.ontsleutel(d.getString("bsn"), id), new VanClient(id, d.getString("aanbieder"),
                        ontvangen == null ? Instant.EPOCH : ontvangen.toInstant()));
            } catch (RuntimeException e) {
                // A value that does not open under its id is not this service's: left off every list, as the inzage skipped it before.
            }
        }
        mongo.save(new Document("_id", PER_BSN).append("op", Date.from(Instant.now())), EENMALIG);
    }
    /** Per keyed BSN ({@code _id}), the client's accepted requests: how a client given later, and an inzage, find them by {@code _id}. */
    static final String PER_BSN = "ijw_verzoeken_per_bsn";

    @Override
    public void registreerVoorClient(String bsn, VanClient verzoek) {
        registreer(mongo, bsnSleutel, bsn, verzoek);
    }

    private static void registreer(MongoTemplate mongo, BsnSleutel bsnSleutel, String bsn, VanClient verzoek) {
        mongo.upsert(Query.query(Criteria.where("_id").is(bsnSleutel.van(bsn))), new Update().addToSet("verzoeken",
                // The acceptance time as text: a Date would cut it to milliseconds, and step 4 is met at the JW315's exact moment.
                new Document("verzoekId", verzoek.verzoekId()).append("aanbieder", verzoek.aanbieder())
                        .append("ontvangenOp", verzoek.ontvangenOp().toString())), PER_BSN);
    }

    @Override
    public List<VanClient> vanClient(String bsn) {
        Document d = mongo.findById(bsnSleutel.van(bsn), Document.class, PER_BSN);
        if (d == null) {
            return List.of();
        }
        return d.getList("verzoeken", Document.class, List.of()).stream().map(v -> new VanClient(v.getString("verzoekId"), v.getString("aanbieder"),
                Instant.parse(v.getString("ontvangenOp")))).sorted(java.util.Comparator.comparing(VanClient::ontvangenOp)).toList();
    }

    @Override
    public List<OpenProduct> openVoor(String gemeente) {
        Document d = mongo.findById(gemeente, Document.class, OPEN_PER_GEMEENTE);
        if (d == null) {
            return List.of();
        }
        return d.getList("producten", Document.class).stream().map(p -> new OpenProduct(p.getString("aanbieder"), p.getString("referentieAanbieder"),
                p.getString("verzoekId"), java.time.LocalDate.parse(p.getString("dagtekening")))).toList();
    }

    @Override
    public void productBeantwoord(String gemeente, String aanbieder, String referentieAanbieder) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(gemeente)), new Update().pull("producten",
                new Document("aanbieder", aanbieder).append("referentieAanbieder", referentieAanbieder)), OPEN_PER_GEMEENTE);
    }

    @Override
    public Optional<Verzoek> find(String verzoekId) {
        return Optional.ofNullable(mongo.findById(verzoekId, VerzoekDocument.class)).map(MongoVerzoeken::verzoek).map(v -> v.apply(versleuteling));
    }

    /** The request of a document, its BSN still to be opened with the key bound to the id. */
    static java.util.function.Function<FieldEncryption, Verzoek> verzoek(VerzoekDocument d) {
        List<Verzoek.AangevraagdProduct> producten = d.producten().stream()
                .map(p -> new Verzoek.AangevraagdProduct(p.referentieAanbieder(), p.categorie(), p.code(), LocalDate.parse(p.ingangsdatum()),
                        p.einddatum() == null ? null : LocalDate.parse(p.einddatum()),
                        p.omvang() == null ? null : new Verzoek.Omvang(p.omvang().volume(), p.omvang().eenheid(), p.omvang().frequentie()),
                        p.budget()))
                .toList();
        return versleuteling -> new Verzoek(d.aanbieder(), d.gemeente(), d.berichtIdentificatie(), LocalDate.parse(d.dagtekening()),
                versleuteling.ontsleutel(d.bsn(), d.getId()), producten);
    }

    @Override
    public Optional<String> verzoekMet(String aanbieder, String referentieAanbieder) {
        return Optional.ofNullable(mongo.findById(aanbieder + ":" + referentieAanbieder, Document.class, REFERENTIES)).map(d -> d.getString("verzoek"));
    }
}
