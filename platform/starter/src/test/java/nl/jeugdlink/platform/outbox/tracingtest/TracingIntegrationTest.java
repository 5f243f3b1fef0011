package nl.jeugdlink.platform.outbox.tracingtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.platform.outbox.IdentifiedAggregate;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import nl.jeugdlink.platform.outbox.PendingEvent;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.OtlpReceiver;
import nl.jeugdlink.platform.test.OtlpReceiver.ReceivedSpan;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.messaging.Message;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * One trace from the write to the consumer, exported for real: an event appended inside a traced unit
 * of work (as a request is) stores that trace's {@code traceparent}; the outbox relay publishes it later
 * on its own thread and producer with that header; the Kafka binder's observation continues the trace in
 * the consumer. Both spans reach an OTLP/HTTP receiver on loopback, set through {@code JEUGDLINK_OTLP_ENDPOINT}
 * as in a deployment.
 *
 * <p>And over a binding in batch mode, which spring-kafka does not observe: the platform's handler table
 * continues each record's trace, so what its handler appends to the outbox goes on in that trace to the
 * next consumer - the hop of a referral from the intake into the case-service, whose binding is in batch
 * mode, and on to the services that consume the casus.
 */
@JeugdLinkIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {
        "spring.application.name=tracing-test",
        "jeugdlink.crypto.keyset-file=target/tracing-test-keyset.json",
        "management.tracing.sampling.probability=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=100ms",
        "spring.cloud.function.definition=traced;tracedBatch",
        "spring.cloud.stream.bindings.tracedBatch-in-0.destination=" + TracingIntegrationTest.BATCH_TOPIC,
        "spring.cloud.stream.bindings.tracedBatch-in-0.group=tracing-test",
        "spring.cloud.stream.bindings.tracedBatch-in-0.content-type=application/octet-stream",
        "spring.cloud.stream.bindings.tracedBatch-in-0.consumer.batch-mode=true",
        "spring.cloud.stream.bindings.traced-in-0.destination=" + TracingIntegrationTest.TOPIC,
        "spring.cloud.stream.bindings.traced-in-0.group=tracing-test",
        "spring.cloud.stream.bindings.traced-in-0.content-type=application/octet-stream"})
class TracingIntegrationTest {

    static final String TOPIC = "jeugdlink.test.traced";
    static final String BATCH_TOPIC = "jeugdlink.test.traced.batch";
    private static final EventType GEBEURD = new EventType("TestGebeurd", 1, "nl.jeugdlink.test.traced.v1", TOPIC, Gebeurd.class);
    /** A contract with a schema (test resources), as the handler table checks every payload against its producer's schema. */
    private static final EventType DING_GEBEURD = new EventType("DingGebeurd", 1, "nl.jeugdlink.test.ding-gebeurd.v1", BATCH_TOPIC, DingGebeurd.class);
    private static OtlpReceiver receiver;

    record Gebeurd(String id) {
    }

    record DingGebeurd(String dingId, String gemeenteCode) {
    }

    @SpringBootApplication
    static class TracingTestApplication {

        static final BlockingQueue<String> CONSUMED_IN_TRACE = new LinkedBlockingQueue<>();

        /** Records the trace the consumer runs in: the one the binder's observation continued from the header. */
        @Bean
        Consumer<Message<byte[]>> traced(Tracer tracer) {
            return message -> CONSUMED_IN_TRACE.add(tracer.currentSpan() == null ? "none" : tracer.currentSpan().context().traceId());
        }

        /**
         * A batch-mode binding on the platform's handler table, as the case-service's referrals binding: for each thing that
         * happened it stores an aggregate of its own with a follow-up event, which the relay publishes to {@link #traced}.
         */
        @Bean
        Consumer<Message<java.util.List<byte[]>>> tracedBatch(nl.jeugdlink.platform.inbound.InboundHandlers handlers, OutgoingEvents outgoing,
                MongoTemplate mongo) {
            return handlers.forBinding("tracedBatch-in-0")
                    .onEvent(DING_GEBEURD, DingGebeurd.class, nl.jeugdlink.platform.inbound.Subject.of("ding", DingGebeurd::dingId), (event, ding) -> {
                        Aggregate next = new Aggregate("volgt-op-" + ding.dingId());
                        outgoing.append(next, GEBEURD, new Gebeurd(next.getId()));
                        mongo.save(next);
                        return nl.jeugdlink.platform.inbound.InboundEvents.Outcome.APPLIED;
                    })
                    .buildBatch();
        }
    }

    @Document("tracingtest")
    static class Aggregate extends IdentifiedAggregate {
        Aggregate(String id) {
            super(id);
        }
    }

    @BeforeAll
    static void receiveSpans() {
        receiver = OtlpReceiver.start();
        // Read by PlatformDefaults when the context starts, as the environment variable is in a deployment.
        System.setProperty("JEUGDLINK_OTLP_ENDPOINT", receiver.endpoint());
    }

