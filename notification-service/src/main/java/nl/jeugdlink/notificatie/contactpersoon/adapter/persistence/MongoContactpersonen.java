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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

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

    /**
     * Two reads by {@code _id}, however many are asked: the municipalities' lists of people in the roles ({@code _id $in}), then
     * those people. A list may name someone who moved on (a change is more than one write, see {@link #bewaar}); who no longer
     * has the role there, or is now an organisation's (a GI's teamleider is reached by their organisation, not as the
     * municipality's own), is left out here.
     */
    @Override
    public Map<RolInGemeente, List<Contactpersoon>> metRollenInGemeenten(Collection<RolInGemeente> gevraagd) {
        Map<String, RolInGemeente> perLijst = new HashMap<>();
        gevraagd.forEach(g -> perLijst.put(GemeenteRolDocument.id(g.gemeenteCode(), g.rol()), g));
        if (perLijst.isEmpty()) {
            return Map.of();
        }
        List<GemeenteRolDocument> lijsten = mongo.find(Query.query(Criteria.where("_id").in(perLijst.keySet())), GemeenteRolDocument.class);
        Set<String> ids = new java.util.HashSet<>();
        lijsten.forEach(l -> ids.addAll(l.medewerkerIds() == null ? List.of() : l.medewerkerIds()));
        Map<String, Contactpersoon> bekend = vindAlle(ids);
        Map<RolInGemeente, List<Contactpersoon>> gevonden = new HashMap<>();
        for (GemeenteRolDocument lijst : lijsten) {
            RolInGemeente g = perLijst.get(lijst.id());
            if (g == null || lijst.medewerkerIds() == null) {
                continue;
            }
            gevonden.put(g, lijst.medewerkerIds().stream().distinct().map(bekend::get).filter(java.util.Objects::nonNull)
                    .filter(c -> g.rol().equals(c.rol()) && c.organisatie() == null && c.gemeenten().contains(g.gemeenteCode()))
                    .sorted(java.util.Comparator.comparing(Contactpersoon::medewerkerId))
                    .toList());
        }
        return gevonden;
    }

    /**
     * Puts every entry stored before the municipalities' lists were kept into them, once: the one scan of the directory, at
     * start, before anything reads it; then a document says so ({@link GemeenteRolDocument#OPGEBOUWD}), read by {@code _id} at
     * every later start. Stopped half-way, the next start does it again (adding to a list is idempotent).
     */
    public void bouwGemeentelijstenOp() {
        if (mongo.findById(GemeenteRolDocument.OPGEBOUWD, GemeenteRolDocument.class) != null) {
            return;
        }
        for (ContactpersoonDocument d : mongo.findAll(ContactpersoonDocument.class)) {
            neemOpInGemeenten(toDomain(d));
        }
        writer.insertIfAbsent(new GemeenteRolDocument(GemeenteRolDocument.OPGEBOUWD, List.of()));
    }

    /**
     * Two reads by {@code _id}: the organisation's list of people in the role, then those people. The list may name someone
     * who moved on (a change is two writes, see {@link #bewaar}); who no longer has the role there is left out here.
     */
    @Override
    public List<Contactpersoon> metRolInOrganisatie(String rol, String organisatie) {
        OrganisatieRolDocument lijst = mongo.findById(OrganisatieRolDocument.id(organisatie, rol), OrganisatieRolDocument.class);
        if (lijst == null || lijst.medewerkerIds() == null || lijst.medewerkerIds().isEmpty()) {
            return List.of();
        }
        return vindAlle(lijst.medewerkerIds()).values().stream()
                .filter(c -> rol.equals(c.rol()) && organisatie.equals(c.organisatie()))
                .sorted(java.util.Comparator.comparing(Contactpersoon::medewerkerId))
                .toList();
    }

    /**
     * The entry, then the organisation's list: the new one gains the person before the old one loses them, so that a stop in
     * between leaves a name too many (which {@link #metRolInOrganisatie} checks against the entry), never one missing.
     */
    @Override
    public void bewaar(Contactpersoon c) {
        ContactpersoonDocument voor = mongo.findById(c.medewerkerId(), ContactpersoonDocument.class);
        mongo.save(toDocument(c));
        neemOpInOrganisatie(c);
        neemOpInGemeenten(c);
        if (voor != null) {
            // The municipalities' lists it no longer belongs in (another role, a municipality less, now an organisation's) lose it.
            Set<String> nu = Set.copyOf(gemeentelijsten(c));
            gemeentelijsten(toDomain(voor)).stream().filter(id -> !nu.contains(id)).forEach(id -> mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id)), new Update().pull("medewerkerIds", c.medewerkerId()), GemeenteRolDocument.class));
        }
        if (voor != null && voor.organisatie() != null && !OrganisatieRolDocument.id(voor.organisatie(), voor.rol())
                .equals(c.organisatie() == null ? null : OrganisatieRolDocument.id(c.organisatie(), c.rol()))) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(OrganisatieRolDocument.id(voor.organisatie(), voor.rol()))),
                    new Update().pull("medewerkerIds", c.medewerkerId()), OrganisatieRolDocument.class);
        }
    }

    /** The organisation's list too, also when the entry was there (a start stopped between the two writes does it again). */
    @Override
    public boolean voegToeAlsNieuw(Contactpersoon c) {
        boolean nieuw = writer.insertIfAbsent(toDocument(c));
        if (nieuw) {
            neemOpInOrganisatie(c);
            neemOpInGemeenten(c);
        } else {
            vind(c.medewerkerId()).ifPresent(bestaand -> {
                neemOpInOrganisatie(bestaand);
                neemOpInGemeenten(bestaand);
            });
        }
        return nieuw;
    }

    private void neemOpInOrganisatie(Contactpersoon c) {
        if (c.organisatie() != null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(OrganisatieRolDocument.id(c.organisatie(), c.rol()))),
                    new Update().addToSet("medewerkerIds", c.medewerkerId()), OrganisatieRolDocument.class);
        }
    }

    /** The municipalities' lists the entry belongs in: one per municipality for its role; none for an organisation's people. */
    private static List<String> gemeentelijsten(Contactpersoon c) {
        return c.organisatie() != null ? List.of() : c.gemeenten().stream().map(g -> GemeenteRolDocument.id(g, c.rol())).toList();
    }

    private void neemOpInGemeenten(Contactpersoon c) {
        for (String id : gemeentelijsten(c)) {
            mongo.upsert(Query.query(Criteria.where("_id").is(id)), new Update().addToSet("medewerkerIds", c.medewerkerId()), GemeenteRolDocument.class);
        }
    }

    private static ContactpersoonDocument toDocument(Contactpersoon c) {
        return new ContactpersoonDocument(c.medewerkerId(), c.naam(), c.email(), c.rol(), c.gemeenten(), c.organisatie());
    }

    private static Contactpersoon toDomain(ContactpersoonDocument d) {
        return new Contactpersoon(d.id(), d.naam(), d.email(), d.rol(), d.gemeenten() == null ? List.of() : d.gemeenten(), d.organisatie());
    }
}
