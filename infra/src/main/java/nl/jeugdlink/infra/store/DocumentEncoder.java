package nl.jeugdlink.infra.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * Encodes a document as BSON, byte for byte as mongo-java-server's {@link BsonEncoder} does, at less cost for what the services
 * store: fields walked as entries (the library looks each key up again) and arrays written from their elements (the library
 * copies each into a document keyed "0", "1", ...). Every other type (object ids, binary data, UUIDs, decimals, timestamps, ...)
 * the library encodes, with its own checks and errors.
 *
 * <p>Each version of a document is encoded when it is put in its collection's map ({@link StoredDocument}); in the hop bench,
 * when that was at H2's first write of its page, it was 15 % of the store's samples with the library's encoder
 * (docs/performance.md, "Session 2026-12-07 sixth").
 * {@code DocumentEncoderTest} compares the bytes with the library's on random documents.
 */
final class DocumentEncoder {

    /** The keys of the first array elements, terminated: an aggregate keeps up to 200 applied event ids in one array. */
    private static final byte[][] INDEXES = new byte[256][];

    static {
        for (int i = 0; i < INDEXES.length; i++) {
            INDEXES[i] = (i + "\0").getBytes(StandardCharsets.US_ASCII);
        }
    }

    private DocumentEncoder() {
    }

    static void encode(Map<String, ?> document, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0); // the length, once known
        for (Map.Entry<String, ?> field : document.entrySet()) {
            field(field.getKey(), field.getValue(), out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void array(Collection<?> elements, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        int index = 0;
        for (Object element : elements) {
            out.writeByte(type(element));
            writeIndex(index++, out);
            value(element, out);
        }
        out.writeByte(BsonConstants.TERMINATING_BYTE);
        out.setIntLE(start, out.writerIndex() - start);
    }

    private static void field(String key, Object value, ByteBuf out) {
        out.writeByte(type(value));
        utf8(key, out);
        out.writeByte(BsonConstants.STRING_TERMINATION);
        value(value, out);
    }

    /** The type byte: the library's for every value, found here first for the common ones (it tests strings eighth). */
    private static byte type(Object value) {
        return switch (value) {
            case String string -> BsonConstants.TYPE_UTF8_STRING;
            case Map<?, ?> map -> BsonConstants.TYPE_EMBEDDED_DOCUMENT;
            case Instant instant -> BsonConstants.TYPE_UTC_DATETIME;
            case Long number -> BsonConstants.TYPE_INT64;
            case Integer number -> BsonConstants.TYPE_INT32;
            case Boolean flag -> BsonConstants.TYPE_BOOLEAN;
            case null, default -> BsonEncoder.determineType(value);
        };
    }

    @SuppressWarnings("unchecked")
    private static void value(Object value, ByteBuf out) {
        switch (value) {
            case null -> {
            }
            case String string -> string(string, out);
            case Map<?, ?> map -> encode((Map<String, ?>) map, out);
            case Integer number -> out.writeIntLE(number);
            case Long number -> out.writeLongLE(number);
            case Double number -> out.writeLongLE(Double.doubleToRawLongBits(number));
            case Boolean flag -> out.writeByte(flag ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE);
            case Instant instant -> out.writeLongLE(instant.toEpochMilli());
            case Collection<?> elements -> array(elements, out);
            default -> BsonEncoder.encodeValue(BsonEncoder.determineType(value), value, out);
        }
    }

    private static void string(String string, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0); // the length in bytes with the terminating zero, once known
        utf8(string, out);
        out.writeByte(BsonConstants.STRING_TERMINATION);
        out.setIntLE(start, out.writerIndex() - start - 4);
    }

    /** UTF-8 as the library writes it: {@link String#getBytes} copies a string of ASCII (its compact bytes) at once. */
    private static void utf8(String string, ByteBuf out) {
        out.writeBytes(string.getBytes(StandardCharsets.UTF_8));
    }

    /** An array's keys are its indexes in decimal: "0", "1", ... */
    private static void writeIndex(int index, ByteBuf out) {
        if (index < INDEXES.length) {
            out.writeBytes(INDEXES[index]);
        } else {
            ByteBufUtil.writeAscii(out, Integer.toString(index));
            out.writeByte(BsonConstants.STRING_TERMINATION);
        }
    }
}