    @AfterAll
    static void stopReceiving() {
        System.clearProperty("JEUGDLINK_OTLP_ENDPOINT");
        receiver.close();
    }

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    @Autowired
    OutgoingEvents outgoing;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theConsumerContinuesTheTraceOfTheWriteAndBothSpansAreExported() throws Exception {
        String id = UUID.randomUUID().toString();
        Written written = writeInTrace("test.aanmelding", id, GEBEURD, new Gebeurd(id));
        String traceId = written.traceId();
        assertThat(written.event().traceparent()).startsWith("00-" + traceId + "-").endsWith("-01");

        assertThat(consumedIn(traceId)).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.spansOf(traceId))
                .extracting(ReceivedSpan::name)
                .contains("test.aanmelding")
                .anySatisfy(name -> assertThat(name).contains(TOPIC)));
        ReceivedSpan write = receiver.spansOf(traceId).stream().filter(s -> s.name().equals("test.aanmelding")).findFirst().orElseThrow();
        assertThat(receiver.spansOf(traceId)).anySatisfy(span -> {
            assertThat(span.name()).contains(TOPIC);
            assertThat(span.parentSpanId()).isEqualTo(write.spanId());
        });
    }

    @Test
    void aBatchModeBindingContinuesEachRecordsTraceIntoWhatItWrites() throws Exception {
        String id = UUID.randomUUID().toString();
        String traceId = writeInTrace("test.verwijzing", id, DING_GEBEURD, new DingGebeurd(id, "GM0228")).traceId();

        // The event the batch binding's handler wrote reaches the next consumer in the trace of the request.
        assertThat(consumedIn(traceId)).isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(receiver.spansOf(traceId))
                .extracting(ReceivedSpan::name)
                .contains("test.verwijzing", BATCH_TOPIC + " receive")
                .anySatisfy(name -> assertThat(name).contains(TOPIC).doesNotContain(BATCH_TOPIC)));
        var spans = receiver.spansOf(traceId);
        ReceivedSpan write = spans.stream().filter(s -> s.name().equals("test.verwijzing")).findFirst().orElseThrow();
        ReceivedSpan batchRecord = spans.stream().filter(s -> s.name().equals(BATCH_TOPIC + " receive")).findFirst().orElseThrow();
        // request -> the batch binding's record -> the next consumer: each span the child of the one before.
        assertThat(batchRecord.parentSpanId()).isEqualTo(write.spanId());
        assertThat(spans).anySatisfy(span -> {
            assertThat(span.name()).contains(TOPIC).doesNotContain(BATCH_TOPIC);
            assertThat(span.parentSpanId()).isEqualTo(batchRecord.spanId());
        });
    }

    /**
     * The handler tables read the records' bytes themselves: both bindings take them as the consumer deserialised them, without
     * Spring's per-record message conversion (issue 11). The two tests above consume through these bindings with it.
     */
    @Test
    void bothBindingsHandTheirRecordsOnWithoutMessageConversion(@Autowired BindingServiceProperties bindings) {
        assertThat(bindings.getConsumerProperties("tracedBatch-in-0").isUseNativeDecoding()).isTrue();
        assertThat(bindings.getConsumerProperties("traced-in-0").isUseNativeDecoding()).isTrue();
        assertThat(bindings.getConsumerProperties("tracedBatch-in-0").isBatchMode()).isTrue();
    }

    @Test
    void aFunctionCallIsNotObservedTheHandlerTableTimesItsPoll(@Autowired MeterRegistry meters) throws Exception {
        String id = UUID.randomUUID().toString();
        String traceId = writeInTrace("test.meting", id, DING_GEBEURD, new DingGebeurd(id, "GM0228")).traceId();
        assertThat(consumedIn(traceId)).isEqualTo(traceId);

        // Spring Cloud Function's observation per call is off (PlatformAutoConfiguration); the table's own poll timer is there.
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .contains("jeugdlink.inbound.polls")
                .noneMatch(name -> name.startsWith("spring.cloud.function"));
    }

    private record Written(String traceId, PendingEvent event) {
    }

    /** Appends the event to a new aggregate inside a traced unit of work named {@code name}, as a request does, and saves it. */
    private Written writeInTrace(String name, String id, EventType type, Record payload) {
        Observation request = Observation.start(name, observations);
        try (Observation.Scope scope = request.openScope()) {
            String traceId = tracer.currentSpan().context().traceId();
            Aggregate aggregate = new Aggregate(id);
            PendingEvent event = outgoing.append(aggregate, type, payload);
            mongo.save(aggregate);
            return new Written(traceId, event);
        } finally {
            request.stop();
        }
    }

    /** The trace a consumption of {@link TracingTestApplication#traced} ran in, waiting up to 30 s for the one of {@code traceId}. */
    private static String consumedIn(String traceId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String seen = null;
        while (System.nanoTime() < deadline) {
            seen = TracingTestApplication.CONSUMED_IN_TRACE.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (traceId.equals(seen)) {
                return seen;
            }
        }
        return seen;
    }
}
