package nl.jeugdlink.infra.store;

import de.bwaldvogel.mongo.bson.Document;

/**
 * A document as a collection's map holds it: its BSON alone, encoded when it is put and decoded for each reader, who gets a
 * document of its own (the library changes the document it was handed when it updates it).
 *
 * <p>Why bytes alone: every document written lives on in the map, so each young collection of the store's small heap copied
 * every document tree written since the one before, and promoted it (a tree of some sixty objects and ~8 KB for a 1.7-KB
 * document); a byte array is one object of a fifth the size. In the hop bench the store's young pauses went from 21 to 17 ms
 * and its collecting CPU from 10.2 to 7.7 s with it (docs/performance.md, "Session 2026-12-07 seventh"). What filled its old
 * generation was mostly H2's chunk buffers ({@link KeptBufferFileStore}).
 *
 * <p>What it costs: an encoding per put ({@link DocumentEncoder}) and a decoding per read ({@link DocumentDecoder}) where the
 * store kept the decoded document, copied it for each reader and encoded each version once, when H2 first wrote its page. The
 * fifth session measured the bytes alone with the library's own encoder and decoder and kept the tree (the journey's loops, which
 * read a document several times per write, were no cheaper); both coders have since been made cheaper than a deep copy of the
 * tree for the documents the services store.
 */
final class StoredDocument {

    private final byte[] bson;

    private StoredDocument(byte[] bson) {
        this.bson = bson;
    }

    /** A document to put in the map: encoded now, so nobody's later change of it reaches the map. */
    static StoredDocument of(Document document) {
        return new StoredDocument(BsonDocumentType.encode(document));
    }

    /** What a page read from the file holds. */
    static StoredDocument read(byte[] bson) {
        return new StoredDocument(bson);
    }

    /** The document, decoded for this caller alone: matching may read it, the library may change it. */
    Document document() {
        return BsonDocumentType.decode(bson);
    }

    byte[] bson() {
        return bson;
    }

    /** What it takes on the heap: MVStore sizes its leaf pages and its page cache by this. */
    int memory() {
        return bson.length + 32;
    }
}
