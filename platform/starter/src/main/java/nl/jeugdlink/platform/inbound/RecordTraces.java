package nl.jeugdlink.platform.inbound;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import nl.jeugdlink.platform.cloudevents.CausingTraces;
import org.jspecify.annotations.Nullable;

/**
 * How the handler table follows each record's trace (ADR 0023), so that one referral stays one trace across the services:
 * what a record's handler appends to the outbox continues the trace its {@code traceparent} header names. spring-kafka
 * observes only record listeners, and an observation per record (its timers, its span, its scopes) cost 9-11 % of every
 * service's CPU in issue 11's profile, also when no span left the service. So two ways:
 *
 * <ul>
 *   <li>{@link #passingOn()}, when no span is exported (the embedded run): the record's {@code traceparent} is passed on as it
 *       came ({@link CausingTraces#inTrace}); no span, no timer, no scope beyond one scoped value;
 *   <li>{@link #recording}, when spans are exported: a consumer span per record, the child of the one its {@code traceparent}
 *       names, made by the tracer directly (no observation: the binding's timers are per poll, {@link InboundEvents#poll}).
 * </ul>
 */
public abstract sealed class RecordTraces {

    /** The record's trace passed on without a span: for a service that exports no spans. */
    public static RecordTraces passingOn() {
        return PassingOn.INSTANCE;
    }

    /** A consumer span per record, continuing the trace its {@code traceparent} names: for a service that exports spans. */
    public static RecordTraces recording(Tracer tracer, Propagator propagator) {
        return new Recording(tracer, propagator);
    }

    /** Starts following one record's trace; the caller runs its work in it and stops it when done. */
    abstract RecordTrace start(String binding, String topic, Map<String, Object> headers);

    /** One record's trace while the table reads, prepares and applies it. */
    interface RecordTrace {

        /** Runs {@code work} in this record's trace: what it appends to the outbox continues that trace. */
        <R> R run(Supplier<R> work);

        /** The {@code traceparent} the record's outgoing events carry: its span's, or the record's own; null without one. */
        @Nullable String traceparent();

        /** The record could not be applied. */
        void error(Throwable e);

        /** The record is done. */
        void stop();
    }

    /** A header of the record as text: the binder hands them over as bytes or, when mapped, as strings. */
    static @Nullable String header(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return value == null ? null : value.toString();
    }

    private static final class PassingOn extends RecordTraces {

        static final PassingOn INSTANCE = new PassingOn();

        @Override
        RecordTrace start(String binding, String topic, Map<String, Object> headers) {
            return new PassedOn(header(headers, "traceparent"));
        }
    }

    private record PassedOn(@Nullable String traceparent) implements RecordTrace {

        @Override
        public <R> R run(Supplier<R> work) {
            return CausingTraces.inTrace(traceparent, work);
        }

        @Override
        public void error(Throwable e) {
        }

        @Override
        public void stop() {
        }
    }

    private static final class Recording extends RecordTraces {

        private final Tracer tracer;
        private final Propagator propagator;

        private Recording(Tracer tracer, Propagator propagator) {
            this.tracer = tracer;
            this.propagator = propagator;
        }

        @Override
        RecordTrace start(String binding, String topic, Map<String, Object> headers) {
            Span span = propagator.extract(headers, RecordTraces::header)
                    .kind(Span.Kind.CONSUMER)
                    .name(topic + " receive")
                    .remoteServiceName("kafka")
                    .tag("messaging.system", "kafka")
                    .tag("messaging.destination.name", topic)
                    .tag("jeugdlink.binding", binding)
                    .start();
            return new Spanned(tracer, span);
        }
    }

    private record Spanned(Tracer tracer, Span span) implements RecordTrace {

        @Override
        public <R> R run(Supplier<R> work) {
            try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                return work.get();
            }
        }

        @Override
        public String traceparent() {
            return CausingTraces.traceparent(span.context());
        }

        @Override
        public void error(Throwable e) {
            span.error(e);
        }

        @Override
        public void stop() {
            span.end();
        }
    }
}
