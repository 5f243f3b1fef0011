package nl.jeugdlink.platform.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import java.util.function.Supplier;
import nl.jeugdlink.platform.cloudevents.CausingTraces;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The W3C {@code traceparent} of the span current on this thread (a request's, or a consumed event's),
 * stored with each outgoing event: the relay publishes later on its own thread, where that span is gone.
 * Also for unsampled traces, so that the trace id stays one across the services whatever the sampling.
 * Without a span, the trace a consumer passes on from the record it handles ({@link CausingTraces#inTrace}).
 */
final class CurrentTraceparent implements Supplier<@Nullable String> {

    private final ObjectProvider<Tracer> tracer;
    /**
     * The tracer, looked up once: the provider resolves the dependency on every call (2 % of the intake's samples in the
     * journey, once per appended event). Events are appended after the context is refreshed, when the tracer exists or never will.
     */
    private volatile @Nullable Optional<Tracer> resolved;

    CurrentTraceparent(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    public @Nullable String get() {
        Tracer current = tracer().orElse(null);
        Span span = current == null ? null : current.currentSpan();
        if (span == null || span.isNoop()) {
            return CausingTraces.current();
        }
        return CausingTraces.traceparent(span.context());
    }

    private Optional<Tracer> tracer() {
        Optional<Tracer> known = resolved;
        if (known == null) {
            known = Optional.ofNullable(tracer.getIfAvailable());
            resolved = known;
        }
        return known;
    }
}
