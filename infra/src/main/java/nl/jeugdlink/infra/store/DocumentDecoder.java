package nl.jeugdlink.infra.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Decodes a stored document to what mongo-java-server's {@link BsonDecoder} gives, at less cost: an array is read straight into
 * its list (the library reads it as a document keyed "0", "1", ... and copies that), a string from the bytes at once (the library
 * copies them out first), and each field name taken from a small table of the names this thread decoded before, so that the
 * documents a store hands out share their keys' strings instead of each holding its own. Every other type (object ids, binary
 * data, decimals, timestamps, ...) the library decodes, with its own checks.
 *
 * <p>The store holds each document as its bytes alone and decodes it for every reader ({@link StoredDocument}).
 * {@code DocumentDecoderTest} compares the result with the library's on random documents.
 */
final class DocumentDecoder {

    /** Field names by the hash of their bytes, per thread: a store's collections use a few hundred names between them. */
    private static final int NAMES = 1024;
    private static final ThreadLocal<Names> KNOWN = ThreadLocal.withInitial(Names::new);

    private final byte[] bson;
    private final Names names = KNOWN.get();
    private int position;
    private ByteBuf wrapped;

    private DocumentDecoder(byte[] bson) {
        this.bson = bson;
    }

    static Document decode(byte[] bson) {
        DocumentDecoder decoder = new DocumentDecoder(bson);
        Document document = decoder.document();
        if (decoder.position != bson.length) {
            throw new IllegalArgumentException("document of " + decoder.position + " bytes in " + bson.length);
        }
        return document;
    }

    private Document document() {
        int end = start();
        Document document = new Document();
        byte type;
        while ((type = bson[position++]) != BsonConstants.TERMINATING_BYTE) {
            String key = name();
            if (document.put(key, value(type)) != null) {
                throw new IllegalArgumentException("duplicate key '" + key + "'");
            }
        }
        return ended(end, document);
    }

    private List<Object> array() {
        int end = start();
        List<Object> elements = new ArrayList<>();
        byte type;
        while ((type = bson[position++]) != BsonConstants.TERMINATING_BYTE) {
            skipName();
            elements.add(value(type));
        }
        return ended(end, elements);
    }

    /** Reads a document's or an array's length: where it must end. */
    private int start() {
        int begin = position;
        int length = int32();
        if (length < 5 || begin + length > bson.length) {
            throw new IllegalArgumentException("invalid document length " + length + " at " + begin);
        }
        return begin + length;
    }

    private <T> T ended(int end, T value) {
        if (position != end) {
            throw new IllegalArgumentException("document ends at " + position + ", its length says " + end);
        }
        return value;
    }

    private Object value(byte type) {
        return switch (type) {
            case BsonConstants.TYPE_UTF8_STRING -> string();
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT -> document();
            case BsonConstants.TYPE_ARRAY -> array();
            case BsonConstants.TYPE_INT32 -> int32();
            case BsonConstants.TYPE_INT64 -> int64();
            case BsonConstants.TYPE_UTC_DATETIME -> Instant.ofEpochMilli(int64());
            case BsonConstants.TYPE_DOUBLE -> Double.longBitsToDouble(int64());
            case BsonConstants.TYPE_BOOLEAN -> bool();
            case BsonConstants.TYPE_NULL -> null;
            default -> byTheLibrary(type);
        };
    }

    private Object byTheLibrary(byte type) {
        if (wrapped == null) {
            wrapped = Unpooled.wrappedBuffer(bson);
        }
        wrapped.readerIndex(position);
        Object value = BsonDecoder.decodeValue(type, wrapped);
        position = wrapped.readerIndex();
        return value;
    }

    private String string() {
        int length = int32(); // with its terminating zero
        if (length < 1 || position + length > bson.length || bson[position + length - 1] != BsonConstants.STRING_TERMINATION) {
            throw new IllegalArgumentException("invalid string of length " + length + " at " + position);
        }
        String string = new String(bson, position, length - 1, StandardCharsets.UTF_8);
        position += length;
        return string;
    }

    private Boolean bool() {
        byte value = bson[position++];
        return switch (value) {
            case BsonConstants.BOOLEAN_VALUE_FALSE -> Boolean.FALSE;
            case BsonConstants.BOOLEAN_VALUE_TRUE -> Boolean.TRUE;
            default -> throw new IllegalArgumentException("illegal boolean value: " + value);
        };
    }

    private String name() {
        int begin = position;
        int hash = 0;
        byte b;
        while ((b = bson[position++]) != BsonConstants.STRING_TERMINATION) {
            hash = 31 * hash + b;
        }
        return names.get(bson, begin, position - 1 - begin, hash);
    }

    private void skipName() {
        while (bson[position++] != BsonConstants.STRING_TERMINATION) {
            // an array's keys are its indexes: not kept
        }
    }

    private int int32() {
        int value = (bson[position] & 0xff) | (bson[position + 1] & 0xff) << 8 | (bson[position + 2] & 0xff) << 16 | bson[position + 3] << 24;
        position += 4;
        return value;
    }

    private long int64() {
        long low = int32() & 0xffffffffL;
        return low | (long) int32() << 32;
    }

    /** A field name per slot, the last one decoded with that hash; a name that does not fit a slot is simply made anew. */
    private static final class Names {

        private final byte[][] bytes = new byte[NAMES][];
        private final String[] strings = new String[NAMES];

        String get(byte[] source, int offset, int length, int hash) {
            int slot = (hash ^ hash >>> 16) & (NAMES - 1);
            byte[] known = bytes[slot];
            if (known != null && Arrays.equals(known, 0, known.length, source, offset, offset + length)) {
                return strings[slot];
            }
            String name = new String(source, offset, length, StandardCharsets.UTF_8);
            if (length <= 64) {
                bytes[slot] = Arrays.copyOfRange(source, offset, offset + length);
                strings[slot] = name;
            }
            return name;
        }
    }
}
