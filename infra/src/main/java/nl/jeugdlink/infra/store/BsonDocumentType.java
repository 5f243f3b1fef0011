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

    /**
     * MVStore sizes its pages and its cache by this estimate; encoding a document just to measure it
     * would cost as much as writing it, so the estimate is the running average of what was written.
     */
    private volatile int averageSize = 1024;

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return averageSize;
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
