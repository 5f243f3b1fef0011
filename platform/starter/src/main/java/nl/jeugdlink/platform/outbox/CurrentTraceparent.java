package nl.jeugdlink.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@code traceparent} of the span current on this thread (a request's, or a consumed event's),
 * stored with each outgoing event: the relay publishes later on its own thread, where that span is gone.
 * Also for unsampled traces, so that the trace id stays one across the services whatever the sampling.
 */
final class CurrentTraceparent implements Supplier<@Nullable String> {

    private final ObjectProvider<Tracer> tracer;

    CurrentTraceparent(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public @Nullable String get() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null || span.isNoop()) {
            return null;
        }
        return format(span.context());
    }

    static String format(TraceContext context) {
        return "00-" + context.traceId() + '-' + context.spanId() + '-' + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
