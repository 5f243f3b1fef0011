package nl.jeugdlink.infra.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;

/**
 * How the store lays out its H2 MVStore file (ADR 0024): the library's map names, with documents as
 * BSON ({@link BsonDocumentType}) and keys as BSON values ({@link BsonKeyType}), and a marker map
 * that says so.
 *
 * <p>H2 does not record a map's data types in the file, so a file written by the library's own
 * backend (Java-serialised documents) would be read as garbage by this one. A file with collections
 * and without the marker is therefore refused with {@link LegacyStoreException}, never opened;
 * {@link #migrate(Path)} rewrites it in this format.
 */
public final class StoreFormat {

    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_INFIX = "._index_";

    static final String MARKER_MAP = "jeugdlink.store";
    static final String MARKER_KEY = "format";
    static final String CURRENT = "bson-1";

    private StoreFormat() {
    }

    static MVMap.Builder<Object, StoredDocument> dataMap() {
        return new MVMap.Builder<Object, StoredDocument>().keyType(BsonKeyType.INSTANCE).valueType(BsonDocumentType.INSTANCE);
    }

    static MVMap.Builder<Object, Object> indexMap() {
        return new MVMap.Builder<>().keyType(BsonKeyType.INSTANCE).valueType(BsonKeyType.INSTANCE);
    }

