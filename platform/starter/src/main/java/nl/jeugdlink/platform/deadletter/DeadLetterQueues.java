package nl.jeugdlink.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;

/**
 * The dead-letter topics of a service's consumer bindings. What is still to be handled on each is
 * what lies past the offset of a beheer consumer group of its own ({@code jeugdlink-dlq-beheer.<topic>}):
 * replaying sends those records back to the topic they came from and moves that offset to the end, so
 * the depth ({@code jeugdlink_dlq_depth}, per binding) returns to zero. Nothing is deleted: the records
 * stay on the dead-letter topic until its retention ends.
 */
public final class DeadLetterQueues {

    /** A consumer binding and its dead-letter topic. */
    public record Queue(String binding, String topic, String destination) {
    }

    /**
     * A dead-lettered record as a beheerder sees it: where it came from, which event, and why it was
     * refused - ids and class names only, never the payload or an exception message (either may hold
     * personal data).
     */
    public record DeadLetter(int partition, long offset, Instant at, @Nullable String key, @Nullable String eventType, @Nullable String eventId,
            @Nullable String originalTopic, @Nullable String exception, int bytes) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEPTH_CACHE = Duration.ofSeconds(5);

    private final Map<String, Object> client;
    private final Map<String, Queue> queues;
    private final Map<String, long[]> depths = new ConcurrentHashMap<>();

    public DeadLetterQueues(Map<String, Object> client, List<Queue> queues, MeterRegistry meters) {
        this.client = Map.copyOf(client);
        Map<String, Queue> byBinding = new LinkedHashMap<>();
        queues.forEach(q -> byBinding.put(q.binding(), q));
        this.queues = byBinding;
        for (Queue queue : queues) {
            Gauge.builder("jeugdlink.dlq.depth", this, d -> d.cachedDepth(queue.binding()))
                    .description("Dead-lettered records of a consumer binding not yet replayed")
                    .tag("binding", queue.binding()).tag("topic", queue.topic())
                    .register(meters);
        }
    }

    public List<Queue> queues() {
        return List.copyOf(queues.values());
    }

    public @Nullable Queue queue(String binding) {
        return queues.get(binding);
    }

    /** Records not yet replayed, now. */
    public long depth(Queue queue) throws TimeoutException {
        try (Admin admin = Admin.create(config(Map.of()))) {
            Map<TopicPartition, Long> start = start(admin, queue);
            Map<TopicPartition, Long> end = offsets(admin, queue, OffsetSpec.latest());
            long depth = 0;
            for (var e : end.entrySet()) {
                depth += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0L));
            }
            depths.put(queue.binding(), new long[] {depth, System.nanoTime()});
            return depth;
        } catch (ExecutionException e) {
            throw new TimeoutException("dead-letter topic " + queue.topic() + " not readable: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }

    /** The records not yet replayed, oldest first per partition, at most {@code max}. */
    public List<DeadLetter> list(Queue queue, int max) throws TimeoutException {
        List<DeadLetter> letters = new ArrayList<>();
        read(queue, record -> {
            if (letters.size() < max) {
                letters.add(new DeadLetter(record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()),
                        record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                        header(record, "ce_type"), header(record, "ce_id"), header(record, "x-original-topic"),
                        header(record, "x-exception-fqcn"), record.value() == null ? 0 : record.value().length));
            }
        }, false);
        return letters;
    }

    /** Sends every record not yet replayed back to the topic it came from, and marks them replayed; returns how many. */
    public int replay(Queue queue) throws TimeoutException {
        Map<String, Object> producerConfig = config(Map.of(
                ProducerConfig.CLIENT_ID_CONFIG, "jeugdlink-dlq-replay",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
        int[] count = {0};
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig)) {
            read(queue, record -> {
                String topic = header(record, "x-original-topic");
                RecordHeaders headers = new RecordHeaders();
                for (Header h : record.headers()) {
                    // The binder's notes on the failure stay on the dead-letter topic; the event's own headers go back.
                    if (!h.key().startsWith("x-exception") && !h.key().startsWith("x-original")) {
                        headers.add(h);
                    }
                }
                try {
                    producer.send(new ProducerRecord<>(topic != null ? topic : queue.destination(), null, record.key(), record.value(), headers))
                            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("replay stopped at " + record.partition() + ":" + record.offset() + ": " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted");
                }
                count[0]++;
            }, true);
        }
        depths.remove(queue.binding());
        return count[0];
    }

    private interface RecordHandler {
        void handle(ConsumerRecord<byte[], byte[]> record);
    }

    /** Reads from the beheer group's offset to the end; with {@code commit}, moves the offset past each partition's records as it goes. */
    private void read(Queue queue, RecordHandler handler, boolean commit) throws TimeoutException {
        Map<String, Object> config = config(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group(queue),
                ConsumerConfig.CLIENT_ID_CONFIG, "jeugdlink-dlq-" + (commit ? "replay" : "list"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        try (Admin admin = Admin.create(config(Map.of()));
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config)) {
            Map<TopicPartition, Long> start = start(admin, queue);
            Map<TopicPartition, Long> end = offsets(admin, queue, OffsetSpec.latest());
            consumer.assign(end.keySet());
            end.keySet().forEach(tp -> consumer.seek(tp, start.getOrDefault(tp, 0L)));
            long deadline = System.nanoTime() + TIMEOUT.multipliedBy(3).toNanos();
            Set<TopicPartition> open = new java.util.HashSet<>();
            end.forEach((tp, offset) -> {
                if (start.getOrDefault(tp, 0L) < offset) {
                    open.add(tp);
                }
            });
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("dead-letter topic " + queue.topic() + " not read to its end in time");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    handler.handle(record);
                    if (commit) {
                        consumer.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
                open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            }
        } catch (ExecutionException e) {
            throw new TimeoutException("dead-letter topic " + queue.topic() + " not readable: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }

    private double cachedDepth(String binding) {
        long[] cached = depths.get(binding);
        if (cached != null && System.nanoTime() - cached[1] < DEPTH_CACHE.toNanos()) {
            return cached[0];
        }
        try {
            return depth(queues.get(binding));
        } catch (TimeoutException | RuntimeException e) {
            return cached != null ? cached[0] : Double.NaN;
        }
    }

    /** Where the beheer group stands per partition: its committed offset, or the oldest record still kept. */
    private Map<TopicPartition, Long> start(Admin admin, Queue queue) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> earliest = offsets(admin, queue, OffsetSpec.earliest());
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group(queue)).partitionsToOffsetAndMetadata().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutException(e.getMessage());
        }
        Map<TopicPartition, Long> start = new HashMap<>();
        earliest.forEach((tp, oldest) -> {
            OffsetAndMetadata done = committed.get(tp);
            start.put(tp, Math.max(oldest, done == null ? 0 : done.offset()));
        });
        return start;
    }

    private Map<TopicPartition, Long> offsets(Admin admin, Queue queue, OffsetSpec spec) throws ExecutionException, InterruptedException, TimeoutException {
        try {
            var description = admin.describeTopics(List.of(queue.topic())).allTopicNames().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).get(queue.topic());
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            description.partitions().forEach(p -> request.put(new TopicPartition(queue.topic(), p.partition()), spec));
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(request).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS).forEach((tp, info) -> offsets.put(tp, info.offset()));
            return offsets;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever dead-lettered here
            }
            throw e;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutException(e.getMessage());
        }
    }

    private static String group(Queue queue) {
        return "jeugdlink-dlq-beheer." + queue.topic();
    }

    private static @Nullable String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> config(Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.putAll(extra);
        return config;
    }
}
