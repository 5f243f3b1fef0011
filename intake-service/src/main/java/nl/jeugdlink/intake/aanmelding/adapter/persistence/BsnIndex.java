package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import java.util.List;
import java.util.Objects;
import nl.jeugdlink.intake.aanmelding.domain.Formulier;
import nl.jeugdlink.intake.aanmelding.domain.Minderjarige;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A blind index of the children's BSNs: {@code _id} = the keyed hash of a BSN ({@link KeyedHash}), {@code aanmeldingIds} = the
 * referrals that name a child with it. A request for a child's data (ADR 0031) finds the child's referrals by one read by
 * {@code _id}, instead of decrypting every referral; the BSN itself is in no index and no clear field.
 *
 * <p>The referral stays the truth (it carries its hashes too, {@code bsnSleutels}). An entry is written before its referral is
 * inserted ({@code $addToSet}, so writing it again changes nothing): a lost insert leaves an id whose referral the reader does
 * not find and skips.
 */
class BsnIndex {

    static final String COLLECTION = "bsn_index";
    /** Written once every referral stored before the index has its hashes: a later start does not look again. */
    static final String AANGEVULD = "~aangevuld-1";
    private static final String DOEL = "bsn";
    private static final String AANMELDINGEN = "aanmeldingIds";

    private final MongoTemplate mongo;
    private final KeyedHash hash;

    BsnIndex(MongoTemplate mongo, KeyedHash hash) {
        this.mongo = mongo;
        this.hash = hash;
    }

    String sleutel(String bsn) {
        return hash.of(DOEL, bsn);
    }

    /** The hashes of the BSNs of the form's children (those without a BSN have none). */
    List<String> sleutels(Formulier formulier) {
        return formulier.minderjarigen().stream().map(Minderjarige::bsn).filter(Objects::nonNull).map(b -> sleutel(b.nummer())).distinct().toList();
    }

    /** Before the referral is inserted (or, in the back-fill, before its hashes are set on it). */
    void neemOp(List<String> sleutels, String aanmeldingId) {
        for (String sleutel : sleutels) {
            mongo.upsert(byId(sleutel), new Update().addToSet(AANMELDINGEN, aanmeldingId), COLLECTION);
        }
    }

    /** The referrals indexed under this BSN: one read by {@code _id}. */
    List<String> aanmeldingen(String bsn) {
        Document entry = mongo.findOne(byId(sleutel(bsn)), Document.class, COLLECTION);
        return entry == null ? List.of() : entry.getList(AANMELDINGEN, String.class, List.of());
    }

    boolean aangevuld() {
        return mongo.exists(byId(AANGEVULD), COLLECTION);
    }

    void markeerAangevuld() {
        mongo.upsert(byId(AANGEVULD), new Update().set("op", new java.util.Date()), COLLECTION);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
