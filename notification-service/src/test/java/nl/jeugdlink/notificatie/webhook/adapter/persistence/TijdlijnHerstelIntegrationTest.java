package nl.jeugdlink.notificatie.webhook.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.result.UpdateResult;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.webhook.domain.Gebeurtenis;
import nl.jeugdlink.notificatie.webhook.domain.Tijdlijnen;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.persistence.DocumentWriter;
import nl.jeugdlink.platform.persistence.RetryPolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

/**
 * A provider's feed after a crash between numbering an event and writing its feed entry (issue 14): the process dies at
 * the casus's pointer or at the feed entry - a store that fails that one write stands in for the kill - and the event's
 * redelivery (the consumer did not acknowledge it) heals it: the entry is written under its first number and still names
 * the one before of its casus, and the next event of the casus names this one. Against the real store.
 */
@NotificatieIntegrationTest
class TijdlijnHerstelIntegrationTest {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutgoingEvents outgoing;
    @Autowired
    RetryPolicy retry;

    @Test
    void aCrashBeforeTheCasusPointerMovedHealsOnTheRedelivery() {
        blijftInVolgorde(MongoTijdlijnen.CASUSSEN);
    }

    @Test
    void aCrashBeforeTheFeedEntryWasWrittenHealsOnTheRedelivery() {
        blijftInVolgorde(MongoTijdlijnen.GEBEURTENISSEN);
    }

    private void blijftInVolgorde(String waarHetStopt) {
        String agb = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        String casus = UUID.randomUUID().toString();
        Storing storing = new Storing(mongo);
        MongoTijdlijnen tijdlijnen = new MongoTijdlijnen(storing, new DocumentWriter(storing, outgoing, retry));

        Gebeurtenis eerste = legVast(tijdlijnen, agb, casus, UUID.randomUUID().toString()).gebeurtenis();
        String tweede = UUID.randomUUID().toString();
        storing.bij = waarHetStopt;
        assertThatThrownBy(() -> legVast(tijdlijnen, agb, casus, tweede)).isInstanceOf(Gestopt.class);
        assertThat(tijdlijnen.na(agb, eerste.volgnummer(), 10)).as("no feed entry after the crash").isEmpty();

        // The redelivery: the same event id, after the restart.
        var hersteld = legVast(tijdlijnen, agb, casus, tweede);
        assertThat(hersteld.nieuw()).isTrue();
        assertThat(hersteld.gebeurtenis().volgnummer()).as("the number it got before the crash").isEqualTo(eerste.volgnummer() + 1);
        assertThat(hersteld.gebeurtenis().vorigeVanCasus()).as("still behind the one before of its casus").isEqualTo(eerste.volgnummer());
        assertThat(tijdlijnen.vind(agb, hersteld.gebeurtenis().volgnummer()).orElseThrow().vorigeVanCasus()).isEqualTo(eerste.volgnummer());

        // Once more (a second redelivery): nothing new, the same entry.
        var nogmaals = legVast(tijdlijnen, agb, casus, tweede);
        assertThat(nogmaals.nieuw()).isFalse();
        assertThat(nogmaals.gebeurtenis().volgnummer()).isEqualTo(hersteld.gebeurtenis().volgnummer());

        // The casus's next event waits behind the healed one, not behind the first.
        Gebeurtenis derde = legVast(tijdlijnen, agb, casus, UUID.randomUUID().toString()).gebeurtenis();
        assertThat(derde.vorigeVanCasus()).isEqualTo(hersteld.gebeurtenis().volgnummer());
        assertThat(tijdlijnen.na(agb, 0, 10)).extracting(Gebeurtenis::volgnummer)
                .containsExactly(eerste.volgnummer(), hersteld.gebeurtenis().volgnummer(), derde.volgnummer());
    }

    private static Tijdlijnen.Vastgelegd legVast(MongoTijdlijnen tijdlijnen, String agb, String casus, String eventId) {
        return tijdlijnen.legVast(agb, eventId, "JeugdhulpToegewezen", "nl.jeugdlink.routing.jeugdhulp-toegewezen.v1", "urn:test", casus,
                Instant.parse("2026-12-05T10:00:00Z"), "{}");
    }

    /** The process stopping at one write. */
    static final class Gestopt extends RuntimeException {
        Gestopt(String waar) {
            super("stopped before the write to " + waar);
        }
    }

    /** The real store, but the next write to one collection does not happen: the process stops there. */
    static final class Storing extends MongoTemplate {

        @Nullable String bij;

        Storing(MongoTemplate echt) {
            super(echt.getMongoDatabaseFactory(), echt.getConverter());
        }

        private void misschienStoppen(String collectie) {
            if (collectie.equals(bij)) {
                bij = null;
                throw new Gestopt(collectie);
            }
        }

        @Override
        public <T> T insert(T object, String collectionName) {
            misschienStoppen(collectionName);
            return super.insert(object, collectionName);
        }

        @Override
        public UpdateResult upsert(Query query, UpdateDefinition update, String collectionName) {
            misschienStoppen(collectionName);
            return super.upsert(query, update, collectionName);
        }
    }
}
