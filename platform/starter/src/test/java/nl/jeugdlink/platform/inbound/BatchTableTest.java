package nl.jeugdlink.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.jeugdlink.platform.inbound.InboundHandlersTest.DingGebeurd;
import nl.jeugdlink.platform.inbound.InboundHandlersTest.Geweigerd;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The batch table (ADR 0018): per record the same checks, counts and dead letters as one at a time; the writes together. */
class BatchTableTest {

    private record DeadLetter(String key, String reason, Class<?> kind) {
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final InboundHandlers handlers = new InboundHandlers(new InboundEvents(JsonMapper.builder().build(), meters), "foodvalley",
            Set.of("GM0228", "GM0345"),
            (binding, record, reason) -> deadLetters.add(new DeadLetter(new String(record.key(), StandardCharsets.UTF_8), String.valueOf(reason.getMessage()),
                    reason.getClass())),
            new InboundRetry(3, Duration.ZERO, 2.0, Duration.ZERO));

    /** Writes what it is given as one write; a ding seen before is a duplicate; fails as often as told. */
    private final class Store implements BatchEventHandler<DingGebeurd, String> {
        final List<List<String>> writes = new ArrayList<>();
        final Set<String> stored = new HashSet<>();
        int failures;
        @Nullable String poison;

        @Override
        public @Nullable String prepare(InboundEvent event, DingGebeurd ding) {
            if (ding.dingId().startsWith("weiger")) {
                throw new Geweigerd("ding " + ding.dingId() + " mag niet");
            }
            return ding.dingId().startsWith("niets") ? null : ding.dingId();
        }

        @Override
        public List<InboundEvents.Outcome> write(List<String> changes) {
            if (failures > 0 || (poison != null && changes.contains(poison))) {
                failures--;
                throw new IllegalStateException("store unreachable");
            }
            writes.add(List.copyOf(changes));
            return changes.stream().map(id -> stored.add(id) ? InboundEvents.Outcome.APPLIED : InboundEvents.Outcome.DUPLICATE).toList();
        }
    }

    private final Store store = new Store();

    private Consumer<Message<List<byte[]>>> bulkTable() {
        return handlers.forBinding("dingen-in-0")
                .onEvents(InboundHandlersTest.DING_GEBEURD, DingGebeurd.class,
                        Subject.of("ding", DingGebeurd::dingId).inMunicipality(DingGebeurd::gemeenteCode), store)
                .rejecting(Geweigerd.class)
                .buildBatch();
    }

    private static Map<String, Object> ding(String dingId, String gemeente) {
        return record(dingId, dingId, "{\"dingId\": \"" + dingId + "\", \"gemeenteCode\": \"" + gemeente + "\"}");
    }

    private static Map<String, Object> record(String key, String subject, String json) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", key);
        r.put("payload", json);
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.put("ce_source", "urn:nld:jeugdlink:foodvalley:test".getBytes(StandardCharsets.UTF_8));
        headers.put("ce_type", InboundHandlersTest.DING_GEBEURD.type().getBytes(StandardCharsets.UTF_8));
        headers.put("ce_subject", subject.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_time", "2026-11-24T10:02:11Z".getBytes(StandardCharsets.UTF_8));
        r.put("headers", headers);
        return r;
    }

