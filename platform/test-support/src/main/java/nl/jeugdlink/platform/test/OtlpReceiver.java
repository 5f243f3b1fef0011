package nl.jeugdlink.platform.test;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * A small OTLP/HTTP trace receiver on loopback, for tests that check what a service really exports:
 * it accepts {@code POST /v1/traces} with an {@code ExportTraceServiceRequest} in protobuf (what the
 * OpenTelemetry span exporter sends) and keeps each span's trace id, span id, parent and name. Only
 * the few fields it needs are read from the wire format; the rest is skipped.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids as lower-case hex, as in a W3C {@code traceparent}. */
    public record ReceivedSpan(String traceId, String spanId, String parentSpanId, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free loopback port. */
    public static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", exchange -> {
                try (exchange) {
                    byte[] body = exchange.getRequestBody().readAllBytes();
                    receiver.spans.addAll(parseRequest(ByteBuffer.wrap(body)));
                    exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                    // An empty ExportTraceServiceResponse: everything accepted.
                    exchange.sendResponseHeaders(200, 0);
                }
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@code JEUGDLINK_OTLP_ENDPOINT}. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public List<ReceivedSpan> spansOf(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ExportTraceServiceRequest{1: ResourceSpans{2: ScopeSpans{2: Span{1 trace_id, 2 span_id, 4 parent_span_id, 5 name}}}}
    static List<ReceivedSpan> parseRequest(ByteBuffer request) {
        List<ReceivedSpan> received = new ArrayList<>();
        for (ByteBuffer resourceSpans : fields(request, 1)) {
            for (ByteBuffer scopeSpans : fields(resourceSpans, 2)) {
                for (ByteBuffer span : fields(scopeSpans, 2)) {
                    received.add(new ReceivedSpan(hex(first(span, 1)), hex(first(span, 2)), hex(first(span, 4)),
                            first(span, 5) == null ? "" : StandardCharsets.UTF_8.decode(first(span, 5)).toString()));
                }
            }
        }
        return received;
    }

    private static String hex(@Nullable ByteBuffer bytes) {
        if (bytes == null) {
            return "";
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return HexFormat.of().formatHex(copy);
    }

    private static @Nullable ByteBuffer first(ByteBuffer message, int number) {
        List<ByteBuffer> found = fields(message, number);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The length-delimited fields with this number, each as its own buffer. */
    private static List<ByteBuffer> fields(ByteBuffer message, int number) {
        ByteBuffer in = message.duplicate();
        List<ByteBuffer> found = new ArrayList<>();
        while (in.hasRemaining()) {
            long key = varint(in);
            int wireType = (int) (key & 7);
            switch (wireType) {
                case 0 -> varint(in);
                case 1 -> in.position(in.position() + 8);
                case 5 -> in.position(in.position() + 4);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer value = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    if (key >>> 3 == number) {
                        found.add(value);
                    }
                }
                default -> throw new IllegalArgumentException("unexpected protobuf wire type " + wireType);
            }
        }
        return found;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
