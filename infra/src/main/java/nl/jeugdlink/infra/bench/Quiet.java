package nl.jeugdlink.infra.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group of the platform has read every topic to its end (lag 0) and every
 * service's delivery queue ({@code delivery_queue}: mails and webhooks handed over, not yet sent) is
 * empty. The journey's latency ends where the casus opens, while the escalation- and notification-services
 * may still be working on the same referrals (the open loop's 20,000 mails were once still being sent
 * during the closed loop after it): between steps this keeps a step's tail out of the next one, and
 * within a journey step ({@link JourneyBench}) it marks where all the work of the step's referrals is
 * done, so that their CPU is charged in full. The queues are counted on the embedded store
 * ({@code --mongo}); a store that cannot be read is left out (the lag alone decides).
 */
final class Quiet implements AutoCloseable {

    /** How long the delivery queues may stay as they are before the wait goes on without them. */
    private static final long STALLED = 15_000_000_000L;

    private final Admin admin;
    private final MongoClient store;

    Quiet(String bootstrap, String mongoUri) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        this.admin = Admin.create(props);
        this.store = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongoUri))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .build());
    }

    /** The bench's {@code quiet} command: waits with a report every 5 s, polling once a second. */
    static boolean await(Map<String, String> options) throws Exception {
        try (Quiet quiet = new Quiet(Bench.option(options, "bootstrap", "127.0.0.1:9092"),
                Bench.option(options, "mongo", "mongodb://127.0.0.1:27017"))) {
            quiet.await(Bench.intOption(options, "timeout", 300), 1_000, "quiet");
            return true;
        }
    }

    /**
     * Waits until the platform is quiet (see the class), polling every {@code pollMillis}, at most {@code timeoutSeconds}.
     * Answers whether it got there: false when the time ran out or the delivery queues stalled (a peer that is down).
     */
    boolean await(int timeoutSeconds, long pollMillis, String label) throws Exception {
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(timeoutSeconds).toNanos();
        // Between steps a line every 5 s; within a step (polled more often) a line a second shows the tail's course.
        long reportEvery = pollMillis >= 1_000 ? 5_000_000_000L : 1_000_000_000L;
        long nextReport = started + (pollMillis >= 1_000 ? 0 : reportEvery);
        long fewestQueued = Long.MAX_VALUE;
        long fewestSince = System.nanoTime();
        while (true) {
            Map<String, Long> behind = lag(admin);
            long lag = behind.values().stream().mapToLong(Long::longValue).sum();
            long queued = lag == 0 ? queued(store) : -1;
            if (queued >= 0 && queued < fewestQueued) {
                fewestQueued = queued;
                fewestSince = System.nanoTime();
            }
            if (lag == 0 && queued > 0 && System.nanoTime() - fewestSince > STALLED) {
                // Deliveries that wait for a peer that is down (a retry hours away) do not go by waiting here.
                Results.progress("%s: consumers caught up; %d deliveries queued did not shrink for %d s; going on", label, queued,
                        STALLED / 1_000_000_000L);
                return false;
            }
            if (lag == 0 && queued <= 0) {
                Results.progress("%s: every consumer group is at the end of its topics and no delivery waits (waited %.1f s)", label,
                        (System.nanoTime() - started) / 1e9);
                return true;
            }
            if (System.nanoTime() > deadline) {
                Results.progress("%s: still %d events behind, %d deliveries queued after %d s; going on", label, lag, Math.max(queued, 0),
                        timeoutSeconds);
                return false;
            }
            if (System.nanoTime() >= nextReport) {
                Results.progress(lag > 0 ? "%s: consumers are %d events behind (%4$s)" : "%s: consumers caught up, %3$d deliveries still queued",
                        label, lag, queued, furthest(behind));
                nextReport = System.nanoTime() + reportEvery;
            }
            Thread.sleep(pollMillis);
        }
    }

    @Override
    public void close() {
        admin.close();
        store.close();
    }

    /** Deliveries queued over every database of the store (a count per queue, no scan); -1 when the store cannot be read. */
    private static long queued(MongoClient store) {
        try {
            long queued = 0;
            for (String database : store.listDatabaseNames()) {
                if (database.startsWith("jeugdlink-")) {
                    queued += store.getDatabase(database).getCollection("delivery_queue").estimatedDocumentCount();
                }
            }
            return queued;
        } catch (RuntimeException e) {
            Results.progress("quiet: the store's delivery queues could not be counted (%s); the lag alone decides", e.getMessage());
            return -1;
        }
    }

    /** Events not yet read (committed), per consumer group and topic, those behind only. */
    private static Map<String, Long> lag(Admin admin) throws Exception {
        Map<String, Long> behind = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            if (group.groupId().startsWith("probe-") || group.groupId().startsWith("bench")) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            for (var entry : committed.entrySet()) {
                long lag = entry.getValue() == null ? 0 : ends.get(entry.getKey()).offset() - entry.getValue().offset();
                if (lag > 0 && !entry.getKey().topic().endsWith(".dlq")) {
                    behind.merge(group.groupId() + " on " + entry.getKey().topic(), lag, Long::sum);
                }
            }
        }
        return behind;
    }

    /** The groups furthest behind, for the progress line. */
    private static String furthest(Map<String, Long> behind) {
        return behind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }
}
