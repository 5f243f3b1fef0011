package nl.jeugdlink.infra.store;

import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;

/**
 * A collection's {@code _id} index, served by the collection's own map: the library's H2 collection keeps its documents in a map
 * keyed by {@code _id} already, so the index's map of its own (entry {@code [_id]} → {@code _id}) held every key a second time.
 *
 * <p>Why: that map was written on every insert and delete and read on every lookup by {@code _id} - an update, the optimistic save
 * and the relay's removal of a published event ({@link ByIdIndex} answers those through this index) - a second B-tree walk and a
 * second map whose leaf pages (some thirty small entries each) H2 encoded again at every commit in which one entry changed. In the
 * store's profile of the hop the index maps' keys were a fifth of the pages it wrote (issue 11, docs/performance.md). A real
 * MongoDB keeps its {@code _id} index; this only changes how the embedded store serves it.
 *
 * <p>The collection asks every index to check an insert before it puts the document in its map ({@link #checkAdd}) and to add it
 * after ({@link #add}). Here both are nothing: the collection puts the document only if its key is free, in one walk of the map,
 * and throws {@link #duplicate} when it is not ({@code BsonDatabase.BsonCollection#addDocumentInternal}) - a check before the put
 * walked the same map twice per insert, 8 % of the store's CPU in the hop.
 */
final class DataMapIdIndex extends AbstractUniqueIndex<Object> {

    private static final String ID = "_id";

    private final MVMap<Object, ?> documents;

    DataMapIdIndex(String name, List<IndexKey> keys, MVMap<Object, ?> documents) {
        super(name, keys, false);
        if (!servedByDataMap(keys)) {
            throw new IllegalArgumentException("not an index of _id alone: " + keys);
        }
        this.documents = documents;
    }

    /** Whether an index of these keys is the {@code _id} index: {@code _id} alone (ascending or descending orders the same keys). */
    static boolean servedByDataMap(List<IndexKey> keys) {
        return keys.size() == 1 && keys.getFirst().getKey().equals(ID);
    }

    /** The key as the map holds it (a query's value is normalised, e.g. 1 for 1.0), or null when no document has it. */
    @Override
    protected Object getPosition(KeyValue keyValue) {
        Object id = keyValue.get(0);
        Object stored = documents.ceilingKey(id);
        return stored != null && documents.getKeyType().compare(stored, id) == 0 ? stored : null;
    }

    /** The position of the document being removed; the collection then removes it from its map. */
    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return getPosition(keyValue);
    }

    /** Never called ({@link #add} is the map's own put). */
    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        throw new UnsupportedOperationException("the _id index is the collection's map");
    }

    /** The collection's put checks it ({@code putIfAbsent}), nothing else having been added by then. */
    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // see addDocumentInternal
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        // The collection put the document in its map under this key.
    }

    /** What a second document with {@code id} gets: E11000 on this index, as the library's unique index says it. */
    DuplicateKeyError duplicate(Object id, MongoCollection<Object> collection) {
        return new DuplicateKeyError(this, collection, getKeys(), new KeyValue(id));
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        // _id cannot change (the library refuses it), and the document stays under its key.
    }

    /** Only a regular expression on {@code _id} walks the keys. */
    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return () -> {
            var keys = documents.keyIterator(null);
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return keys.hasNext();
                }

                @Override
                public Map.Entry<KeyValue, Object> next() {
                    Object key = keys.next();
                    return Map.entry(new KeyValue(key), key);
                }
            };
        };
    }

    @Override
    public long getCount() {
        return documents.sizeAsLong();
    }

    /** As the collection: a collection with documents is not filled again when the index is opened. */
    @Override
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
