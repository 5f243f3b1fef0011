package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The store's encoder writes what mongo-java-server's encoder writes, byte for byte, for every type a document can hold. */
class DocumentEncoderTest {

    private final RandomDocuments random = new RandomDocuments(20261207);

    @Test
    void writesTheLibrarysBytesForAThousandRandomDocuments() {
        for (int i = 0; i < 1_000; i++) {
            Document document = random.document(3);

            byte[] ours = encoded(document, true);

            assertThat(ours).as("document %d: %s", i, document).isEqualTo(encoded(document, false));
        }
    }

    @Test
    void writesStringsWithAnyCharacterAsTheLibraryDoes() {
        // Lone and reversed surrogates, a NUL, characters of one to four UTF-8 bytes: each in a key and in a value.
        List<String> strings = List.of("", "a", "\u0000", "é", "✓", "\uD83D\uDE00", "\uD83D", "\uDE00", "x\uDE00\uD83Dy", "\uD83D\uD83D\uDE00",
            "één, twee - ✓", "a".repeat(5_000), "ü".repeat(3_000));
        for (String string : strings) {
            Document document = new Document("k" + string, string).append("lijst", List.of(string, string));

            assertThat(encoded(document, true)).as(string).isEqualTo(encoded(document, false));
        }
    }

    @Test
    void writesArraysOfMoreThanTenElementsAndOtherCollections() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 123; i++) {
            many.add(i % 2 == 0 ? i : "e" + i);
        }
        Document document = new Document("veel", many).append("set", new LinkedHashSet<>(List.of("b", "a", "c"))).append("leeg", List.of());

        assertThat(encoded(document, true)).isEqualTo(encoded(document, false));
    }

    @Test
    void refusesWhatTheLibraryRefuses() {
        Document document = new Document("waarde", new StringBuilder("geen BSON-type"));

        assertThatThrownBy(() -> encoded(document, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> encoded(document, true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("StringBuilder");
    }

    private static byte[] encoded(Document document, boolean ours) {
        ByteBuf out = Unpooled.buffer(16);
        if (ours) {
            DocumentEncoder.encode(document, out);
        } else {
            BsonEncoder.encodeDocument(document, out);
        }
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }
}