    private static Map<String, Object> unreadable(String key) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", key);
        r.put("payload", "{ geen CloudEvent");
        r.put("headers", Map.of("content-type", "application/json".getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    /** A poll as the Kafka binder hands it to a batch-mode consumer: payloads, and every header as a list in their order. */
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

    private double consumed(String outcome) {
        var counter = meters.find("jeugdlink.events.consumed").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void writesThePollInOneWriteInTheOrderReceived() {
        bulkTable().accept(poll(ding("d-1", "GM0228"), ding("d-2", "GM0345"), ding("d-3", "GM0228")));

        assertThat(store.writes).containsExactly(List.of("d-1", "d-2", "d-3"));
        assertThat(consumed("applied")).isEqualTo(3);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void deadLettersOnlyThePoisonRecordsAndAppliesTheRestInOrder() {
        bulkTable().accept(poll(ding("d-1", "GM0228"), unreadable("kapot"), ding("d-2", "GM0363"), ding("weiger-3", "GM0228"),
                record("d-4", "ander", "{\"dingId\": \"d-4\", \"gemeenteCode\": \"GM0228\"}"), ding("d-5", "GM0228")));

        assertThat(store.writes).containsExactly(List.of("d-1", "d-5"));
        assertThat(deadLetters).extracting(DeadLetter::key).containsExactly("kapot", "d-2", "d-4", "weiger-3");
        assertThat(deadLetters.get(0).kind()).isEqualTo(UnreadableEventException.class);
        assertThat(deadLetters.get(1).reason()).isEqualTo("gemeente GM0363 hoort niet bij regio foodvalley");
        assertThat(deadLetters.get(2).reason()).contains("subject ander is not the ding d-4");
        assertThat(deadLetters.get(3).kind()).isEqualTo(RejectedEventException.class);
        assertThat(deadLetters.get(3).reason()).isEqualTo("ding weiger-3 mag niet");
        assertThat(consumed("applied")).isEqualTo(2);
        assertThat(consumed("rejected")).isEqualTo(3);
    }

    @Test
    void countsARedeliveryAsADuplicateAndAnEventThatChangesNothingAsIgnored() {
        bulkTable().accept(poll(ding("d-1", "GM0228")));
        bulkTable().accept(poll(ding("d-1", "GM0228"), ding("niets-2", "GM0228")));

        assertThat(consumed("applied")).isEqualTo(1);
        assertThat(consumed("duplicate")).isEqualTo(1);
        assertThat(consumed("ignored")).isEqualTo(1);
    }

    @Test
    void aTypeOfTheTableHasItsFailureCounterFromTheStartAtZero() {
        bulkTable();

        assertThat(meters.get("jeugdlink.events.failed").tag("type", InboundHandlersTest.DING_GEBEURD.type()).counter().count())
                .as("made with the table, before any event (increase() needs it to count the first failure)").isZero();
    }

    @Test
    void retriesAFailedWriteOfTheWholePoll() {
        store.failures = 2;

        bulkTable().accept(poll(ding("d-1", "GM0228"), ding("d-2", "GM0228")));

        assertThat(store.writes).containsExactly(List.of("d-1", "d-2"));
        assertThat(deadLetters).isEmpty();
        assertThat(meters.find("jeugdlink.events.failed").counter().count()).as("each failed attempt, per event").isEqualTo(4);
    }

    @Test
    void aJsonRowHandsEachPayloadAsTheTreeItCheckedAndWritesThePollTogether() {
        List<List<String>> writes = new ArrayList<>();
        List<tools.jackson.databind.JsonNode> prepared = new ArrayList<>();
        var table = handlers.forBinding("dingen-in-0")
                .onJsonEvents(InboundHandlersTest.DING_GEBEURD,
                        Subject.<tools.jackson.databind.JsonNode>of("ding", json -> json.path("dingId").asString())
                                .inMunicipality(json -> json.path("gemeenteCode").asString()),
                        new BatchEventHandler<tools.jackson.databind.JsonNode, String>() {
                            @Override
                            public String prepare(InboundEvent event, tools.jackson.databind.JsonNode json) {
                                prepared.add(json);
                                return json.path("dingId").asString();
                            }

                            @Override
                            public List<InboundEvents.Outcome> write(List<String> changes) {
                                writes.add(List.copyOf(changes));
                                return changes.stream().map(c -> InboundEvents.Outcome.APPLIED).toList();
                            }
                        })
                .buildBatch();

        table.accept(poll(ding("d-1", "GM0228"), ding("d-2", "GM0363"), record("d-3", "ander", "{\"dingId\": \"d-3\", \"gemeenteCode\": \"GM0228\"}"),
                ding("d-4", "GM0345")));

        assertThat(writes).containsExactly(List.of("d-1", "d-4"));
        assertThat(prepared).extracting(json -> json.path("gemeenteCode").asString()).containsExactly("GM0228", "GM0345");
        assertThat(deadLetters).extracting(DeadLetter::key).containsExactly("d-2", "d-3");
        assertThat(consumed("applied")).isEqualTo(2);
    }

    @Test
    void afterEveryRetryWritesOneByOneAndDeadLettersOnlyTheOneThatKeepsFailing() {
        store.poison = "d-2";

        bulkTable().accept(poll(ding("d-1", "GM0228"), ding("d-2", "GM0228"), ding("d-3", "GM0228")));

        assertThat(store.writes).containsExactly(List.of("d-1"), List.of("d-3"));
        assertThat(deadLetters).extracting(DeadLetter::key).containsExactly("d-2");
        assertThat(deadLetters.getFirst().reason()).isEqualTo("store unreachable");
    }

    @Test
    void appliesARowWithoutABulkWriteOneAtATimeInOrderRetryingEach() {
        List<String> applied = new ArrayList<>();
        int[] failures = {2};
        var table = handlers.forBinding("dingen-in-0")
                .onEvent(InboundHandlersTest.DING_GEBEURD, DingGebeurd.class, Subject.of("ding", DingGebeurd::dingId), (event, ding) -> {
                    if (ding.dingId().equals("d-2") && failures[0]-- > 0) {
                        throw new IllegalStateException("store unreachable");
                    }
                    applied.add(ding.dingId());
                    return InboundEvents.Outcome.APPLIED;
                })
                .buildBatch();

        table.accept(poll(ding("d-1", "GM0228"), ding("d-2", "GM0228"), ding("d-1", "GM0228")));

        assertThat(applied).containsExactly("d-1", "d-2", "d-1");
        assertThat(deadLetters).isEmpty();
    }
}
