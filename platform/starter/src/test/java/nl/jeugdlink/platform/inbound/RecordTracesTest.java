package nl.jeugdlink.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.platform.inbound.InboundHandlersTest.DingGebeurd;
import nl.jeugdlink.platform.outbox.IdentifiedAggregate;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.outbox.PendingEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each record's outgoing events carry that record's trace (ADR 0023), whether the service exports spans or not, and in a bulk
 * write of records of several traces too (issue 16): without an exporter the record's {@code traceparent} is passed on as it
 * came; with one, each record gets a consumer span, child of the span its {@code traceparent} names, and its events are that
 * span's children.
 */
class RecordTracesTest {

    record VolgtOp(String volgtOpId, String dingId) {
    }

    private static final EventType VOLGT_OP = new EventType("VolgtOp", 1, "nl.jeugdlink.test.volgt-op.v1", "jeugdlink.test.volgt-op", VolgtOp.class);
    private static final String TRACE_A = "0af7651916cd43dd8448eb211c80319c";
    private static final String TRACE_B = "4bf92f3577b34da6a3ce929d0e0e4736";

    static final class Volgend extends IdentifiedAggregate {
        Volgend(String id) {
            super(id);
        }
    }

    private final OutgoingEvents outgoing = new OutgoingEvents(JsonMapper.builder().build(), Clock.systemUTC());
    private final List<PendingEvent> published = new ArrayList<>();
    private final List<List<String>> writes = new ArrayList<>();

    private InboundHandlers handlers(RecordTraces traces) {
        return new InboundHandlers(new InboundEvents(JsonMapper.builder().build(), new SimpleMeterRegistry()), "foodvalley", Set.of("GM0228"),
                (binding, record, reason) -> {
                    throw new AssertionError("dead-lettered: " + reason.getMessage(), reason);
                }, new InboundRetry(1, Duration.ZERO, 1, Duration.ZERO), traces);
    }

    /** For each thing that happened, a new aggregate of another id whose event names the thing: as a casus opened for a referral. */
    private PendingEvent volgtOp(String dingId) {
        Volgend volgend = new Volgend("volgt-op-" + dingId);
        PendingEvent event = outgoing.append(volgend, VOLGT_OP, new VolgtOp(volgend.getId(), dingId));
        published.add(event);
        return event;
    }

