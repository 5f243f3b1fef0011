package nl.jeugdlink.notificatie.contactpersoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.contactpersoon.adapter.persistence.MongoContactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A municipality's people in a role (its screeners for a new referral, its teamleiders for a breach) are read by {@code _id} on the
 * real store: the municipality's list, then the entries. The store's queries are counted as they go over the wire ({@link StoreQueries})
 * and none of them scans; the lists follow every change of an entry (role, municipalities, an organisation's), and entries stored
 * before the lists were kept are put in them at start.
 */
@NotificatieIntegrationTest
class ContactpersonenPerGemeenteIntegrationTest {

    private static final Set<String> COLLECTIES = Set.of("contactpersonen", "contactpersonen_per_gemeente");

    @Autowired
    MongoContactpersonen contactpersonen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    /** A municipality code of its own per test run (not one of FoodValley's), so that the lists hold only this test's entries. */
    private final String gemeente = "GM9" + (100 + ThreadLocalRandom.current().nextInt(900));
    private final String ander = "GM8" + (100 + ThreadLocalRandom.current().nextInt(900));
    private final String kort = Long.toString(System.nanoTime(), 36);

    /** The directory's queries since the mark (the delivery round asks its own collections meanwhile). */
    private List<StoreQueries.Sent> vanDeGids(long mark) {
        return queries.since(mark).stream().filter(q -> COLLECTIES.contains(q.collection())).toList();
    }

    private Contactpersoon persoon(String id, String rol, List<String> gemeenten, String organisatie) {
        return Contactpersoon.of(id, "Naam " + id, id + "@test.example", rol, gemeenten, organisatie);
    }

    @Test
    void readsAMunicipalitysPeopleInARoleByIdWithoutAScan() {
        String eerste = "tl-b-" + kort;
        String tweede = "tl-a-" + kort;
        contactpersonen.bewaar(persoon(eerste, "teamleider", List.of(gemeente, ander), null));
        contactpersonen.voegToeAlsNieuw(persoon(tweede, "teamleider", List.of(gemeente), null));
        contactpersonen.bewaar(persoon("gw-" + kort, "gedragswetenschapper", List.of(gemeente), null));
        // A GI's teamleider working for the municipality is reached by their organisation, not as its own.
        contactpersonen.bewaar(persoon("tl-gi-" + kort, "teamleider", List.of(gemeente), "GECERTIFICEERDE_INSTELLING"));

        long mark = queries.mark();
        List<Contactpersoon> teamleiders = contactpersonen.metRolInGemeente("teamleider", gemeente);

        assertThat(teamleiders).extracting(Contactpersoon::medewerkerId).containsExactly(tweede, eerste);
        assertThat(queries.scanning(mongo, mark, COLLECTIES)).isEmpty();
        // Two round trips, both by _id: the list, then its people.
        assertThat(vanDeGids(mark)).extracting(StoreQueries.Sent::collection).containsExactly("contactpersonen_per_gemeente", "contactpersonen");
        assertThat(contactpersonen.metRolInGemeente("teamleider", ander)).extracting(Contactpersoon::medewerkerId).containsExactly(eerste);
        assertThat(contactpersonen.metRolInGemeente("gedragswetenschapper", gemeente)).extracting(Contactpersoon::medewerkerId).containsExactly("gw-" + kort);
        assertThat(contactpersonen.metRolInGemeente("regisseur", gemeente)).isEmpty();
    }

    @Test
    void theListsFollowAChangeOfRoleMunicipalityOrOrganisation() {
        String id = "tl-" + kort;
        contactpersonen.bewaar(persoon(id, "teamleider", List.of(gemeente, ander), null));

        contactpersonen.bewaar(persoon(id, "teamleider", List.of(ander), null));
        assertThat(contactpersonen.metRolInGemeente("teamleider", gemeente)).isEmpty();
        assertThat(mongo.findById(gemeente + ":teamleider", Document.class, "contactpersonen_per_gemeente").getList("medewerkerIds", String.class))
                .doesNotContain(id);

        contactpersonen.bewaar(persoon(id, "gedragswetenschapper", List.of(ander), null));
        assertThat(contactpersonen.metRolInGemeente("teamleider", ander)).isEmpty();
        assertThat(contactpersonen.metRolInGemeente("gedragswetenschapper", ander)).extracting(Contactpersoon::medewerkerId).containsExactly(id);

        contactpersonen.bewaar(persoon(id, "gedragswetenschapper", List.of(ander), "GECERTIFICEERDE_INSTELLING"));
        assertThat(contactpersonen.metRolInGemeente("gedragswetenschapper", ander)).isEmpty();
    }

    @Test
    void entriesStoredBeforeTheListsWereKeptArePutInThemOnceAtStart() {
        String id = "tl-oud-" + kort;
        // As a directory written before this change holds it: the entry alone, no list, no document saying they were built.
        mongo.insert(new Document("_id", id).append("naam", "Oud").append("email", id + "@test.example").append("rol", "teamleider")
                .append("gemeenten", List.of(gemeente)), "contactpersonen");
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is("index:v1")), "contactpersonen_per_gemeente");
        assertThat(contactpersonen.metRolInGemeente("teamleider", gemeente)).isEmpty();

        contactpersonen.bouwGemeentelijstenOp();

        assertThat(contactpersonen.metRolInGemeente("teamleider", gemeente)).extracting(Contactpersoon::medewerkerId).containsExactly(id);
        // Built once: a later start reads one document by _id and scans nothing.
        long mark = queries.mark();
        contactpersonen.bouwGemeentelijstenOp();
        assertThat(vanDeGids(mark)).extracting(StoreQueries.Sent::collection).containsExactly("contactpersonen_per_gemeente");
        assertThat(queries.scanning(mongo, mark, COLLECTIES)).isEmpty();
    }
}
