package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every rule across messages is a document whose {@code _id} is the rule's key, inserted if absent: the
 * store itself refuses the second claimant, with no query and no transaction. A claim is given back
 * only by the request that made it (its id is in the document). The request itself is stored under its
 * id with the BSN encrypted by the platform's {@link FieldEncryption}, bound to that id.
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

    public MongoVerzoeken(MongoTemplate mongo, DocumentWriter writer, FieldEncryption versleuteling, BsnSleutel bsnSleutel) {
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
    public void bewaar(String verzoekId, Verzoek verzoek) {
        List<Document> producten = verzoek.producten().stream()
                .map(p -> new Document("referentieAanbieder", p.referentieAanbieder()).append("categorie", p.categorie()).append("code", p.code())
                        .append("ingangsdatum", p.ingangsdatum().toString())
                        .append("einddatum", p.einddatum() == null ? null : p.einddatum().toString()))
                .toList();
        writer.insertIfAbsent(new Document("_id", verzoekId).append("aanbieder", verzoek.aanbieder()).append("gemeente", verzoek.gemeente())
                .append("berichtIdentificatie", verzoek.berichtIdentificatie()).append("dagtekening", verzoek.dagtekening().toString())
                .append("bsn", versleuteling.versleutel(verzoek.bsn(), verzoekId)).append("producten", producten)
                .append("ontvangenOp", Date.from(Instant.now())), VERZOEKEN);
        // Then on the municipality's list of open products: one document per municipality, read by _id. The same request stored
        // again adds nothing ($addToSet of the same values); a crash in between leaves the request off the list (see the canvas).
        List<Document> open = verzoek.producten().stream().map(p -> new Document("aanbieder", verzoek.aanbieder())
                .append("referentieAanbieder", p.referentieAanbieder()).append("verzoekId", verzoekId)
                .append("dagtekening", verzoek.dagtekening().toString())).toList();
        mongo.upsert(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .is(verzoek.gemeente())), new org.springframework.data.mongodb.core.query.Update().addToSet("producten").each(open.toArray()),
                OPEN_PER_GEMEENTE);
    }

    static final String OPEN_PER_GEMEENTE = "ijw_open_per_gemeente";

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
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
                .is(gemeente)), new org.springframework.data.mongodb.core.query.Update().pull("producten",
                new Document("aanbieder", aanbieder).append("referentieAanbieder", referentieAanbieder)), OPEN_PER_GEMEENTE);
    }

    @Override
    public Optional<Verzoek> find(String verzoekId) {
        Document d = mongo.findById(verzoekId, Document.class, VERZOEKEN);
        if (d == null) {
            return Optional.empty();
        }
        List<Verzoek.AangevraagdProduct> producten = d.getList("producten", Document.class).stream()
                .map(p -> new Verzoek.AangevraagdProduct(p.getString("referentieAanbieder"), p.getString("categorie"), p.getString("code"),
                        LocalDate.parse(p.getString("ingangsdatum")),
                        p.getString("einddatum") == null ? null : LocalDate.parse(p.getString("einddatum"))))
                .toList();
        return Optional.of(new Verzoek(d.getString("aanbieder"), d.getString("gemeente"), d.getString("berichtIdentificatie"),
                LocalDate.parse(d.getString("dagtekening")), versleuteling.ontsleutel(d.getString("bsn"), verzoekId), producten));
    }

    @Override
    public Optional<String> verzoekMet(String aanbieder, String referentieAanbieder) {
        return Optional.ofNullable(mongo.findById(aanbieder + ":" + referentieAanbieder, Document.class, REFERENTIES)).map(d -> d.getString("verzoek"));
    }
}
