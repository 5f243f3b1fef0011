package nl.jeugdlink.infra.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.bson.Document;
import org.h2.mvstore.MVStore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/** The store on a file behind the wire protocol, as {@code ./jeugdlink run} starts it, with a client on loopback: for the store's tests. */
final class StoreOnFile implements AutoCloseable {

    final MVStore store;
    final BsonBackend backend;
    private final MongoServer server;
    private final MongoClient client;

    StoreOnFile(Path file) {
        store = BsonBackend.openFile(file);
        backend = new BsonBackend(store);
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
    }

    /** A new file under {@code target/<folder>}. */
    static Path newFile(String folder) throws IOException {
        Path file = Path.of("target", folder, UUID.randomUUID() + ".mv");
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Makes {@code file} a store of before, which kept an index in a map of its own ({@code indexMap}). */
    static void withIndexMapOfBefore(Path file, String indexMap) {
        MVStore before = BsonBackend.openFile(file);
        before.openMap(indexMap, StoreFormat.indexMap());
        before.commit();
        before.close();
    }

    MongoCollection<Document> collection(String database, String collection) {
        return client.getDatabase(database).getCollection(collection);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        store.close();
    }
}
