package nl.jeugdlink.platform.cloudevents;

import io.micrometer.tracing.TraceContext;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The trace an event appended on this thread continues when no span carries it (ADR 0023): the W3C {@code traceparent},
 * CloudEvents' distributed-tracing extension, that the outbox stores with the event and the relay publishes as a header. Two
 * cases, both set by the platform's handler table ({@code inbound}) around what a consumer's handler does, and read by the
 * outbox when an event is appended:
 *
 * <ul>
 *   <li>{@link #inTrace}: a consumer that follows a record's trace without recording a span of its own (no exporter, as in the
 *       embedded run: a span per record cost 9-11 % of every service's CPU for nothing) passes the record's {@code traceparent}
 *       on as it came, so the trace id stays one across the services and costs a scoped value per record;
 *   <li>{@link #inTracesOf}: one bulk write of several records of different traces (a busy poll, one referral per record) binds
 *       each record's {@code traceparent} by the aggregate the record is about, and each appended event takes the trace of the
 *       record it is about: its document is that aggregate, or its payload names it ({@code CasusGeopend} names its
 *       {@code aanmeldingId}). An event about none of them, or about several of different traces, starts a trace of its own.
 * </ul>
 */
public final class CausingTraces {

    private static final ScopedValue<String> ONE = ScopedValue.newInstance();
    private static final ScopedValue<Map<String, String>> BY_SUBJECT = ScopedValue.newInstance();

    private CausingTraces() {
    }

    /** Runs {@code work} with {@code traceparent} as the trace of what it appends (unless a span is current); null: as it is. */
    public static <R> R inTrace(@Nullable String traceparent, Supplier<R> work) {
        return traceparent == null ? work.get() : ScopedValue.where(ONE, traceparent).call(work::get);
    }

    /** Runs a bulk write in which each appended event continues the trace of the record it is about: {@code traceparent} by subject. */
    public static <R> R inTracesOf(Map<String, String> bySubject, Supplier<R> work) {
        return bySubject.isEmpty() ? work.get() : ScopedValue.where(BY_SUBJECT, bySubject).call(work::get);
    }

    /** The {@code traceparent} bound by {@link #inTrace}, or null. */
    public static @Nullable String current() {
        return ONE.isBound() ? ONE.get() : null;
    }

    /**
     * In a bulk write of several traces, the {@code traceparent} of the record an event is about: the one whose subject is the
     * event's aggregate ({@code subject}), else the only one whose subject is a string value of its payload ({@code data}, JSON);
     * null outside such a write.
     */
    public static @Nullable String about(String subject, String data) {
        if (!BY_SUBJECT.isBound()) {
            return null;
        }
        Map<String, String> bySubject = BY_SUBJECT.get();
        String own = bySubject.get(subject);
        return own != null ? own : named(bySubject, data);
    }

    /** The one trace among the payload's string values (names and values alike: a name is never an aggregate id); null for none or several. */
    private static @Nullable String named(Map<String, String> bySubject, String json) {
        String found = null;
        int at = json.indexOf('"');
        while (at >= 0) {
            int end = at + 1;
            while (end < json.length() && json.charAt(end) != '"') {
                // An escaped character is never part of an id: skip it and its escape.
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= json.length()) {
                break;
            }
            String trace = bySubject.get(json.substring(at + 1, end));
            if (trace != null) {
                if (found != null && !found.equals(trace)) {
                    return null;
                }
                found = trace;
            }
            at = json.indexOf('"', end + 1);
        }
        return found;
    }

    /** The W3C {@code traceparent} of a span's context: {@code 00-<trace id>-<span id>-<01 sampled, 00 not>}. */
    public static String traceparent(TraceContext context) {
        return "00-" + context.traceId() + '-' + context.spanId() + '-' + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
