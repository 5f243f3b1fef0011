package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The instance the store's map holds is never changed in place: H2's serialisation thread may be writing the page
 * that holds it while an update runs, and a change under it closed the whole store (a
 * {@code ConcurrentModificationException} in the page write, found by the growth bench).
 */
class BsonCollectionTest {

    @Test
    void anUpdateLeavesTheInstanceTheMapHeldUntouchedAndPutsANewOne() throws Exception {
        Path file = Path.of("target", "bson-collection-test", UUID.randomUUID() + ".mv");
        java.nio.file.Files.createDirectories(file.getParent());
        MVStore store = BsonBackend.openFile(file);
        MongoServer server = new MongoServer(new BsonBackend(store));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<org.bson.Document> dingen = client.getDatabase("jeugdlink-test").getCollection("dingen");
            dingen.insertOne(new org.bson.Document("_id", "a").append("n", 1));
            MVMap<Object, StoredDocument> data = store.openMap(StoreFormat.DATA_PREFIX + "jeugdlink-test.dingen", StoreFormat.dataMap());
            Document heldBefore = data.get("a").document();

            dingen.updateOne(new org.bson.Document("_id", "a"), new org.bson.Document("$set", new org.bson.Document("nieuw", "veld")));
            dingen.updateMany(new org.bson.Document("n", 1), new org.bson.Document("$inc", new org.bson.Document("n", 1))); // a scan

            assertThat(heldBefore).as("the instance a page being written may hold").doesNotContainKey("nieuw").containsEntry("n", 1);
            assertThat(data.get("a").document()).isNotSameAs(heldBefore).containsEntry("nieuw", "veld").containsEntry("n", 2);
            assertThat(dingen.find(new org.bson.Document("_id", "a")).first()).containsEntry("nieuw", "veld").containsEntry("n", 2);
        } finally {
            server.shutdownNow();
        }
    }
}
