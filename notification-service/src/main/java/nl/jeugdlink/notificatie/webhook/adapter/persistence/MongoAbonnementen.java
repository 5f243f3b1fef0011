package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.jeugdlink.notificatie.webhook.domain.Abonnement;
import nl.jeugdlink.notificatie.webhook.domain.Abonnementen;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One document per provider ({@code _id} = its AGB code) holding its subscriptions, so every read is by
 * {@code _id}. The secret and the auth header value are stored encrypted (FieldEncryption, bound to the
 * provider and the subscription). A provider's subscriptions change rarely and only by that provider;
 * two changes at the same moment could lose one (no version check yet).
 */
public class MongoAbonnementen implements Abonnementen {

    static final String COLLECTION = "webhook_abonnementen";

    private final MongoTemplate mongo;
    private final FieldEncryption versleuteling;

    public MongoAbonnementen(MongoTemplate mongo, FieldEncryption versleuteling) {
        this.mongo = mongo;
        this.versleuteling = versleuteling;
    }

    @Override
    public List<Abonnement> van(String agbCode) {
        Document d = mongo.findById(agbCode, Document.class, COLLECTION);
        if (d == null) {
            return List.of();
        }
        return d.getList("abonnementen", Document.class, List.of()).stream().map(a -> abonnement(agbCode, a)).toList();
    }

    @Override
    public void bewaar(Abonnement abonnement) {
        List<Document> lijst = new ArrayList<>(documenten(abonnement.agbCode()));
        lijst.removeIf(a -> a.getString("id").equals(abonnement.id()));
        lijst.add(new Document("id", abonnement.id()).append("callbackUrl", abonnement.callbackUrl().toString())
                .append("auth", abonnement.auth() == null ? null : versleuteling.versleutel(abonnement.auth(), context(abonnement.agbCode(), abonnement.id(), "auth")))
                .append("kanaal", abonnement.kanaal()).append("gebeurtenissen", abonnement.gebeurtenissen().stream().sorted().toList())
                .append("geheim", versleuteling.versleutel(abonnement.geheim(), context(abonnement.agbCode(), abonnement.id(), "geheim")))
                .append("vorigGeheim", abonnement.vorigGeheim() == null ? null
                        : versleuteling.versleutel(abonnement.vorigGeheim(), context(abonnement.agbCode(), abonnement.id(), "vorigGeheim")))
                .append("vorigGeheimTot", abonnement.vorigGeheimTot() == null ? null : java.util.Date.from(abonnement.vorigGeheimTot())));
        mongo.save(new Document("_id", abonnement.agbCode()).append("abonnementen", lijst), COLLECTION);
    }

    @Override
    public boolean verwijder(String agbCode, String id) {
        List<Document> lijst = new ArrayList<>(documenten(agbCode));
        boolean weg = lijst.removeIf(a -> a.getString("id").equals(id));
        if (weg) {
            mongo.save(new Document("_id", agbCode).append("abonnementen", lijst), COLLECTION);
        }
        return weg;
    }

    private List<Document> documenten(String agbCode) {
        Document d = mongo.findById(agbCode, Document.class, COLLECTION);
        return d == null ? List.of() : d.getList("abonnementen", Document.class, List.of());
    }

    private Abonnement abonnement(String agbCode, Document a) {
        String id = a.getString("id");
        String auth = a.getString("auth");
        return new Abonnement(id, agbCode, URI.create(a.getString("callbackUrl")),
                auth == null ? null : versleuteling.ontsleutel(auth, context(agbCode, id, "auth")), a.getString("kanaal"),
                new HashSet<>(a.getList("gebeurtenissen", String.class, List.of())),
                versleuteling.ontsleutel(a.getString("geheim"), context(agbCode, id, "geheim")),
                a.getString("vorigGeheim") == null ? null : versleuteling.ontsleutel(a.getString("vorigGeheim"), context(agbCode, id, "vorigGeheim")),
                a.getDate("vorigGeheimTot") == null ? null : a.getDate("vorigGeheimTot").toInstant());
    }

    private static String context(String agbCode, String id, String veld) {
        return "webhook-abonnement:" + agbCode + ":" + id + ":" + veld;
    }
}
