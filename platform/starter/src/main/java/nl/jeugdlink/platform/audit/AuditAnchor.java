package nl.jeugdlink.platform.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the audit chain's newest record outside the service's own store (ADR 0012). A hash chain
 * shows every record changed or removed in its middle, but not the newest ones removed from its end:
 * what is left is still a valid chain. So the head (sequence number and hash) is published to a
 * compacted Kafka topic, keyed by chain and database, which whoever can edit the service's database
 * cannot rewrite. Verification holds the stored chain against the newest anchor on the topic.
 *
 * <p>Publishing is coalesced: nothing goes out sooner than {@link #interval} after a send, so a burst
 * of audited requests costs one small message. What was written in the last interval before a
 * removal is the window this cannot see.
 *
 * <p>At start the stored chain is held against the anchor before anything is published: if the store
 * lost records, the service says so in its log and in {@code jeugdlink_audit_anker_afwijking} and
 * publishes nothing for this chain, so that the evidence on the topic is not overwritten by a shorter
 * chain. Only a beheerder's re-basing ({@link #herijk}), itself an audit record naming the old anchor,
 * accepts the stored chain as it is (after a restored backup, or a store that lost its last second).
 */
public class AuditAnchor implements SmartLifecycle {

    /** The anchor topic as the services name it; in Kafka behind the region's prefix ({@link nl.jeugdlink.platform.kafka.TopicPrefix}). */
    public static final String TOPIC = "jeugdlink.audit.anker";
    private final String topic;
    private static final Logger log = LoggerFactory.getLogger(AuditAnchor.class);
    private static final Duration LEZEN_TIMEOUT = Duration.ofSeconds(5);
    /** Client ids name the anchor's clients in the broker's logs and quotas (and in the test that shows where they connect). */
    public static final String CLIENT_ID = "jeugdlink-audit-anker";
    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /** What the topic holds for this chain: the newest anchor, and whether its newest record is a tombstone. */
    public record Stand(@Nullable Anker anker, boolean verwijderd) {
    }

    /** The store's chain does not verify by itself: it cannot be accepted as the new base. */
    public static final class KetenNietIntact extends RuntimeException {
        KetenNietIntact(String reden) {
            super(reden);
        }
    }

    private final AuditTrail trail;
    private final Audit audit;
    private final Map<String, Object> client;
    private final String sleutel;
    private final Duration interval;
    private final AtomicReference<@Nullable AuditRecord> nieuwste = new AtomicReference<>();
    private final Object publicatie = new Object();
    private volatile long gepubliceerdSeq;
    private volatile long epoch;
    private volatile boolean gecontroleerd;
    private volatile boolean afwijking;
    private volatile boolean running;
    private volatile @Nullable Thread werker;

    /**
     * @param client the Kafka client settings (bootstrap servers and, in production, the security
     *     settings of {@code spring.kafka.*})
     * @param sleutel the record key: the chain and the database it lives in, so that a test or a
     *     second region with the same service name does not compare against another store's chain
     */
    public AuditAnchor(AuditTrail trail, Audit audit, Map<String, Object> client, String sleutel, Duration interval, MeterRegistry meters) {
        this(trail, audit, client, sleutel, interval, meters, "");
    }

    /** @param topicPrefix the region's prefix on Kafka names ({@link nl.jeugdlink.platform.kafka.TopicPrefix}) */
    public AuditAnchor(AuditTrail trail, Audit audit, Map<String, Object> client, String sleutel, Duration interval, MeterRegistry meters,
            String topicPrefix) {
        this.topic = topicPrefix + TOPIC;
        this.trail = trail;
        this.audit = audit;
        this.client = Map.copyOf(client);
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

    /** The newest anchor on the topic for this chain; throws when the topic cannot be read. */
    public Stand laatste() throws TimeoutException {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId("consumer"));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Reading must not create the topic with the broker's defaults (delete, not compact) before the publisher does.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LEZEN_TIMEOUT.toMillis());
        config.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LEZEN_TIMEOUT.toMillis());
        long deadline = System.nanoTime() + 2 * LEZEN_TIMEOUT.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, LEZEN_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                return new Stand(null, false);
            }
            List<TopicPartition> assigned = new ArrayList<>();
            partitions.forEach(p -> assigned.add(new TopicPartition(p.topic(), p.partition())));
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned, LEZEN_TIMEOUT);
            @Nullable Anker nieuwsteAnker = null;
            boolean verwijderd = false;
            while (!gelezenTot(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("anchor topic " + topic + " not read within " + LEZEN_TIMEOUT.multipliedBy(2));
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (!sleutel.equals(record.key())) {
                        continue;
                    }
                    if (record.value() == null) {
                        // A tombstone: someone asked Kafka to forget this chain's anchor.
                        verwijderd = true;
                        continue;
                    }
                    Anker anker = uit(record.value());
                    if (anker == null) {
                        log.warn("unreadable audit anchor at {}:{} ignored", record.partition(), record.offset());
                        continue;
                    }
                    verwijderd = false;
                    if (nieuwsteAnker == null || anker.voorbij(nieuwsteAnker)) {
                        nieuwsteAnker = anker;
                    }
                }
            }
            return new Stand(nieuwsteAnker, verwijderd);
        } catch (KafkaException e) {
            throw new TimeoutException("anchor topic " + topic + " not readable: " + e.getMessage());
        }
    }

    /** The chain walked and held against the anchor; when the topic cannot be read, the chain alone, and it says so. */
    public AuditTrail.Verificatie verify() {
        Stand stand;
        try {
            stand = laatste();
        } catch (TimeoutException e) {
            log.warn("audit chain verified without its anchor: {}", e.getMessage());
            return trail.verify(null, false);
        }
        if (stand.verwijderd()) {
            AuditTrail.Verificatie keten = trail.verify(null, false);
            return new AuditTrail.Verificatie(keten.chain(), keten.records(), false, keten.eersteBreukBijSeq(),
                    "het externe anker van deze keten is verwijderd (tombstone op " + topic + ")", null, true);
        }
        return trail.verify(stand.anker(), true);
    }

    /**
     * A beheerder accepts the stored chain as it is now - after a restored backup, or a store that
     * lost its last writes - and says why. The chain must verify by itself. The re-basing is an audit
     * record naming the chain's end and the old anchor, and that record becomes the new anchor, in a
     * new epoch, so that the old, higher anchor no longer counts.
     */
    public AuditTrail.Verificatie herijk(nl.jeugdlink.platform.security.Gebruiker beheerder, String reden) throws TimeoutException {
        synchronized (publicatie) {
            AuditTrail.Verificatie keten = trail.verify();
            if (!keten.intact()) {
                throw new KetenNietIntact("de keten zelf is niet intact bij record " + keten.eersteBreukBijSeq() + ": " + keten.reden());
            }
            Stand stand = laatste();
            Anker oud = stand.anker();
            audit.toegestaan(beheerder, AuditEntry.Actie.WIJZIGEN, "audit", "anker",
                    "extern anker herijkt: keten eindigde bij record " + keten.records() + ", het anker noemde "
                            + (oud == null ? "niets" : "record " + oud.seq() + " (epoch " + oud.epoch() + ")") + "; reden: " + reden);
            AuditRecord hoofd = trail.opgeslagenHoofd();
            long nieuweEpoch = (oud == null ? 0 : oud.epoch()) + 1;
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
                producer.send(new ProducerRecord<>(topic, sleutel, als(hoofd, nieuweEpoch))).get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new TimeoutException("anchor not published: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted");
            }
            epoch = nieuweEpoch;
            gepubliceerdSeq = hoofd.seq();
            afwijking = false;
            gecontroleerd = true;
            log.warn("audit anchor of {} re-based by {} to record {} (epoch {})", sleutel, beheerder.id(), hoofd.seq(), nieuweEpoch);
        }
        return verify();
    }

    private static String clientId(String rol) {
        return CLIENT_ID + "-" + rol + "-" + CLIENTS.incrementAndGet();
    }

    private static boolean gelezenTot(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** {@code seq:hash[:epoch]}: nothing more is needed, and nothing about anybody is in it. */
    static String als(AuditRecord record, long epoch) {
        return record.seq() + ":" + record.hash() + (epoch == 0 ? "" : ":" + epoch);
    }

    static @Nullable Anker uit(String value) {
        String[] delen = value.split(":");
        try {
            if (delen.length == 2 || delen.length == 3) {
                return new Anker(Long.parseLong(delen[0]), delen[1], delen.length == 3 ? Long.parseLong(delen[2]) : 0);
            }
        } catch (NumberFormatException e) {
            // unreadable: below
        }
        return null;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId("producer"));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        return config;
    }

    private void werk() {
        maakTopic();
        controleerBijStart();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            while (running) {
                if (publiceer(producer)) {
                    // Coalesce: nothing goes out sooner than an interval after a send, however many records are
                    // appended meanwhile (each append wakes this thread; the wait does not end on a wake-up).
                    wacht(interval);
                } else {
                    // Idle: the next append wakes this thread.
                    LockSupport.parkNanos(interval.toNanos());
                }
            }
            // On a clean stop the last head goes out too - but only after the start check passed.
            publiceer(producer);
            producer.flush();
        } catch (RuntimeException e) {
            log.error("audit anchor publisher stopped", e);
        }
    }

    /** Sends the newest head when there is one to send and the chain was found whole at start; true when it tried. */
    private boolean publiceer(KafkaProducer<String, String> producer) {
        synchronized (publicatie) {
            AuditRecord hoofd = nieuwste.get();
            if (hoofd == null || hoofd.seq() <= gepubliceerdSeq || !gecontroleerd || afwijking) {
                return false;
            }
            try {
                producer.send(new ProducerRecord<>(topic, sleutel, als(hoofd, epoch))).get(10, TimeUnit.SECONDS);
                gepubliceerdSeq = hoofd.seq();
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("audit anchor not published, retrying: {}", String.valueOf(e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        }
    }

    /**
     * A compacted topic: only the newest anchor per chain has to stay, and it stays for good; a
     * tombstone stays a year, so that its removal of an anchor is itself seen. Where the services may
     * not create topics (production ACLs), the topic is provisioned by the platform team.
     */
    private void maakTopic() {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId("admin"));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        for (int poging = 0; running; poging++) {
            try (Admin admin = Admin.create(config)) {
                if (admin.listTopics().names().get(15, TimeUnit.SECONDS).contains(topic)) {
                    return;
                }
                NewTopic anker = new NewTopic(topic, 1, (short) -1).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        // Small segments, so that compaction keeps the topic short enough to read at every verification.
                        TopicConfig.SEGMENT_MS_CONFIG, String.valueOf(Duration.ofHours(1).toMillis()),
                        TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1",
                        TopicConfig.DELETE_RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(365).toMillis())));
                admin.createTopics(List.of(anker)).all().get(15, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                if (e.getCause() instanceof AuthorizationException) {
                    log.warn("not allowed to create {}: it must be provisioned (compacted); publishing anyway", topic);
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
                Stand stand = laatste();
                String reden = stand.verwijderd() ? "het externe anker is verwijderd (tombstone)"
                        : stand.anker() == null ? null : trail.afwijkingVan(stand.anker());
                synchronized (publicatie) {
                    if (stand.anker() != null) {
                        gepubliceerdSeq = Math.max(gepubliceerdSeq, stand.anker().seq());
                        epoch = stand.anker().epoch();
                    }
                    if (reden != null) {
                        afwijking = true;
                        log.error("audit chain {} does not match its external anchor: {}; the anchor is kept as evidence and not advanced"
                                + " until a beheerder re-bases it (POST /api/v1/audit-records/anker-herijking)", sleutel, reden);
                    } else {
                        // What a crash kept from being published before.
                        nieuwste.compareAndSet(null, trail.opgeslagenHoofd());
                    }
                    gecontroleerd = true;
                }
                return;
            } catch (TimeoutException | RuntimeException e) {
                log.warn("audit anchor not read at start, retrying: {}", String.valueOf(e.getMessage()));
                wacht(Duration.ofSeconds(5));
            }
        }
    }

    /** Waits this long, or until stopped: a new head's wake-up does not cut a wait short. */
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

    /** Started early and stopped late: after the web server's graceful shutdown and the consumers, whose audit records it anchors. */
    @Override
    public int getPhase() {
        return 0;
    }
}
