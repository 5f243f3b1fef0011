package nl.jeugdlink.infra.store;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * One database of the store: the library's {@code H2Database} with the same map names and layout,
 * but with its maps opened with {@link BsonKeyType} and {@link BsonDocumentType} (documents held with their BSON, see
 * {@link StoreFormat}), non-unique indexes that cost nothing at start ({@link IgnoredIndex}), the {@code _id} index served by the
 * collection's own map ({@link DataMapIdIndex}) and the other unique indexes that begin with {@code _id} by that ({@link ByIdIndex}).
 * The collections are the library's own {@link H2Collection}, handing out copies and without its data-size
 * bookkeeping ({@link BsonCollection}): queries and updates are unchanged.
 */
final class BsonDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    private final MVStore mvStore;
    private final CommandCounts counts;
    /** Each collection's {@code _id} index, which serves the unique indexes that begin with {@code _id} ({@link ByIdIndex}). */
    private final java.util.Map<String, Index<Object>> idIndexes = new java.util.concurrent.ConcurrentHashMap<>();

    BsonDatabase(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry, CommandCounts counts) {
        super(databaseName, cursorRegistry);
        this.mvStore = mvStore;
        this.counts = counts;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<String, Object> metaMap = mvStore.openMap(StoreFormat.META_PREFIX + fullName);
        return new BsonCollection(this, collectionName, options, dataMap(collectionName), metaMap, cursorRegistry,
            counts.scanCounter(getDatabaseName(), collectionName));
    }

    /** A collection's documents by {@code _id}: one map, opened by the collection or its {@code _id} index, whichever comes first. */
    private MVMap<Object, StoredDocument> dataMap(String collectionName) {
        return mvStore.openMap(StoreFormat.DATA_PREFIX + getFullCollectionNamespace(collectionName), StoreFormat.dataMap());
    }

    /**
     * The library's collection with these changes.
     *
     * <p><b>The map holds {@link StoredDocument}s</b>, each document as its BSON alone, and <b>no document the map
     * holds is handed out.</b> The library updates a document by changing the very instance it read
     * ({@code AbstractMongoCollection.updateDocument}: {@code document.remove/put}, then {@code handleUpdate} puts it back),
     * while H2's serialisation thread may be writing the page that holds that same instance: a
     * {@code ConcurrentModificationException} there closes the MVStore for good, and every request after it failed ("This
     * store is closed"; the growth bench, 16,000 referrals into a seeding, 2026-12-05). So every read hands out a document
     * decoded for it, and the map only ever holds bytes. Every method of {@link H2Collection} that reads or writes the
     * map's values is overridden here; what it keeps is {@code count} and {@code isEmpty}.
     *
     * <p><b>No running data size.</b> To keep it, the library encodes the old and the new document to BSON on every
     * update only to measure them, and writes the sum to the collection's meta map on every insert, update and delete -
     * 16.5 % of the store's CPU in the hop bench (JFR, docs/performance.md), for a figure that only
     * {@code collStats}/{@code dbStats} report and no service reads. Those report the size as last tracked.
     *
     * <p><b>A scan reads the collection in slices</b> ({@link SlicedScan}), each from the map as it is at that moment, not
     * from one snapshot for the whole scan: a scan of 50,000 trajecten at start, while the other services wrote, failed
     * with H2's "Chunk 4745 not found" (the growth bench, 2026-12-05) - a snapshot's pages live in chunks that H2 drops
     * once newer versions no longer need them, and nothing registers a scan as still reading that version.
     *
     * <p><b>A scan counts what it reads</b> ({@link CommandCounts#scanCounter}), so the bench can show that no query on a
     * hot path reads a collection whose size grows with the data.
     */
    static final class BsonCollection extends H2Collection {

        private final MVMap<Object, StoredDocument> dataMap;
        private final LongAdder scanned;

        BsonCollection(MongoDatabase database, String collectionName, CollectionOptions options, MVMap<Object, StoredDocument> dataMap,
                       MVMap<String, Object> metaMap, CursorRegistry cursorRegistry, LongAdder scanned) {
            super(database, collectionName, options, asTheLibraryTypesIt(dataMap), metaMap, cursorRegistry);
            this.dataMap = dataMap;
            this.scanned = scanned;
        }

        /** The library's constructor takes a map of documents; none of its methods that would read them as such is left. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static MVMap<Object, Document> asTheLibraryTypesIt(MVMap<Object, StoredDocument> dataMap) {
            return (MVMap) dataMap;
        }

        private Stream<java.util.Map.Entry<Object, StoredDocument>> scan() {
            return SlicedScan.entries(dataMap).peek(entry -> scanned.increment());
        }

        /**
         * The document put under its {@code _id} only if no document has it: the {@code _id} index's uniqueness check and the put
         * in one walk of the map ({@link DataMapIdIndex}, whose {@code checkAdd} is nothing). The library's put replaced a
         * document with the same key and then failed an assertion.
         */
        @Override
        protected Object addDocumentInternal(Document document) {
            Object key = getIdField() != null ? Utils.getSubdocumentValue(document, getIdField()) : UUID.randomUUID();
            if (dataMap.putIfAbsent(Missing.ofNullable(key), StoredDocument.of(document)) != null) {
                throw getIndexes().stream().filter(DataMapIdIndex.class::isInstance).map(DataMapIdIndex.class::cast).findFirst()
                    .map(index -> (RuntimeException) index.duplicate(key, this))
                    .orElseGet(() -> new DuplicateKeyError(this, "E11000 duplicate key error: _id " + key));
            }
            return key;
        }

        @Override
        protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
            dataMap.put(Missing.ofNullable(position), StoredDocument.of(newDocument));
        }

        @Override
        protected void removeDocument(Object position) {
            if (dataMap.remove(position) == null) {
                throw new NoSuchElementException("No document with key " + position);
            }
        }

        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected Document getDocument(Object position) {
            StoredDocument stored = dataMap.get(position);
            return stored == null ? null : stored.document();
        }

        @Override
        protected Stream<DocumentWithPosition<Object>> streamAllDocumentsWithPosition() {
            return scan().map(e -> new DocumentWithPosition<>(e.getValue().document(), e.getKey()));
        }

        /** A scan decodes each document it reads: what it matches is the caller's own (the rest of a batched result is read by {@code getMore}). */
        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize, Document fieldSelector) {
            if (isNaturalDescending(orderBy)) {
                return super.matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            return matchDocumentsFromStream(scan().map(entry -> entry.getValue().document()), query, orderBy, numberToSkip, limit, batchSize,
                fieldSelector);
        }
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        Index<Object> byId = idIndexes.get(collectionName);
        if (byId != null && !sparse && ByIdIndex.servedById(keys)) {
            // What a store of before kept for it is dropped: nothing reads it any more.
            mvStore.removeMap(indexMapName(collectionName, indexName));
            return new ByIdIndex(indexName, keys, byId);
        }
        if (!sparse && DataMapIdIndex.servedByDataMap(keys)) {
            // What a store of before kept for it is dropped: the collection's map is the index.
            mvStore.removeMap(indexMapName(collectionName, indexName));
            DataMapIdIndex index = new DataMapIdIndex(indexName, keys, dataMap(collectionName));
            idIndexes.put(collectionName, index);
            return index;
        }
        MVMap<Object, Object> map = mvStore.openMap(indexMapName(collectionName, indexName), StoreFormat.indexMap());
        return new BsonUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new IgnoredIndex(indexName, keys);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        mvStore.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + StoreFormat.INDEX_INFIX + indexName;
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        List<String> names = mvStore.getMapNames().stream()
            .filter(name -> name.startsWith(databaseName + ".")
                || name.startsWith(StoreFormat.DATA_PREFIX + databaseName + ".")
                || name.startsWith(StoreFormat.META_PREFIX + databaseName + "."))
            .toList();
        names.forEach(mvStore::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullName = getFullCollectionNamespace(collectionName);
        mvStore.removeMap(StoreFormat.DATA_PREFIX + fullName);
        mvStore.removeMap(StoreFormat.META_PREFIX + fullName);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String oldName = collection.getFullName();
        String newName = getFullCollectionNamespace(newCollectionName);
        mvStore.renameMap(mvStore.openMap(StoreFormat.DATA_PREFIX + oldName, StoreFormat.dataMap()), StoreFormat.DATA_PREFIX + newName);
        mvStore.renameMap(mvStore.openMap(StoreFormat.META_PREFIX + oldName), StoreFormat.META_PREFIX + newName);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = mvStore.getFileStore();
        return fileStore != null ? fileStore.size() : 0;
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
