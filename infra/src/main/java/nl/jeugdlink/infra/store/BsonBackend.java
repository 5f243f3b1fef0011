package nl.jeugdlink.infra.store;

import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * mongo-java-server's H2 backend with documents stored as BSON ({@link StoreFormat}, ADR 0024):
 * the same MVStore file layout and the same collection code, other data types in the maps.
 */
public class BsonBackend extends H2Backend {

    /** Made on first use: H2Backend's constructor already opens the databases the file holds. No initialiser, so it is not reset after that. */
    private CommandCounts counts;

    protected BsonBackend(MVStore store) {
        super(store);
        counts(); // made here at the latest, before any connection can ask for it
    }

    /** What the store was asked and what its scans read, since it started. */
    protected final CommandCounts counts() {
        if (counts == null) {
            counts = new CommandCounts();
        }
        return counts;
    }

    /** Opens (or creates) the file; refuses a file of the library's own format ({@link StoreFormat.LegacyStoreException}). */
    public static MVStore openFile(Path file) {
        return StoreFormat.open(file);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonDatabase(databaseName, getMvStore(), getCursorRegistry(), counts());
    }
}
