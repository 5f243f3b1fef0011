package nl.jeugdlink.platform.inbound;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.micrometer.tracing.otel.bridge.Slf4JEventListener;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.jeugdlink.platform.inbound.InboundCheckBench.VerwijzingGescreend;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What following each record's trace costs in a batch table (issue 11: Micrometer observations were 9-11 % of every service's
 * CPU in the quiet hop's profile): a loop, not JMH and not a test - nothing is asserted on time. Polls of 500 records of the
 * screening's shape, each of its own trace (a busy hop: one referral per record), one in ten sampled upstream, through a batch
 * table whose handler does nothing: records without a traceparent (the table alone), the embedded run's way (each traceparent
 * passed on, {@link RecordTraces#passingOn()}), and a span per record ({@link RecordTraces#recording}) with the tracer Boot's
 * OpenTelemetry bridge makes, parent-based sampling at 0.1 without an exporter and at 1.0 with an exporter that drops what it
 * gets (a region exporting everything). Each the median of nine rounds after three warm-up rounds, in CPU time of the bench's thread (the machine is shared: wall time
 * says more about the neighbours), with the services' JVM flags ({@code -Xmx160m -Xmn16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}). Run it by hand as {@link InboundCheckBench} says,
 * with main class {@code nl.jeugdlink.platform.inbound.InboundTraceBench [polls]}.
 */
final class InboundTraceBench {

    private static final int RECORDS_PER_POLL = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InboundTraceBench() {
    }

    /** Spans counted and dropped: what an exporter costs without the network. */
    private static final class Dropping implements SpanExporter {
        final AtomicLong spans = new AtomicLong();

        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
            spans.addAndGet(batch.size());
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }

    /** The tracer and propagator a service gets from Boot's OpenTelemetry auto-configuration, sampling {@code probability}. */
    record Tracing(OtelTracer tracer, OtelPropagator propagator, Dropping exported) {
        static Tracing of(double probability, boolean exporting) {
            Dropping exporter = new Dropping();
            var provider = SdkTracerProvider.builder().setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(probability)));
            if (exporting) {
                provider.addSpanProcessor(SimpleSpanProcessor.create(exporter));
            }
            var otel = provider.build().get("jeugdlink");
            OtelCurrentTraceContext context = new OtelCurrentTraceContext();
            OtelTracer tracer = new OtelTracer(otel, context, new Slf4JEventListener()::onEvent, new OtelBaggageManager(context, List.of(), List.of()));
            return new Tracing(tracer, new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel), exporter);
        }

    }

    /** A poll of records of the screening's shape, each with a traceparent of its own trace, one in ten sampled. */
    static Message<List<byte[]>> poll(boolean traced) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> headers = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> partitions = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        for (int i = 0; i < RECORDS_PER_POLL; i++) {
            String id = UUID.randomUUID().toString();
            payloads.add(InboundCheckBench.payload(id).getBytes(StandardCharsets.UTF_8));
            keys.add(id.getBytes(StandardCharsets.UTF_8));
            Map<String, Object> own = new LinkedHashMap<>();
            InboundCheckBench.message(id).getHeaders().forEach((name, value) -> {
                if (name.startsWith("ce_") || name.equals("content-type")) {
                    own.put(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                }
            });
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            String traceparent = "00-" + hex.formatHex(trace) + "-" + hex.formatHex(span) + (i % 10 == 0 ? "-01" : "-00");
            if (traced) {
                own.put("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            headers.add(own);
            offsets.add((long) i);
            partitions.add(0);
            topics.add(InboundCheckBench.GESCREEND.topic());
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .build();
    }

    public static void main(String[] args) {
        int polls = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Message<List<byte[]>>> batches = new ArrayList<>(polls);
        List<Message<List<byte[]>>> untraced = new ArrayList<>(polls);
        for (int i = 0; i < polls; i++) {
            batches.add(poll(true));
            untraced.add(poll(false));
        }
        int records = polls * RECORDS_PER_POLL;
        report("records without a traceparent (nothing to follow)", records, table(RecordTraces.passingOn()), untraced);
        report("embedded run: no exporter, each traceparent passed on", records, table(RecordTraces.passingOn()), batches);
        Tracing embedded = Tracing.of(0.1, false);
        report("a span per record, sampling 0.1, no exporter", records, table(RecordTraces.recording(embedded.tracer(), embedded.propagator())),
                batches);
        Tracing exporting = Tracing.of(1.0, true);
        report("exporting: a span per record, sampling 1.0, exporter", records,
                table(RecordTraces.recording(exporting.tracer(), exporting.propagator())), batches);
        System.out.println("spans exported " + exporting.exported().spans.get());
    }

    private static Consumer<Message<List<byte[]>>> table(RecordTraces traces) {
        InboundHandlers handlers = new InboundHandlers(new InboundEvents(JSON, new SimpleMeterRegistry()), "foodvalley", Set.of("GM0228"),
                (binding, record, reason) -> {
                    throw new IllegalStateException("the bench's record was dead-lettered: " + reason.getMessage(), reason);
                }, new InboundRetry(1, Duration.ZERO, 1, Duration.ZERO), traces);
        return handlers.forBinding("verwijzingen-in-0")
                .onEvent(InboundCheckBench.GESCREEND, VerwijzingGescreend.class, Subject.of("verwijzing", VerwijzingGescreend::verwijzingId)
                        .inMunicipality(VerwijzingGescreend::gemeenteCode), (event, gescreend) -> InboundEvents.Outcome.APPLIED)
                .buildBatch();
    }

    private static final int ROUNDS = 9;

    private static void report(String what, int records, Consumer<Message<List<byte[]>>> table, List<Message<List<byte[]>>> batches) {
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 3; warm++) {
            batches.forEach(table);
        }
        long[] nanos = new long[ROUNDS];
        for (int r = 0; r < nanos.length; r++) {
            long start = cpu.getCurrentThreadCpuTime();
            batches.forEach(table);
            nanos[r] = cpu.getCurrentThreadCpuTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-62s %7.2f µs CPU per record (median of %d rounds of %,d; fastest %.2f, slowest %.2f)%n", what,
                nanos[ROUNDS / 2] / 1_000.0 / records, ROUNDS, records, nanos[0] / 1_000.0 / records, nanos[ROUNDS - 1] / 1_000.0 / records);
    }
}
