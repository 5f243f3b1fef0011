package nl.jeugdlink.infra.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A unique index whose first field is {@code _id} - the platform's {@code id_versie} ({@code {_id, version}}, the optimistic save
 * of every aggregate, ADR 0016): unique already through {@code _id}, so the store keeps nothing for it, and a query on exactly
 * its fields with {@code _id} by value is answered by the {@code _id} index, the rest of the query matched on the document found.
 *
 * <p>Why: kept as an index of its own, every save of an aggregate removed its old {@code (_id, version)} entry and put the new one -
 * and the relay's removal of a published event ({@code $inc version}) did the same - two more writes to a map of its own, its pages
 * written again at every commit, on the hot path of every hop (issue 11). A real MongoDB keeps the index the services create; this
 * only changes how the embedded store serves it.
 */
final class ByIdIndex extends Index<Object> {

    private static final String ID = "_id";

    private final Index<Object> byId;

    ByIdIndex(String name, List<IndexKey> keys, Index<Object> byId) {
        super(name, keys, false);
        if (!keys.getFirst().getKey().equals(ID)) {
            throw new IllegalArgumentException("not an index that begins with _id: " + keys);
        }
        this.byId = byId;
    }

    /** Whether an index of these keys is one of these: its first field {@code _id}, and more than that one. */
    static boolean servedById(List<IndexKey> keys) {
        return keys.size() > 1 && keys.getFirst().getKey().equals(ID);
    }

    @Override
    public boolean canHandle(Document query) {
        return query.keySet().equals(keySet()) && !isExpression(query.get(ID));
    }

    private static boolean isExpression(Object value) {
        return value instanceof Document document && document.keySet().stream().anyMatch(key -> key.startsWith("$"));
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        // The collection matches the whole query on the document at this position (AbstractMongoCollection.matchDocuments).
        return byId.getPositions(new Document(ID, query.get(ID)));
    }

    @Override
    public boolean isUnique() {
        return true;
    }

    /** Nothing of its own: the position of a document is the {@code _id} index's. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // unique through _id, which the _id index checks
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        // nothing kept
    }

    /** The document's position, as the {@code _id} index that removed it before (a collection removes through every index). */
    @Override
    public Object remove(Document document) {
        return document.get(ID);
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // _id cannot change; the other fields do not make it less unique
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        // nothing kept
    }

    @Override
    public long getCount() {
        return byId.getCount();
    }

    /** Not empty, so that opening it does not read every document to fill it (as {@link IgnoredIndex}). */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        // nothing kept
    }
}
