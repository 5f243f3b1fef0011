package nl.jeugdlink.casus.casus.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A measuring loop, not a check of speed (no time is asserted; machines differ): 5,000 casussen opened under ONE
 * teamleider and ONE GW, as the hop bench does, each opening writing their two lines through the adapter over the wire
 * to the embedded store; prints the time per 500 so one sees whether a write slows down as the person's list grows.
 * Run on demand: {@code ./mvnw -B -q -pl case-service -am verify -Dit.test=WerklijstGroeiIntegrationTest
 * -Djeugdlink.meting=true -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "jeugdlink.meting", matches = "true")
class WerklijstGroeiIntegrationTest {

    private static final int CASUSSEN = 5_000;
    private static final int STAP = 500;

    @Test
    void writingFiveThousandCasussenUnderOnePerson() {
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress adres = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + adres.getPort())) {
            MongoWerklijsten werklijsten = new MongoWerklijsten(new MongoTemplate(client, "meting"));
            long begin = System.nanoTime();
            long stap = begin;
            for (int i = 1; i <= CASUSSEN; i++) {
                CasusId id = new CasusId(UUID.randomUUID());
                werklijsten.werkBij(id, Map.of(), Map.of("tl-meting", regel(id, TeamRol.TEAMLEIDER), "gw-meting", regel(id, TeamRol.GEDRAGSWETENSCHAPPER)));
                if (i % STAP == 0) {
                    long nu = System.nanoTime();
                    System.out.printf("werklijst-meting: casussen %5d-%5d  %6.3f ms per casus%n", i - STAP + 1, i, (nu - stap) / 1e6 / STAP);
                    stap = nu;
                }
            }
            System.out.printf("werklijst-meting: %d casussen in %d ms%n", CASUSSEN, (System.nanoTime() - begin) / 1_000_000);
            long lijst = System.nanoTime();
            assertThat(werklijsten.van("tl-meting")).hasSize(CASUSSEN);
            System.out.printf("werklijst-meting: the list of %d read in %d ms%n", CASUSSEN, (System.nanoTime() - lijst) / 1_000_000);
        } finally {
            server.shutdownNow();
        }
    }

    private static Werklijstregel regel(CasusId id, TeamRol rol) {
        return new Werklijstregel(id, "GM0228", rol, Instant.parse("2026-11-02T09:00:00Z"), null, 2, 0, null);
    }
}
