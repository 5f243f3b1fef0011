package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** A document's bytes in the file are its BSON (format {@code bson-1}), encoded once per version. */
class BsonDocumentTypeTest {

    private static Document aDocument() {
        return new Document("_id", UUID.randomUUID().toString())
            .append("versie", 7L)
            .append("aantal", 3)
            .append("bedrag", 12.5)
            .append("sinds", Instant.parse("2026-12-07T13:00:00Z"))
            .append("ref", new ObjectId())
            .append("waar", true)
            .append("leeg", null)
            .append("inhoud", new BinData(new byte[] {1, 2, 3}))
            .append("genest", new Document("lijst", List.of(1, "twee", new Document("x", 3))))
            .append("tekst", "één, twee - ✓");
    }

    private static byte[] asTheLibraryEncodesIt(Document document) {
        ByteBuf out = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    @Test
    void writesTheDocumentsBsonAsEncodedWhenPut() {
        Document document = aDocument();
        StoredDocument stored = StoredDocument.of(document);
        document.put("later", "changed by its caller after the put");
        WriteBuffer buffer = new WriteBuffer();

        BsonDocumentType.INSTANCE.write(buffer, stored);
        BsonDocumentType.INSTANCE.write(buffer, stored);

        ByteBuffer written = buffer.getBuffer().flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        document.remove("later");
        byte[] once = asTheLibraryEncodesIt(document);
        assertThat(bytes).as("the document as it was put").hasSize(2 * once.length).startsWith(once).endsWith(once);
    }

    @Test
    void readsAPageOfDocumentsOneByOneAndDecodesForEachReader() {
        Document first = aDocument();
        Document second = aDocument().append("tweede", "ja");
        byte[] a = asTheLibraryEncodesIt(first);
        byte[] b = asTheLibraryEncodesIt(second);
        ByteBuffer page = ByteBuffer.allocate(a.length + b.length).put(a).put(b).flip();

        StoredDocument readFirst = BsonDocumentType.INSTANCE.read(page);
        StoredDocument readSecond = BsonDocumentType.INSTANCE.read(page);

        assertThat(page.hasRemaining()).isFalse();
        assertThat(readFirst.bson()).isEqualTo(a);
        assertThat(readFirst.document()).isEqualTo(first).isNotSameAs(readFirst.document());
        Document changed = readSecond.document();
        changed.put("tweede", "nee");
        assertThat(readSecond.document()).as("a reader's change stays its own").isEqualTo(second);
    }

    @Test
    void aDocumentDecodesToWhatWasEncodedAndCountsAtLeastItsBytes() {
        Document document = aDocument();
        byte[] bson = BsonDocumentType.encode(document);

        assertThat(BsonDocumentType.decode(bson)).isEqualTo(document);
        assertThat(BsonDocumentType.INSTANCE.getMemory(StoredDocument.of(document))).as("by its size on the heap").isGreaterThan(bson.length);
        assertThat(StoredDocument.of(document).memory()).isEqualTo(BsonDocumentType.INSTANCE.getMemory(StoredDocument.of(document)));
    }
}
