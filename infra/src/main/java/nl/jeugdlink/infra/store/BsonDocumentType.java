package nl.jeugdlink.infra.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores a document in the MVStore as the BSON that came over the wire, with mongo-java-server's
 * own encoder and decoder. The library's H2 backend lets H2 store it with Java serialisation: a new
 * {@code ObjectOutputStream} per document, class descriptors included, each time its page is
 * written - the largest item in the store's profile, and three to four times the bytes on disk.
 *
 * <p>A document decodes to exactly what the wire protocol would have given the backend, so queries
 * and updates see the same types as before.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private static final boolean ESTIMATE_HEAP = !Boolean.getBoolean("jeugdlink.store.averageMemory");

    /** Bytes written per document, on average: the estimate when {@code jeugdlink.store.averageMemory} is set (for comparison). */
    private volatile int averageSize = 1024;

    private BsonDocumentType() {
    }

    /**
     * MVStore sizes its leaf pages and its page cache by this estimate, so it should be what the
     * document takes on the heap, not on disk: a decoded document takes two to five times its BSON
     * (map entries, boxed numbers, a String per key). Too low, and the 16 MB cache holds several
     * times that in a 128 MB heap (full collections back to back), and every leaf page holds more
     * documents, all of which are encoded again whenever one of them changes.
     */
    @Override
    public int getMemory(Document document) {
        return ESTIMATE_HEAP ? (int) Math.min(Integer.MAX_VALUE, heapSize(document)) : averageSize;
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

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf scratch = SCRATCH.get();
        scratch.clear();
        BsonEncoder.encodeDocument(document, scratch);
        int length = scratch.readableBytes();
        buffer.put(scratch.array(), scratch.arrayOffset(), length);
        averageSize = (length + 15 * averageSize) / 16;
        if (scratch.capacity() > 1 << 20) {
            SCRATCH.remove(); // do not keep one outsized document's buffer per thread
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int start = buffer.position();
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        ByteBuffer bson = buffer.duplicate();
        bson.limit(start + length);
        Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        buffer.position(start + length);
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
