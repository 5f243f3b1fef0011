package nl.jeugdlink.notificatie.contactpersoon.adapter.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

public class MongoContactpersonen implements Contactpersonen {

    private final MongoTemplate mongo;
    private final DocumentWriter writer;

    public MongoContactpersonen(MongoTemplate mongo, DocumentWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public Optional<Contactpersoon> vind(String medewerkerId) {
        return Optional.ofNullable(mongo.findById(medewerkerId, ContactpersoonDocument.class)).map(MongoContactpersonen::toDomain);
    }

    @Override
    public Map<String, Contactpersoon> vindAlle(Collection<String> medewerkerIds) {
        if (medewerkerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Contactpersoon> gevonden = new HashMap<>();
        // One _id $in: served by the _id index on the embedded store and on MongoDB alike.
        for (ContactpersoonDocument d : mongo.find(Query.query(Criteria.where("_id").in(Set.copyOf(medewerkerIds))), ContactpersoonDocument.class)) {
            gevonden.put(d.id(), toDomain(d));
        }
        return gevonden;
    }

    @Override
    public List<Contactpersoon> metRolInGemeente(String rol, String gemeenteCode) {
        // "gemeenten" is an array: equality matches any element.
        Query query = Query.query(Criteria.where("rol").is(rol).and("gemeenten").is(gemeenteCode)).with(Sort.by("_id"));
        return mongo.find(query, ContactpersoonDocument.class).stream().map(MongoContactpersonen::toDomain).toList();
    }

    @Override
    public void bewaar(Contactpersoon c) {
        mongo.save(toDocument(c));
    }

    @Override
    public boolean voegToeAlsNieuw(Contactpersoon c) {
        return writer.insertIfAbsent(toDocument(c));
    }

    private static ContactpersoonDocument toDocument(Contactpersoon c) {
        return new ContactpersoonDocument(c.medewerkerId(), c.naam(), c.email(), c.rol(), c.gemeenten());
    }

    private static Contactpersoon toDomain(ContactpersoonDocument d) {
        return new Contactpersoon(d.id(), d.naam(), d.email(), d.rol(), d.gemeenten() == null ? List.of() : d.gemeenten());
    }
}
