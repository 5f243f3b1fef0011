package nl.jeugdlink.infra.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores a document in the MVStore as BSON, with mongo-java-server's own decoder: each value is one BSON document, its
 * length first. The library's H2 backend lets H2 store it with Java serialisation: a new {@code ObjectOutputStream} per
 * document, class descriptors included, each time its page is written - the largest item in the store's profile, and
 * three to four times the bytes on disk. A document decodes to exactly what the wire protocol would have given the backend,
 * so queries and updates see the same types as before; {@link DocumentEncoder} writes the same bytes as the library's encoder and
 * {@link DocumentDecoder} reads them as its decoder does. The map's values are {@link StoredDocument}s: the bytes alone.
 */
final class BsonDocumentType extends BasicDataType<StoredDocument> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private BsonDocumentType() {
    }

    static byte[] encode(Document document) {
        ByteBuf scratch = SCRATCH.get();
        scratch.clear();
        DocumentEncoder.encode(document, scratch);
        byte[] bson = Arrays.copyOfRange(scratch.array(), scratch.arrayOffset(), scratch.arrayOffset() + scratch.readableBytes());
        if (scratch.capacity() > 1 << 20) {
            SCRATCH.remove(); // do not keep one outsized document's buffer per thread
        }
        return bson;
    }

    static Document decode(byte[] bson) {
        return DocumentDecoder.decode(bson);
    }

    @Override
    public int getMemory(StoredDocument document) {
        return document.memory();
    }

    @Override
    public void write(WriteBuffer buffer, StoredDocument document) {
        buffer.put(document.bson());
    }

    @Override
    public StoredDocument read(ByteBuffer buffer) {
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
        byte[] bson = new byte[length];
        buffer.get(bson);
        return StoredDocument.read(bson);
    }

    @Override
    public StoredDocument[] createStorage(int size) {
        return new StoredDocument[size];
    }
}
