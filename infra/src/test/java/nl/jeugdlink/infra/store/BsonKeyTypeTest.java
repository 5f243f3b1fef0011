package nl.jeugdlink.infra.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;

/** Keys written and read back as H2 does with them; string keys by the short path, and keys of files written before it. */
class BsonKeyTypeTest {

    private static Object roundTrip(Object key) {
        WriteBuffer buffer = new WriteBuffer();
        BsonKeyType.INSTANCE.write(buffer, key);
        BsonKeyType.INSTANCE.write(buffer, "next"); // a key after it: the reader must stop exactly at its end
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        Object read = BsonKeyType.INSTANCE.read(written);
        assertThat(BsonKeyType.INSTANCE.read(written)).isEqualTo("next");
        assertThat(written.remaining()).isZero();
        return read;
    }

    @Test
    void stringsAndIndexEntriesComeBackAsWritten() {
        String lang = "casus-" + "é€😀".repeat(100); // multi-byte UTF-8, longer than one varint byte
        assertThat(roundTrip("8d7c0f3e-1b2a-4c5d-9e8f-0a1b2c3d4e5f")).isEqualTo("8d7c0f3e-1b2a-4c5d-9e8f-0a1b2c3d4e5f");
        assertThat(roundTrip(lang)).isEqualTo(lang);
        assertThat(roundTrip("")).isEqualTo("");
        assertThat(roundTrip(new KeyValue(List.of("a", lang)))).isEqualTo(new KeyValue(List.of("a", lang)));
        assertThat(roundTrip(new KeyValue(List.of("a", 7L, Missing.getInstance())))).isEqualTo(new KeyValue(List.of("a", 7L, Missing.getInstance())));
        assertThat(roundTrip(42)).isEqualTo(42);
    }

    @Test
    void readsAStringKeyAndAnIndexEntryWrittenAsBsonBeforeTheShortPath() {
        ByteBuffer old = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        bsonString(old, "abc");
        old.put((byte) 'K').putInt(2);
        bsonString(old, "x");
        bsonString(old, "yz");
        old.flip().order(ByteOrder.BIG_ENDIAN);

        assertThat(BsonKeyType.INSTANCE.read(old)).isEqualTo("abc");
        assertThat(BsonKeyType.INSTANCE.read(old)).isEqualTo(new KeyValue(List.of("x", "yz")));
    }

    @Test
    void ordersStringsAsTheLibraryDoes() {
        assertThat(BsonKeyType.INSTANCE.compare("a", "b")).isNegative();
        assertThat(BsonKeyType.INSTANCE.compare(new KeyValue(List.of("a", "b")), new KeyValue(List.of("a", "a")))).isPositive();
        assertThat(BsonKeyType.INSTANCE.compare(Missing.getInstance(), "a")).isNegative();
    }

    /** 'V', BSON type 2 (string), int32 length with the terminating zero, the bytes, zero. */
    private static void bsonString(ByteBuffer out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.put((byte) 'V').put((byte) 0x02).putInt(bytes.length + 1).put(bytes).put((byte) 0);
    }
}
