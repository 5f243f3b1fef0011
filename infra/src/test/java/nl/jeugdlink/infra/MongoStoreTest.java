package nl.jeugdlink.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Talks to the store over the real MongoDB wire protocol with the official driver, and
 * proves that a second start on the same H2 file finds the data of the first.
 */
class MongoStoreTest {

    // Under target/ (the module folder is surefire's working directory), in folders that
    // do not exist yet: the store must create them.
    private final Path dataFile = Path.of("target", "mongo-store-test", UUID.randomUUID().toString(), "nested", "store.mv");

    @Test
    void aSecondStartFindsTheDataOfTheFirst() throws Exception {
        String id = UUID.randomUUID().toString();

        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(store.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(store.address().getPort()).isPositive();

            casussen(client).insertOne(new Document("_id", id).append("kind", "intake").append("score", 7));

            assertThat(casussen(client).countDocuments()).isEqualTo(1);
        }
        assertThat(dataFile).exists();
        assertThat(Files.size(dataFile)).isPositive();

        // A new server process would do exactly this: open the same file on a (new) port.
        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = casussen(client).find(new Document("_id", id)).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("kind")).isEqualTo("intake");
            assertThat(found.getInteger("score")).isEqualTo(7);
            assertThat(casussen(client).countDocuments()).isEqualTo(1);
            assertThat(client.listDatabaseNames()).contains("jeugdlink-test");
        }
    }

    @Test
    void countsEachDatabasesRoundTripsAndTheirStatementsForTheBench() throws Exception {
        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("jeugdlink-tel").getCollection("dingen");
            collection.insertMany(java.util.List.of(new Document("_id", "a"), new Document("_id", "b"), new Document("_id", "c")));
            collection.bulkWrite(java.util.List.of(
                new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", "a"), new Document("$set", new Document("n", 1))),
                new com.mongodb.client.model.UpdateOneModel<>(new Document("_id", "b"), new Document("$set", new Document("n", 2)))));
            collection.find(new Document("_id", "c")).first();

            Document counts = client.getDatabase("admin").runCommand(new Document("jeugdlinkCommandCounts", 1));

            Document commands = counts.get("commands", Document.class);
            Document statements = counts.get("statements", Document.class);
            assertThat(commands.get("jeugdlink-tel.dingen.insert")).isEqualTo(1L);
            assertThat(statements.get("jeugdlink-tel.dingen.insert")).isEqualTo(3L);
            assertThat(commands.get("jeugdlink-tel.dingen.update")).isEqualTo(1L);
            assertThat(statements.get("jeugdlink-tel.dingen.update")).isEqualTo(2L);
            assertThat(commands.get("jeugdlink-tel.dingen.find")).isEqualTo(1L);
        }
    }

    @Test
    void countsTheDocumentsEachCollectionsScansReadAndNoneForALookupByIdOrUniqueIndex() throws Exception {
        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> dingen = client.getDatabase("jeugdlink-tel").getCollection("dingen");
            dingen.createIndex(new Document("sleutel", 1), new com.mongodb.client.model.IndexOptions().unique(true));
            for (int i = 0; i < 40; i++) {
                dingen.insertOne(new Document("_id", "d" + i).append("sleutel", "k" + i).append("soort", i % 2 == 0 ? "even" : "oneven"));
            }
        }
        // Opened again: the databases the file holds are opened by the backend's constructor, and count as well.
        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> dingen = client.getDatabase("jeugdlink-tel").getCollection("dingen");
            dingen.find(new Document("_id", "d7")).first();
            dingen.find(new Document("sleutel", "k8")).first();
            dingen.updateOne(new Document("_id", "d9"), new Document("$set", new Document("n", 1)));
            assertThat(scanned(client)).as("lookups by _id and by a unique index read no collection").doesNotContainKey("jeugdlink-tel.dingen");

            assertThat(dingen.countDocuments(new Document("soort", "even"))).isEqualTo(20);

            assertThat(scanned(client)).containsEntry("jeugdlink-tel.dingen", 40L);
        }
    }

    private static Document scanned(MongoClient client) {
        Document scanned = client.getDatabase("admin").runCommand(new Document("jeugdlinkCommandCounts", 1)).get("scanned", Document.class);
        scanned.values().removeIf(n -> ((Number) n).longValue() == 0);
        return scanned;
    }

    @Test
    void answersTheHelloCommandThatSpringBootsHealthCheckSends() throws Exception {
        try (MongoStore store = MongoStore.start(0, dataFile);
             MongoClient client = MongoClients.create(store.connectionString())) {
            // Spring Boot's MongoHealthIndicator runs exactly this on the service's database.
            Document hello = client.getDatabase("jeugdlink-intake").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.get("maxWireVersion", Number.class).intValue()).isPositive();
        }
    }

    private static MongoCollection<Document> casussen(MongoClient client) {
        return client.getDatabase("jeugdlink-test").getCollection("casussen");
    }
}