    /** A bulk write, as the case-service's screenings: prepared one by one, the poll's aggregates made in one write. */
    private Consumer<Message<List<byte[]>>> bulk(RecordTraces traces) {
        return handlers(traces).forBinding("dingen-in-0")
                .onEvents(InboundHandlersTest.DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId),
                        new BatchEventHandler<DingGebeurd, String>() {
                            @Override
                            public String prepare(InboundEvent event, DingGebeurd ding) {
                                return ding.dingId();
                            }

                            @Override
                            public List<InboundEvents.Outcome> write(List<String> dingen) {
                                writes.add(List.copyOf(dingen));
                                return dingen.stream().map(ding -> {
                                    volgtOp(ding);
                                    return InboundEvents.Outcome.APPLIED;
                                }).toList();
                            }
                        })
                .buildBatch();
    }

    private static String traceparent(String trace, String span, boolean sampled) {
        return "00-" + trace + "-" + span + (sampled ? "-01" : "-00");
    }

    private static String traceOf(@Nullable String traceparent) {
        return traceparent == null ? "none" : traceparent.substring(3, 35);
    }

    @Test
    void withoutAnExporterABulkWriteOfSeveralTracesPassesEachRecordsTraceOnToTheEventsAboutIt() {
        String a = traceparent(TRACE_A, "00f067aa0ba902b7", false);
        String b = traceparent(TRACE_B, "b7ad6b7169203331", true);

        bulk(RecordTraces.passingOn()).accept(poll(ding("d-1", a), ding("d-2", b), ding("d-3", a), ding("d-4", null)));

        assertThat(writes).containsExactly(List.of("d-1", "d-2", "d-3", "d-4"));
        assertThat(published).extracting(PendingEvent::traceparent).containsExactly(a, b, a, null);
    }

    @Test
    void aBulkWriteOfOneTraceContinuesIt() {
        String a = traceparent(TRACE_A, "00f067aa0ba902b7", true);

        bulk(RecordTraces.passingOn()).accept(poll(ding("d-1", a), ding("d-2", a)));

        assertThat(published).extracting(PendingEvent::traceparent).containsExactly(a, a);
    }

    @Test
    void aRowWithoutABulkWriteAndARecordModeTablePassEachRecordsTraceOn() {
        String a = traceparent(TRACE_A, "00f067aa0ba902b7", false);
        String b = traceparent(TRACE_B, "b7ad6b7169203331", false);
        InboundHandlers handlers = handlers(RecordTraces.passingOn());
        EventHandler<DingGebeurd> handler = (event, ding) -> {
            volgtOp(ding.dingId());
            return InboundEvents.Outcome.APPLIED;
        };

        handlers.forBinding("dingen-in-0").onEvent(InboundHandlersTest.DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId), handler)
                .buildBatch().accept(poll(ding("d-1", a), ding("d-2", b)));
        Message<byte[]> one = MessageBuilder.withPayload(((String) ding("d-3", b).get("payload")).getBytes(StandardCharsets.UTF_8))
                .copyHeaders(headers(ding("d-3", b))).build();
        handlers.forBinding("dingen-in-1").onEvent(InboundHandlersTest.DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId), handler)
                .build().accept(one);

        assertThat(published).extracting(PendingEvent::traceparent).containsExactly(a, b, b);
    }

    @Test
    void withAnExporterEachRecordIsASpanInItsTraceAndItsEventsItsChildrenAlsoInABulkWriteOfSeveralTraces() {
        List<SpanData> spans = new ArrayList<>();
        SpanExporter exported = new SpanExporter() {
            @Override
            public CompletableResultCode export(java.util.Collection<SpanData> batch) {
                spans.addAll(batch);
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
        };
        var otel = SdkTracerProvider.builder().setSampler(Sampler.parentBased(Sampler.alwaysOn()))
                .addSpanProcessor(SimpleSpanProcessor.create(exported)).build().get("test");
        OtelCurrentTraceContext context = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(otel, context, event -> {
        }, new OtelBaggageManager(context, List.of(), List.of()));
        RecordTraces recording = RecordTraces.recording(tracer,
                new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otel));

        bulk(recording).accept(poll(ding("d-1", traceparent(TRACE_A, "00f067aa0ba902b7", true)),
                ding("d-2", traceparent(TRACE_B, "b7ad6b7169203331", true))));

        assertThat(spans).extracting(SpanData::getName).containsExactly("jeugdlink.test.ding receive", "jeugdlink.test.ding receive");
        assertThat(spans).extracting(SpanData::getTraceId).containsExactly(TRACE_A, TRACE_B);
        assertThat(spans).extracting(SpanData::getParentSpanId).containsExactly("00f067aa0ba902b7", "b7ad6b7169203331");
        // Each event continues its record's span: the next service's span will be that span's child.
        assertThat(published).extracting(PendingEvent::traceparent)
                .containsExactly(traceparent(TRACE_A, spans.get(0).getSpanId(), true), traceparent(TRACE_B, spans.get(1).getSpanId(), true));
    }

    private static Map<String, Object> ding(String dingId, @Nullable String traceparent) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", dingId);
        r.put("payload", "{\"dingId\": \"" + dingId + "\", \"gemeenteCode\": \"GM0228\"}");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.put("ce_source", "urn:nld:jeugdlink:foodvalley:test".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_type", InboundHandlersTest.DING_GEBEURD.type().getBytes(StandardCharsets.UTF_8));
        headers.put("ce_subject", dingId.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_time", "2026-11-24T10:02:11Z".getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            headers.put("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        r.put("headers", headers);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> record) {
        return (Map<String, Object>) record.get("headers");
    }

    @SafeVarargs
    private static Message<List<byte[]>> poll(Map<String, Object>... records) {
        List<byte[]> payloads = new ArrayList<>();
        List<Object> keys = new ArrayList<>();
        List<Object> headers = new ArrayList<>();
        List<Object> offsets = new ArrayList<>();
        List<Object> partitions = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            payloads.add(((String) records[i].get("payload")).getBytes(StandardCharsets.UTF_8));
            keys.add(((String) records[i].get("key")).getBytes(StandardCharsets.UTF_8));
            headers.add(records[i].get("headers"));
            offsets.add((long) i);
            partitions.add(0);
            topics.add("jeugdlink.test.ding");
        }
        return MessageBuilder.withPayload(payloads)
                .setHeader(KafkaHeaders.RECEIVED_KEY, keys)
                .setHeader(KafkaHeaders.BATCH_CONVERTED_HEADERS, headers)
                .setHeader(KafkaHeaders.OFFSET, offsets)
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, partitions)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topics)
                .build();
    }
}
