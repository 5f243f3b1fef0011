package nl.jeugdlink.escalatie.termijn.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.escalatie.termijn.adapter.persistence.Vervaldagen.Vervaldag;
import nl.jeugdlink.platform.test.RealInfrastructure;
import nl.jeugdlink.platform.test.StoreQueries;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The due-index spreads a day's deadlines over its documents, so that no write rewrites a list that grows with the
 * data: every deadline opened on one day passes at one instant (the end of a working day), and one document per day held
 * all 50,000 of the growth bench's (~4.5 MB). And its cursor never passes a deadline listed while a sweep walked the days.
 * Against the real MongoDB wire endpoint of the tests.
 */
class VervaldagenIntegrationTest {

    private static final Instant EINDE_DAG = Instant.parse("2026-12-11T23:00:00Z");
    private static final LocalDate DAG = LocalDate.parse("2026-12-11");

    private final StoreQueries queries = new StoreQueries();
    private MongoClient client;
    private MongoTemplate mongo;
    private Vervaldagen vervaldagen;

    @BeforeEach
    void store() {
        String database = "vervaldagen-" + UUID.randomUUID();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(RealInfrastructure.get().mongoUri(database))).addCommandListener(queries).build());
        mongo = new MongoTemplate(client, database);
        vervaldagen = new Vervaldagen(mongo);
        vervaldagen.indexeer();
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
        // 4,000 over 1,024 documents is ~4 each, 1,000 ~1; hashing spreads them unevenly (a Poisson tail), but nowhere near one
        // document of 4,000: the bounds are far beyond that tail and far below the day.
        assertThat(grootsteLijst()).as("the largest document of the day at 4,000 deadlines").isLessThan(4_000 / Vervaldagen.DELEN * 4 + 8);
        assertThat(grootsteBijDuizend).as("and at 1,000").isLessThan(1_000 / Vervaldagen.DELEN * 4 + 8);
        assertThat(vervaldagen.lees(EINDE_DAG.plusSeconds(1), 10_000).verstreken()).as("the sweep sees them all due").hasSize(4_000);

        vervaldagen.vergeet(eersteDuizend);

        assertThat(vervaldagen.dag(DAG)).as("met deadlines taken out of their documents").hasSize(3_000).doesNotContainAnyElementsOf(eersteDuizend);
        List<Vervaldag> alle = new ArrayList<>(eersteDuizend);
        alle.addAll(nogDrieduizend);
        assertThat(vervaldagen.nogVermeld(alle)).as("the sweep's check, from their own documents").containsExactlyInAnyOrderElementsOf(nogDrieduizend);
    }

    @Test
    void aDayStoredAsOneDocumentByAnEarlierVersionIsSpreadOnceAtStartAndStillDue() {
        List<Vervaldag> oud = deadlines(10);
        mongo.insert(new Document("_id", DAG.toString()).append("termijnen", oud.stream().map(Vervaldag::tekst).toList()), Vervaldagen.COLLECTION);
        mongo.insert(new Document("_id", "cursor").append("tot", DAG.toString()), Vervaldagen.COLLECTION);

        assertThat(vervaldagen.verdeelOudeDagen()).isEqualTo(10);

        Document hoofd = mongo.findById(DAG.toString(), Document.class, Vervaldagen.COLLECTION);
        assertThat(hoofd).as("the earlier day document, now its head").isNotNull();
        assertThat(hoofd.getList("termijnen", String.class)).as("its list moved out").isEmpty();
        assertThat(vervaldagen.dag(DAG)).containsExactlyInAnyOrderElementsOf(oud);
        assertThat(vervaldagen.lees(EINDE_DAG.plusSeconds(1), 100).verstreken()).containsExactlyInAnyOrderElementsOf(oud);
        assertThat(vervaldagen.verdeelOudeDagen()).as("a second start").isZero();
    }

    /** A store spread over another number of documents (this layout's first version had 64) is moved once at start too. */
    @Test
    void aDaySpreadOverAnotherNumberOfDocumentsIsMovedOnceAndStillDue() {
        List<Vervaldag> oud = deadlines(20);
        // All in one document of the day, as a store with one bucket per day would hold them; most belong elsewhere now.
        mongo.insert(new Document("_id", DAG + "#0").append("termijnen", oud.stream().map(Vervaldag::tekst).toList()), Vervaldagen.COLLECTION);
        mongo.insert(new Document("_id", DAG.toString()).append("delen", List.of(0)), Vervaldagen.COLLECTION);
        mongo.insert(new Document("_id", "cursor").append("tot", DAG.toString()), Vervaldagen.COLLECTION);

        int verplaatst = vervaldagen.verdeelOudeDagen();

        assertThat(verplaatst).as("those not in their own document").isPositive().isLessThanOrEqualTo(20);
        assertThat(vervaldagen.dag(DAG)).as("each listed once").containsExactlyInAnyOrderElementsOf(oud);
        vervaldagen.vergeet(oud);
        assertThat(vervaldagen.dag(DAG)).as("and each removed from where it is now").isEmpty();
    }

    /**
     * A sweep reads the cursor, then walks the days up to today; a writer lists a deadline on a day the walk had already
     * passed. The cursor lay earlier, so the writer's $min leaves its day as it was: only the count the writer adds keeps the
     * sweep from moving the cursor past that deadline (two instances of the service, or a breach's next person due in the past).
     */
    @Test
    void aSweepDoesNotMoveTheCursorPastADeadlineListedWhileItWalkedTheDays() {
        Vervaldag maandag = deadline("2026-06-01T22:00:00Z");
        vervaldagen.schrijf(List.of(maandag));
        Instant woensdag = Instant.parse("2026-06-10T12:00:00Z");
        long mark = queries.mark();

        Vervaldagen.Gelezen gelezen = vervaldagen.lees(woensdag, 100);
        assertThat(gelezen.verstreken()).containsExactly(maandag);
        Vervaldag tussendoor = deadline("2026-06-03T22:00:00Z");
        vervaldagen.schrijf(List.of(tussendoor));
        vervaldagen.vergeet(gelezen.verstreken());
        vervaldagen.verzet(gelezen, LocalDate.parse("2026-06-10"));

        assertThat(cursor()).as("left where the sweep read it").isEqualTo("2026-06-01");
        Vervaldagen.Gelezen volgende = vervaldagen.lees(woensdag, 100);
        assertThat(volgende.verstreken()).as("the next sweep finds it").containsExactly(tussendoor);

        vervaldagen.vergeet(volgende.verstreken());
        vervaldagen.verzet(volgende, LocalDate.parse("2026-06-10"));
        assertThat(cursor()).as("with no write in between, the cursor moves").isEqualTo("2026-06-10");
        assertThat(queries.since(mark)).as("the sweep's reads and its compare-and-set were sent").isNotEmpty();
        assertThat(queries.scanning(mongo, mark, Set.of(Vervaldagen.COLLECTION))).as("each by _id or a unique index").isEmpty();
    }

    @Test
    void aCursorOfAnEarlierVersionWithoutACountStillMoves() {
        mongo.insert(new Document("_id", "cursor").append("tot", "2026-06-01"), Vervaldagen.COLLECTION);

        vervaldagen.verzet(vervaldagen.lees(Instant.parse("2026-06-10T12:00:00Z"), 100), LocalDate.parse("2026-06-10"));

        assertThat(cursor()).isEqualTo("2026-06-10");
    }

    private String cursor() {
        return mongo.findById("cursor", Document.class, Vervaldagen.COLLECTION).getString("tot");
    }

    private static Vervaldag deadline(String verstrijktOp) {
        String traject = UUID.randomUUID().toString();
        return new Vervaldag(traject, traject + ":EERSTE_CONTACT", Instant.parse(verstrijktOp));
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
