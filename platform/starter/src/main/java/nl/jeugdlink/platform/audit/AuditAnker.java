package nl.jeugdlink.platform.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import nl.jeugdlink.platform.audit.AuditTrail.Anker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the audit chain's newest record outside the service's own store. A hash chain shows every
 * record changed or removed in its middle, but not the newest ones removed from its end: what is left
 * is still a valid chain. So the head (sequence number and hash) is published to a compacted Kafka
 * topic, keyed by chain and database, which whoever can edit the service's database cannot rewrite.
 * Verification holds the stored chain against the highest anchor on the topic.
 *
 * <p>Publishing is coalesced: at most once per {@link #interval} the newest head goes out, so a burst
 * of audited requests costs one small message. What was written in the last interval before a
 * removal is the window this cannot see.
 *
 * <p>At start the stored chain is held against the anchor once: if the store lost records, the
 * service says so in its log and in {@code jeugdlink_audit_anker_afwijking}, and stops publishing
 * for this chain, so that the evidence on the topic is not overwritten by a shorter chain.
 */
public class AuditAnker implements SmartLifecycle {

    public static final String TOPIC = "jeugdlink.audit.anker";
    private static final Logger log = LoggerFactory.getLogger(AuditAnker.class);
    private static final Duration LEZEN_TIMEOUT = Duration.ofSeconds(5);

    private final AuditTrail trail;
    private final String bootstrap;
    private final String sleutel;
    private final Duration interval;
    private final AtomicReference<@Nullable AuditRecord> nieuwste = new AtomicReference<>();
    private volatile long gepubliceerdSeq;
    private volatile boolean afwijking;
    private volatile boolean running;
    private @Nullable Thread werker;

    /**
     * @param sleutel the record key: the chain and the database it lives in, so that a test or a
     *     second region with the same service name does not compare against another store's chain
     */
    public AuditAnker(AuditTrail trail, String bootstrap, String sleutel, Duration interval, MeterRegistry meters) {
        this.trail = trail;
        this.bootstrap = bootstrap;
        this.sleutel = sleutel;
        this.interval = interval;
        trail.bijNieuwHoofd(record -> {
            nieuwste.set(record);
            Thread w = werker;
            if (w != null) {
                LockSupport.unpark(w);
            }
        });
        Gauge.builder("jeugdlink.audit.anker.seq", this, a -> a.gepubliceerdSeq)
                .description("The newest audit record published as the chain's external anchor")
                .register(meters);
        Gauge.builder("jeugdlink.audit.anker.afwijking", this, a -> a.afwijking ? 1 : 0)
                .description("1 when the stored audit chain was found shorter than, or different from, its external anchor")
                .register(meters);
    }

    /** The highest anchor on the topic for this chain; empty when none was ever published; throws when the topic cannot be read. */
    public Optional<Anker> laatste() throws TimeoutException {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // Reading must not create the topic with the broker's defaults (delete, not compact) before the publisher does.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LEZEN_TIMEOUT.toMillis(),
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LEZEN_TIMEOUT.toMillis());
        long deadline = System.nanoTime() + LEZEN_TIMEOUT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(TOPIC, LEZEN_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return Optional.empty();
            }
            List<TopicPartition> assigned = new ArrayList<>();
            partitions.forEach(p -> assigned.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, LEZEN_TIMEOUT);
            @Nullable Anker hoogste = null;
            while (!gelezenTot(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("anchor topic " + TOPIC + " not read within " + LEZEN_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (sleutel.equals(record.key()) && record.value() != null) {
                        Anker anker = uit(record.value());
                        if (hoogste == null || anker.seq() > hoogste.seq()) {
                            hoogste = anker;
                        }
                    }
                }
            }
            return Optional.ofNullable(hoogste);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new TimeoutException("anchor topic " + TOPIC + " not readable: " + e.getMessage());
        }
    }

    /** The chain walked and held against the anchor; when the topic cannot be read, the chain alone, and it says so. */
    public AuditTrail.Verificatie verify() {
        try {
            return trail.verify(laatste().orElse(null), true);
        } catch (TimeoutException e) {
            log.warn("audit chain verified without its anchor: {}", e.getMessage());
            return trail.verify(null, false);
        }
    }

    private static boolean gelezenTot(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** {@code seq:hash}: nothing more is needed, and nothing about anybody is in it. */
    static String als(AuditRecord record) {
        return record.seq() + ":" + record.hash();
    }

    static Anker uit(String value) {
        int colon = value.indexOf(':');
        return new Anker(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
    }

    private void werk() {
        maakTopic();
        controleerBijStart();
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            while (running) {
                AuditRecord hoofd = nieuwste.get();
                if (hoofd != null && hoofd.seq() > gepubliceerdSeq && !afwijking) {
                    try {
                        producer.send(new ProducerRecord<>(TOPIC, sleutel, als(hoofd))).get(10, TimeUnit.SECONDS);
                        gepubliceerdSeq = hoofd.seq();
                    } catch (ExecutionException | TimeoutException | RuntimeException e) {
                        log.warn("audit anchor not published, retrying: {}", String.valueOf(e.getMessage()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    // Coalesce: nothing goes out sooner than an interval after a send, however many records are
                    // appended meanwhile (each append wakes this thread; the wait does not end on a wake-up).
                    wacht(interval);
                } else {
                    // Idle: the next append wakes this thread.
                    LockSupport.parkNanos(interval.toNanos());
                }
            }
            // On a clean stop, the last head goes out too.
            AuditRecord hoofd = nieuwste.get();
            if (hoofd != null && hoofd.seq() > gepubliceerdSeq && !afwijking) {
                producer.send(new ProducerRecord<>(TOPIC, sleutel, als(hoofd)));
                producer.flush();
            }
        } catch (RuntimeException e) {
            log.error("audit anchor publisher stopped", e);
        }
    }

    /** A compacted topic: only the newest anchor per chain has to stay, and it stays for good. */
    private void maakTopic() {
        for (int poging = 0; running; poging++) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
                NewTopic topic = new NewTopic(TOPIC, 1, (short) -1).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        // Small segments, so that compaction keeps the topic short enough to read at every verification.
                        TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()),
                        TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1"));
                admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                log.warn("audit anchor topic not created yet: {}", String.valueOf(e.getCause()));
            } catch (TimeoutException | RuntimeException e) {
                log.warn("audit anchor topic not created yet: {}", String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            wacht(Duration.ofSeconds(Math.min(30, 1L << Math.min(poging, 5))));
        }
    }

    private void controleerBijStart() {
        while (running) {
            try {
                Optional<Anker> anker = laatste();
                if (anker.isEmpty()) {
                    nieuwste.compareAndSet(null, trail.opgeslagenHoofd());
                    return;
                }
                gepubliceerdSeq = Math.max(gepubliceerdSeq, anker.get().seq());
                String reden = trail.afwijkingVan(anker.get());
                if (reden != null) {
                    afwijking = true;
                    log.error("audit chain {} does not match its external anchor: {}; the anchor is kept as evidence and not advanced",
                            sleutel, reden);
                } else {
                    // What a crash kept from being published before.
                    nieuwste.compareAndSet(null, trail.opgeslagenHoofd());
                }
                return;
            } catch (TimeoutException | RuntimeException e) {
                log.warn("audit anchor not read at start, retrying: {}", String.valueOf(e.getMessage()));
                wacht(Duration.ofSeconds(5));
            }
        }
    }

    /** Waits this long, or until stopped: a new head's wake-up does not cut a back-off short. */
    private void wacht(Duration duur) {
        long tot = System.nanoTime() + duur.toNanos();
        for (long rest; running && (rest = tot - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(rest);
        }
    }

    @Override
    public void start() {
        running = true;
        werker = Thread.ofPlatform().daemon().name("audit-anker").start(this::werk);
    }

    @Override
    public void stop() {
        running = false;
        Thread w = werker;
        if (w != null) {
            LockSupport.unpark(w);
            try {
                w.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
