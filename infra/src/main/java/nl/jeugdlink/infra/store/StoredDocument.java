package nl.jeugdlink.infra.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A document as a collection's map holds it: the decoded document, which nobody changes, and its BSON once H2 has written
 * the page that holds it, so that each version of a document is encoded at most once.
 *
 * <p>H2 writes a leaf page again, every entry on it, at each commit in which one of its entries changed. When the map held
 * the documents alone, each unchanged neighbour on such a page was encoded anew every time; in the hop bench the store's
 * serialisation thread was 46 % of its CPU, two thirds of that encoding (JFR, docs/performance.md, "Session 2026-12-07
 * fifth"). Holding the bytes alone instead (encoded at each put, decoded for each reader) cost the store a fifth less in the
 * hop but no less in the journey's loops, where a document is read several times per write and often written twice within
 * one commit: a deep copy is cheaper than decoding, and a version replaced before the commit need not be encoded at all.
 *
 * <p>A document read from the file is decoded when a reader first asks for it. Readers get copies ({@link #copy}): the
 * library changes the document it was handed when it updates it.
 */
final class StoredDocument {

    private volatile Document document;
    private volatile byte[] bson;
    private final int memory;

    private StoredDocument(Document document, byte[] bson, int memory) {
        this.document = document;
        this.bson = bson;
        this.memory = memory;
    }

    /** A document to put in the map; nobody else may hold it. */
    static StoredDocument of(Document document) {
        return new StoredDocument(document, null, (int) Math.min(Integer.MAX_VALUE, heapSize(document)));
    }

    /** What a page read from the file holds: the bytes, decoded when first asked for. */
    static StoredDocument read(byte[] bson) {
        return new StoredDocument(null, bson, 3 * bson.length);
    }

    /** The document itself, for matching only: nothing may change it. */
    Document document() {
        Document decoded = document;
        if (decoded == null) {
            decoded = BsonDocumentType.decode(bson); // two readers may both decode it: the same document either way
            document = decoded;
        }
        return decoded;
    }

    Document copy() {
        return document().cloneDeeply();
    }

    byte[] bson() {
        byte[] encoded = bson;
        if (encoded == null) {
            encoded = BsonDocumentType.encode(document);
            bson = encoded;
        }
        return encoded;
    }

    /**
     * What it takes on the heap, by estimate: MVStore sizes its leaf pages and its page cache by this, so it should be what
     * the decoded document takes, not its BSON (two to five times less): too low, and the cache holds several times its
     * 16 MB in the store's small heap (full collections back to back), and every leaf page holds more documents. A document
     * read from the file counts three times its bytes until it is decoded.
     */
    int memory() {
        return memory;
    }

    private static long heapSize(Object value) {
        if (value instanceof String string) {
            return 40 + string.length();
        }
        if (value instanceof Document document) {
            long size = 64;
            for (var entry : document.entrySet()) {
                size += 40 + 40 + entry.getKey().length() + heapSize(entry.getValue());
            }
            return size;
        }
        if (value instanceof java.util.Collection<?> list) {
            long size = 40 + 8L * list.size();
            for (Object element : list) {
                size += heapSize(element);
            }
            return size;
        }
        return value == null ? 0 : 24;
    }
}
