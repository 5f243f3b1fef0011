package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The store's encoder writes what mongo-java-server's encoder writes, byte for byte, for every type a document can hold. */
class DocumentEncoderTest {

    private final Random random = new Random(20261207);

    @Test
    void writesTheLibrarysBytesForAThousandRandomDocuments() {
        for (int i = 0; i < 1_000; i++) {
            Document document = randomDocument(3);

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

    private Document randomDocument(int depth) {
        Document document = new Document();
        int fields = random.nextInt(12);
        for (int i = 0; i < fields; i++) {
            document.append(randomString(8), randomValue(depth));
        }
        return document;
    }

    private Object randomValue(int depth) {
        int kinds = depth > 0 ? 19 : 17;
        return switch (random.nextInt(kinds)) {
            case 0 -> null;
            case 1 -> randomString(40);
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble() * 1e6 - 5e5;
            case 5 -> random.nextBoolean();
            case 6 -> Instant.ofEpochMilli(random.nextLong(0, 4_000_000_000_000L));
            case 7 -> new ObjectId();
            case 8 -> UUID.randomUUID();
            case 9 -> new BinData(randomBytes());
            case 10 -> new Decimal128(random.nextLong(), random.nextLong());
            case 11 -> new BsonTimestamp(random.nextLong());
            case 12 -> MaxKey.getInstance();
            case 13 -> MinKey.getInstance();
            case 14 -> Double.NaN;
            case 15 -> UUID.randomUUID().toString();
            case 16 -> "";
            case 17 -> randomDocument(depth - 1);
            default -> {
                List<Object> list = new ArrayList<>();
                int size = random.nextInt(14);
                for (int i = 0; i < size; i++) {
                    list.add(randomValue(depth - 1));
                }
                yield list;
            }
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(20)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Mostly ASCII, sometimes any code unit at all: accents, symbols, emoji halves. */
    private String randomString(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(10)) {
                case 0 -> (char) random.nextInt(0x10000);
                case 1 -> (char) (0xD800 + random.nextInt(0x800));
                case 2 -> (char) (0x80 + random.nextInt(0x700));
                default -> (char) (0x20 + random.nextInt(0x5F));
            });
        }
        return text.toString();
    }
}