    /** Opens (or creates) the file, checks its format and marks a new file as this format. */
    static MVStore open(Path file) {
        MVStore store = builder(file).open();
        try {
            String format = formatOf(store);
            if (format == null) {
                if (holdsCollections(store)) {
                    // Refused before anything is added to it: the old file stays as it was, for --migrate.
                    throw new LegacyStoreException(file);
                }
                store.<String, String>openMap(MARKER_MAP).put(MARKER_KEY, CURRENT);
                store.commit();
            } else if (!CURRENT.equals(format)) {
                throw new IllegalStateException("The store file " + file.toAbsolutePath() + " has format '" + format
                    + "', which this version does not know (it knows '" + CURRENT + "'). Start it with the version that wrote it.");
            }
            return store;
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    /**
     * H2's defaults, except two, in H2's own file store keeping its chunk buffers ({@link KeptBufferFileStore}).
     *
     * <p>The leaf page size: 4 KB instead of 16 KB. A document written to a random place in the tree (the services' ids
     * are UUIDs) makes H2 write its whole leaf page again, every document on it encoded anew; smaller leaves re-encode
     * fewer neighbours per write (measured with {@code Bench store}, docs/performance.md).
     *
     * <p>The auto-compaction fill rate: 50 % instead of 90 %. H2 appends every change to a new chunk and, while the file's
     * chunks hold less live data than this rate, reads the live pages of the emptiest chunks back and writes them again.
     * Random writes over a large store leave the old chunks mostly live, so at 90 % that rewriting grew with the data
     * ({@code compactRewrite}, the serialisation and garbage of the pages it rewrote); at 50 % it did not. Together with the
     * escalation's due-index spread over documents, the store's CPU per referral grew 1.01-1.33× from 1,000 to 50,000
     * referrals, against 1.75-1.90× before (docs/performance.md, "The due-index fixed"). The price is a file that holds more dead pages:
     * 6.7 GB after 50,000 referrals seeded at full speed, for under 1 GB of documents (2.5 GB at 90 %).
     *
     * <p>Each can be set with a system property ({@code jeugdlink.store.pageSplitSize} bytes, {@code .cacheSize} MB,
     * {@code .autoCommitBufferSize} KB, {@code .autoCompactFillRate} %) to measure another value.
     */
    private static MVStore.Builder builder(Path file) {
        // H2's file store reads these of the settings it is made with; the store reads the rest from the builder.
        Map<String, Object> fileSettings = new java.util.HashMap<>();
        fileSettings.put("pageSplitSize", Integer.getInteger("jeugdlink.store.pageSplitSize", 4096));
        fileSettings.put("autoCompactFillRate", Integer.getInteger("jeugdlink.store.autoCompactFillRate", 50));
        Integer cacheSize = Integer.getInteger("jeugdlink.store.cacheSize");
        if (cacheSize != null) {
            fileSettings.put("cacheSize", cacheSize);
        }
        KeptBufferFileStore fileStore = new KeptBufferFileStore(fileSettings);
        fileStore.open(file.toString(), false, null);
        MVStore.Builder builder = new MVStore.Builder().adoptFileStore(fileStore)
            .backgroundExceptionHandler(StoreFormat::stopOnWriteFailure);
        Integer autoCommitBufferSize = Integer.getInteger("jeugdlink.store.autoCommitBufferSize");
        if (autoCommitBufferSize != null) {
            builder.autoCommitBufferSize(autoCommitBufferSize);
        }
        return builder;
    }

    /**
     * A failure of H2's background writer closes the MVStore for good: the server would go on answering every command
     * with "This store is closed", and the services with 500s. So the process stops, saying why, and whoever runs it
     * ({@code ./jeugdlink run}, a supervisor) sees a store that is down, not one that pretends to be up.
     */
    private static void stopOnWriteFailure(Thread thread, Throwable failure) {
        System.err.println("MongoStore: writing the file failed in " + thread.getName() + "; the store is closed and stops now.");
        failure.printStackTrace();
        Runtime.getRuntime().halt(70);
    }

    private static String formatOf(MVStore store) {
        return store.hasMap(MARKER_MAP) ? store.<String, String>openMap(MARKER_MAP).get(MARKER_KEY) : null;
    }

    private static boolean holdsCollections(MVStore store) {
        return store.getMapNames().stream().anyMatch(name -> name.startsWith(DATA_PREFIX));
    }

    /**
     * Rewrites a file of the library's own H2 backend (Java-serialised documents) in this format:
     * into a new file next to it, which then takes its name; the old file is kept as
     * {@code <file>.java-serialised}. Returns the number of documents and index entries copied.
     */
    public static long migrate(Path file) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + ".migrating");
        Path kept = file.resolveSibling(file.getFileName() + ".java-serialised");
        if (Files.exists(kept)) {
            throw new IllegalStateException(kept + " exists already: move it away first");
        }
        Files.deleteIfExists(target);
        long copied = 0;
        MVStore old = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            if (formatOf(old) != null) {
                throw new IllegalStateException(file + " is in this store's format already");
            }
            MVStore fresh = builder(target).open();
            try {
                for (String name : old.getMapNames()) {
                    MVMap<Object, Object> from = old.openMap(name);
                    MVMap<Object, Object> to = openTyped(fresh, name);
                    boolean documents = name.startsWith(DATA_PREFIX);
                    for (Map.Entry<Object, Object> entry : from.entrySet()) {
                        to.put(entry.getKey(), documents ? StoredDocument.of((Document) entry.getValue()) : entry.getValue());
                        copied++;
                    }
                    fresh.commit();
                }
                fresh.openMap(MARKER_MAP).put(MARKER_KEY, CURRENT);
                fresh.commit();
            } finally {
                fresh.close();
            }
        } finally {
            old.close();
        }
        Files.move(file, kept);
        Files.move(target, file, StandardCopyOption.ATOMIC_MOVE);
        return copied;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap<Object, Object> openTyped(MVStore store, String name) {
        if (name.startsWith(DATA_PREFIX)) {
            return (MVMap) store.openMap(name, dataMap());
        }
        if (!name.startsWith(META_PREFIX) && name.contains(INDEX_INFIX)) {
            return store.openMap(name, indexMap());
        }
        return store.openMap(name);
    }

    /** The file holds collections written by the library's own H2 backend, which this store cannot read. */
    public static final class LegacyStoreException extends IllegalStateException {

        LegacyStoreException(Path file) {
            super("The store file " + file.toAbsolutePath() + " was written by an earlier JeugdLink (documents in "
                + "Java serialisation); this version keeps them as BSON (ADR 0024) and does not open the old file. "
                + "Either convert it, keeping the old file as " + file.getFileName() + ".java-serialised:\n"
                + "  java -cp 'infra/target/infra-*.jar:infra/target/lib/*' nl.jeugdlink.infra.MongoStore --migrate "
                + file + "\nor start empty by deleting it (all stored data is lost): rm " + file);
        }
    }
}
