package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The store's decoder reads what mongo-java-server's decoder reads, for every type a document can hold. */
class DocumentDecoderTest {

    private final RandomDocuments random = new RandomDocuments(20261208);

    @Test
    void readsWhatTheLibraryReadsForAThousandRandomDocuments() {
        for (int i = 0; i < 1_000; i++) {
            byte[] bson = encoded(random.document(3));

            readsAsTheLibrary(bson, "document " + i);
        }
    }

    @Test
    void readsStringsWithAnyCharacterAndLongArraysAsTheLibraryDoes() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(i % 3 == 0 ? i : "e" + i);
        }
        for (String string : List.of("", "\u0000", "é", "✓", "\uD83D\uDE00", "\uD83D", "x\uDE00\uD83Dy", "één, twee - ✓", "ü".repeat(3_000))) {
            byte[] bson = encoded(new Document("k" + string, string).append("lijst", List.of(string, many)));

            readsAsTheLibrary(bson, string);
        }
    }

    /**
     * What the library reads, or its refusal: two keys that differ only in a lone surrogate are written as the same bytes
     * ('?'), and a NUL ends a key early, so the library refuses those documents, and so must the store.
     */
    private static void readsAsTheLibrary(byte[] bson, String what) {
        Document theirs;
        try {
            theirs = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        } catch (RuntimeException refused) {
            assertThatThrownBy(() -> DocumentDecoder.decode(bson)).as(what + ", refused by the library: " + refused).isInstanceOf(RuntimeException.class);
            return;
        }
        assertThat(DocumentDecoder.decode(bson)).as(what).isEqualTo(theirs);
    }

    @Test
    void documentsDecodedOnOneThreadShareTheirFieldNamesButNothingElse() {
        byte[] bson = encoded(new Document("casusId", "c-1").append("team", List.of(new Document("rol", "regisseur"))));

        Document first = DocumentDecoder.decode(bson);
        Document second = DocumentDecoder.decode(bson);

        assertThat(second).isEqualTo(first);
        assertThat(second.keySet().iterator().next()).isSameAs(first.keySet().iterator().next());
        assertThat(second.get("team")).isNotSameAs(first.get("team"));
        ((Document) ((List<?>) second.get("team")).getFirst()).put("rol", "gewijzigd");
        assertThat(DocumentDecoder.decode(bson)).as("a reader's change is its own").isEqualTo(first);
    }

    @Test
    void refusesBytesThatAreNotOneWholeDocument() {
        byte[] bson = encoded(new Document("a", "b").append("c", 1));

        assertThatThrownBy(() -> DocumentDecoder.decode(Arrays.copyOf(bson, bson.length - 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentDecoder.decode(Arrays.copyOf(bson, bson.length + 1))).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("document of " + bson.length + " bytes");
        byte[] wrongStringLength = bson.clone();
        wrongStringLength[7] = 3; // "b" is two bytes with its terminating zero, not three
        assertThatThrownBy(() -> DocumentDecoder.decode(wrongStringLength)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] encoded(Document document) {
        ByteBuf out = Unpooled.buffer(16);
        BsonEncoder.encodeDocument(document, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
