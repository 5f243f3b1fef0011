package nl.jeugdlink.infra.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The keys of the store's maps: a document's {@code _id} (the key of a collection's map and the
 * value of its index maps) and an index entry ({@link KeyValue}, the key of an index map).
 *
 * <p>Why not H2's default: {@link KeyValue} is not {@link Comparable}, so H2's {@code ObjectDataType}
 * orders index entries by their Java-serialised bytes - two {@code ObjectOutputStream}s per
 * comparison, about twenty comparisons per index lookup, on every insert, update and lookup by an
 * index. Here a key is compared as MongoDB compares values ({@link ValueComparator}, without its
 * array semantics, which are for queries), element by element for an index entry, and written as
 * BSON values.
 */
final class BsonKeyType extends BasicDataType<Object> {

    static final BsonKeyType INSTANCE = new BsonKeyType();

    private static final byte VALUE = 'V';
    private static final byte MISSING = 'M';
    private static final byte KEY_VALUE = 'K';
    /** A string written as its UTF-8 bytes after their length (a varint), without BSON and a Netty buffer in between. */
    private static final byte STRING = 'S';

    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();
    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(256));

    private BsonKeyType() {
    }

    @Override
    public int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a instanceof KeyValue ka && b instanceof KeyValue kb) {
            int common = Math.min(ka.size(), kb.size());
            for (int i = 0; i < common; i++) {
                int c = compareValues(ka.get(i), kb.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(ka.size(), kb.size());
        }
        return compareValues(a, b);
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            // what ValueComparator does for two strings, without its type-order lookups: most keys are string ids
            return sa.compareTo(sb);
        }
        boolean aMissing = a instanceof Missing;
        boolean bMissing = b instanceof Missing;
        if (aMissing || bMissing) {
            return aMissing == bMissing ? 0 : aMissing ? -1 : 1;
        }
        return ORDER.compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        return key instanceof KeyValue kv ? 24 + 48 * kv.size() : 48;
    }

    /**
     * Most keys are string ids, or index entries of strings: those go straight into H2's buffer ({@link #STRING}),
     * which was half of the store's cost of writing a page's keys through BSON and a Netty buffer (JFR, the hop
     * bench: {@code BsonKeyType.write} 8.9 % of the store's samples). Any other value is written as BSON, as before;
     * keys written before this shortcut ({@code V} values) are read as they were.
     */
    @Override
    public void write(WriteBuffer buffer, Object key) {
        if (key instanceof String string) {
            writeString(buffer, string);
            return;
        }
        if (key instanceof KeyValue kv && allStrings(kv)) {
            buffer.put(KEY_VALUE).putInt(Integer.reverseBytes(kv.size())); // little-endian, as the BSON path writes it
            for (Object value : kv) {
                writeString(buffer, (String) value);
            }
            return;
        }
        ByteBuf scratch = SCRATCH.get();
        scratch.clear();
        if (key instanceof KeyValue kv) {
            scratch.writeByte(KEY_VALUE);
            scratch.writeIntLE(kv.size());
            for (Object value : kv) {
                writeValue(value, scratch);
            }
        } else {
            writeValue(key, scratch);
        }
        buffer.put(scratch.array(), scratch.arrayOffset(), scratch.readableBytes());
    }

    private static boolean allStrings(KeyValue kv) {
        for (Object value : kv) {
            if (!(value instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static void writeString(WriteBuffer buffer, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        buffer.put(STRING).putVarInt(bytes.length).put(bytes);
    }

    private static void writeValue(Object value, ByteBuf out) {
        if (value instanceof Missing) {
            out.writeByte(MISSING);
            return;
        }
        byte type = BsonEncoder.determineType(value);
        out.writeByte(VALUE);
        out.writeByte(type);
        BsonEncoder.encodeValue(type, value, out);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) == STRING) {
            buffer.get();
            byte[] bytes = new byte[DataUtils.readVarInt(buffer)];
            buffer.get(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
        ByteBuf in = Unpooled.wrappedBuffer(buffer.duplicate());
        Object key;
        if (in.getByte(in.readerIndex()) == KEY_VALUE) {
            in.readByte();
            int size = in.readIntLE();
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(readValue(in));
            }
            key = new KeyValue(values);
        } else {
            key = readValue(in);
        }
        buffer.position(buffer.position() + in.readerIndex());
        return key;
    }

    private static Object readValue(ByteBuf in) {
        byte tag = in.readByte();
        if (tag == MISSING) {
            return Missing.getInstance();
        }
        if (tag == STRING) {
            int length = 0;
            for (int shift = 0; ; shift += 7) { // H2's varint: seven bits a byte, lowest first
                byte b = in.readByte();
                length |= (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            String value = in.toString(in.readerIndex(), length, StandardCharsets.UTF_8);
            in.skipBytes(length);
            return value;
        }
        if (tag != VALUE) {
            throw new IllegalStateException("Not a key written by " + BsonKeyType.class.getName() + ": tag " + tag);
        }
        byte type = in.readByte();
        return BsonDecoder.decodeValue(type, in);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
