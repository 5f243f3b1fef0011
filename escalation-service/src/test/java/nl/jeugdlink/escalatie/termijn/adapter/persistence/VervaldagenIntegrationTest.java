package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.Vervaldagen.Vervaldag;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The due-index spreads a day's deadlines over its documents, so that no write rewrites a list that grows with the
 * data: every deadline opened on one day passes at one instant (the end of a working day), and one document per day held
 * all 50,000 of the growth bench's (~4.5 MB). Against the real MongoDB wire endpoint of the tests.
 */
class VervaldagenIntegrationTest {

    private static final Instant EINDE_DAG = Instant.parse("2026-12-11T23:00:00Z");
    private static final LocalDate DAG = LocalDate.parse("2026-12-11");

    private MongoClient client;
    private MongoTemplate mongo;
    private Vervaldagen vervaldagen;

    @BeforeEach
    void store() {
        String database = "vervaldagen-" + UUID.randomUUID();
        client = MongoClients.create(RealInfrastructure.get().mongoUri(database));
        mongo = new MongoTemplate(client, database);
        vervaldagen = new Vervaldagen(mongo);
    }

    @AfterEach
    void close() {
        mongo.getDb().drop();
        client.close();
    }

    @Test
    void aDaysDeadlinesAreSpreadSoThatAWriteRewritesAPartOfTheDayNotTheWholeDay() {
        List<Vervaldag> eersteDuizend = deadlines(1_000);
        vervaldagen.schrijf(eersteDuizend);
        int grootsteBijDuizend = grootsteLijst();
        List<Vervaldag> nogDrieduizend = deadlines(3_000);
        vervaldagen.schrijf(nogDrieduizend);

        assertThat(vervaldagen.dag(DAG)).as("the day's deadlines, all read back").hasSize(4_000);
        // 4,000 over 64 documents is 62.5 each; hashing spreads them unevenly, but nowhere near one document of 4,000.
        assertThat(grootsteLijst()).as("the largest document of the day at 4,000 deadlines").isLessThan(4_000 / Vervaldagen.DELEN * 2);
        assertThat(grootsteBijDuizend).as("and at 1,000").isLessThan(1_000 / Vervaldagen.DELEN * 3);
        assertThat(vervaldagen.lees(EINDE_DAG.plusSeconds(1), 10_000).verstreken()).as("the sweep sees them all due").hasSize(4_000);

        vervaldagen.vergeet(eersteDuizend);

        assertThat(vervaldagen.dag(DAG)).as("met deadlines taken out of their documents").hasSize(3_000).doesNotContainAnyElementsOf(eersteDuizend);
    }

    @Test
    void aDayStoredAsOneDocumentByAnEarlierVersionIsSpreadOnceAtStartAndStillDue() {
        List<Vervaldag> oud = deadlines(10);
        mongo.insert(new Document("_id", DAG.toString()).append("termijnen", oud.stream().map(Vervaldag::tekst).toList()), Vervaldagen.COLLECTION);
        mongo.insert(new Document("_id", "cursor").append("tot", DAG.toString()), Vervaldagen.COLLECTION);

        assertThat(vervaldagen.verdeelOudeDagen()).isEqualTo(10);

        assertThat(mongo.findById(DAG.toString(), Document.class, Vervaldagen.COLLECTION)).as("the earlier day document").isNull();
        assertThat(vervaldagen.dag(DAG)).containsExactlyInAnyOrderElementsOf(oud);
        assertThat(vervaldagen.lees(EINDE_DAG.plusSeconds(1), 100).verstreken()).containsExactlyInAnyOrderElementsOf(oud);
        assertThat(vervaldagen.verdeelOudeDagen()).as("a second start").isZero();
    }

    private static List<Vervaldag> deadlines(int aantal) {
        List<Vervaldag> lijst = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            String traject = UUID.randomUUID().toString();
            lijst.add(new Vervaldag(traject, traject + ":EERSTE_CONTACT", EINDE_DAG));
        }
        return lijst;
    }

    /** The longest list of any one document of the due-index. */
    private int grootsteLijst() {
        return mongo.findAll(Document.class, Vervaldagen.COLLECTION).stream()
                .mapToInt(d -> d.getList("termijnen", String.class, List.of()).size()).max().orElse(0);
    }
}
