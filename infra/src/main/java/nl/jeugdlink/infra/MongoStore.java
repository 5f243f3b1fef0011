package nl.jeugdlink.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import nl.jeugdlink.infra.store.BsonBackend;
import nl.jeugdlink.infra.store.CommandCounts;
import nl.jeugdlink.infra.store.StoreFormat;

/**
 * The MongoDB that {@code ./jeugdlink run} starts when no real MongoDB is configured
 * ({@code JEUGDLINK_MONGODB_URI}): mongo-java-server speaking the MongoDB wire protocol,
 * with its data in one H2 MVStore file, so a second start finds the data of the first.
 * Documents are kept in that file as BSON, not with the library's Java serialisation
 * ({@link BsonBackend}, ADR 0024); a file in the old format is refused with a message that says
 * how to convert it.
 *
 * <p>Usage: {@code java nl.jeugdlink.infra.MongoStore [port] [h2-file]}
 * (defaults {@value #DEFAULT_PORT} and {@value #DEFAULT_FILE}), or
 * {@code java nl.jeugdlink.infra.MongoStore --migrate [h2-file]} to convert a file of the old format.
 *
 * <p>We embed {@link MongoServer} ourselves instead of using the library's
 * {@code H2MongoServer} main, because that one always binds port 27017 on "localhost".
 */
public final class MongoStore implements AutoCloseable {

    static final int DEFAULT_PORT = 27017;
    static final String DEFAULT_FILE = ".jeugdlink/mongo/jeugdlink.mv";

    private final MongoServer server;
    private final InetSocketAddress address;

    private MongoStore(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * Opens (or creates) the H2 file and binds to 127.0.0.1 only: this store has no
     * authentication, so it must never be reachable from outside the machine.
     * Port 0 picks a free port (used by the tests).
     */
    public static MongoStore start(int port, Path dataFile) throws IOException {
        Path parent = dataFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent); // MVStore does not create missing folders
        }
        MongoServer server = new MongoServer(new H2BackendWithHello(BsonBackend.openFile(dataFile)));
        StoreTls.applyIfConfigured(server); // only the TLS check asks for it (ADR 0042)
        server.bind(new InetSocketAddress("127.0.0.1", port));
        return new MongoStore(server, server.getLocalAddress());
    }

    public InetSocketAddress address() {
        return address;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    /**
     * Closes client connections and the event loops, then the backend: closing the
     * MVStore writes its last changes to the file (it otherwise commits about once a second).
     */
    @Override
    public void close() {
        server.shutdownNow();
    }

    /**
     * mongo-java-server answers the handshake command "isMaster" but not its successor "hello"
     * ("no such command"), which Spring Boot's MongoDB health indicator sends: every service
     * would report DOWN. Answer "hello" as "isMaster", plus its newer field name. Counts every
     * command for the bench ({@link CommandCounts}).
     */
    static final class H2BackendWithHello extends BsonBackend {

        H2BackendWithHello(MVStore store) {
            super(store);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            if (CommandCounts.COMMAND.equals(command)) {
                return counts().asReply();
            }
            counts().count(databaseName, command, query);
            if ("hello".equalsIgnoreCase(command)) {
                Document reply = super.handleCommand(channel, databaseName, "isMaster", query);
                reply.put("isWritablePrimary", Boolean.TRUE);
                return reply;
            }
            return super.handleCommand(channel, databaseName, command, query);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "--migrate".equals(args[0])) {
            Path file = Path.of(args.length > 1 ? args[1] : DEFAULT_FILE);
            long started = System.nanoTime();
            long entries = StoreFormat.migrate(file);
            System.out.printf("Converted %s to BSON: %d documents and index entries in %d ms; the old file is kept as %s.java-serialised%n",
                    file.toAbsolutePath(), entries, (System.nanoTime() - started) / 1_000_000, file.getFileName());
            return;
        }
        int port = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PORT;
        Path dataFile = Path.of(args.length > 1 ? args[1] : DEFAULT_FILE);

        long startedAt = System.nanoTime();
        MongoStore store;
        try {
            store = start(port, dataFile);
        } catch (StoreFormat.LegacyStoreException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }

        // SIGTERM / SIGINT run the shutdown hooks: close the store there so H2 flushes
        // before the JVM exits. (SIGKILL skips this; at most the last second is lost.)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            System.out.println("MongoStore stopped, data in " + dataFile.toAbsolutePath());
        }, "mongo-store-shutdown"));

        // One line that tells ./jeugdlink (and a human reading the log) that we are up.
        System.out.printf("MongoStore ready on %s%s (data %s) in %d ms%n",
                store.connectionString(), System.getProperty(StoreTls.CERTIFICATE) == null ? "" : " (TLS only)", dataFile.toAbsolutePath(),
                (System.nanoTime() - startedAt) / 1_000_000);
        // Netty's event-loop threads are non-daemon threads: they keep the JVM alive.
    }
}
