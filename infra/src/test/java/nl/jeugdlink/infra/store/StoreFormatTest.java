package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import nl.jeugdlink.infra.MongoStore;

/**
 * The store's own file format (ADR 0024), over the real wire protocol: what goes in comes back with
 * its types after a restart, unique indexes keep working across it, and a file written by the
 * library's own H2 backend is refused with a message - never misread - and can be converted.
 */
class StoreFormatTest {

    private final Path dir = Path.of("target", "store-format-test", UUID.randomUUID().toString());

    @Test
    void documentsKeepTheirTypesAndUniqueIndexesTheirEntriesAcrossARestart() throws Exception {
        Path file = dir.resolve("store.mv");
        ObjectId objectId = new ObjectId();
        Document original = new Document("_id", "a-1")
            .append("int", 7).append("long", 7L).append("double", 2.5).append("bool", true)
            .append("date", new Date(1_700_000_000_000L)).append("oid", objectId)
            .append("nested", new Document("list", List.of(1, "twee", new Document("x", 3))))
            .append("nothing", null).append("version", 0L);

        try (MongoStore store = MongoStore.start(0, file); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> docs = collection(client);
            docs.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("id_versie"));
            docs.createIndex(Indexes.ascending("int"), new IndexOptions().name("not_unique"));
            docs.insertOne(original);
            docs.insertOne(new Document("_id", objectId).append("version", 3L));
            for (int i = 0; i < 500; i++) {
                docs.insertOne(new Document("_id", "b-" + i).append("version", (long) i));
            }
            docs.updateOne(new Document("_id", "b-7").append("version", 7L), new Document("$inc", new Document("version", 1L)));
        }

        try (MongoStore store = MongoStore.start(0, file); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> docs = collection(client);
            assertThat(docs.find(new Document("_id", "a-1")).first()).isEqualTo(original);
            assertThat(docs.find(new Document("_id", objectId)).first()).containsEntry("version", 3L);
            assertThat(docs.countDocuments()).isEqualTo(502);
            assertThat(docs.find(new Document("_id", "b-7").append("version", 8L)).first()).isNotNull();
            assertThat(docs.find(new Document("_id", "b-7").append("version", 7L)).first()).isNull();
            assertThat(docs.find(new Document("int", 7)).first()).containsEntry("_id", "a-1");
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", "b-9").append("version", 1L)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            List<String> indexNames = new ArrayList<>();
            docs.listIndexes().forEach(index -> indexNames.add(index.getString("name")));
            assertThat(indexNames).contains("_id_", "id_versie", "not_unique");
        }
    }

    @Test
    void aFileOfTheLibrarysOwnFormatIsRefusedThenConverted() throws Exception {
        Path file = dir.resolve("old.mv");
        Files.createDirectories(dir);
        MongoServer old = new MongoServer(new H2Backend(file.toString()));
        try {
            InetSocketAddress address = old.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                collection(client).createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
                collection(client).insertOne(new Document("_id", "oud").append("kind", "intake").append("version", 1L));
            }
        } finally {
            old.shutdownNow();
        }

        assertThatThrownBy(() -> MongoStore.start(0, file))
            .isInstanceOf(StoreFormat.LegacyStoreException.class)
            .hasMessageContaining("--migrate").hasMessageContaining("Java serialisation");

        assertThat(StoreFormat.migrate(file)).isPositive();
        assertThat(file.resolveSibling("old.mv.java-serialised")).exists();

        try (MongoStore store = MongoStore.start(0, file); MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> docs = collection(client);
            assertThat(docs.find(new Document("_id", "oud")).first()).containsEntry("kind", "intake");
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", "oud").append("version", 2L)))
                .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(docs.find(new Document("_id", "oud").append("version", 1L)).first()).isNotNull();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("jeugdlink-test").getCollection("docs");
    }
}
