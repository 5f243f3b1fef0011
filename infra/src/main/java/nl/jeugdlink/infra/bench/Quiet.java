package nl.jeugdlink.infra.bench;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
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
 * empty, so the next step is not charged with the previous step's tail: the journey ends where the
 * casus opens, while the escalation- and notification-services may still be working on the same
 * referrals, and the open loop's 20,000 mails were still being sent during the closed loop after it.
 * The queues are counted on the embedded store ({@code --mongo}); a store that cannot be read is
 * left out (the lag alone decides).
 */
final class Quiet {

    /** How long the delivery queues may stay as they are before the wait goes on without them. */
    private static final long STALLED = 15_000_000_000L;

    private Quiet() {
    }

    static boolean await(Map<String, String> options) throws Exception {
        String bootstrap = Bench.option(options, "bootstrap", "127.0.0.1:9092");
        int timeout = Bench.intOption(options, "timeout", 300);
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeout).toNanos();
        long started = System.nanoTime();
        long nextReport = started;
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(Bench.option(options, "mongo", "mongodb://127.0.0.1:27017")))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .build();
        try (Admin admin = Admin.create(props); MongoClient store = MongoClients.create(settings)) {
            long fewestQueued = Long.MAX_VALUE;
            long fewestSince = System.nanoTime();
            while (true) {
                long lag = lag(admin);
                long queued = lag == 0 ? queued(store) : -1;
                if (queued >= 0 && queued < fewestQueued) {
                    fewestQueued = queued;
                    fewestSince = System.nanoTime();
                }
                if (lag == 0 && queued > 0 && System.nanoTime() - fewestSince > STALLED) {
                    // Deliveries that wait for a peer that is down (a retry hours away) do not go by waiting here.
                    Results.progress("quiet: consumers caught up; %d deliveries queued did not shrink for %d s; going on", queued,
                            STALLED / 1_000_000_000L);
                    return true;
                }
                if (lag == 0 && queued <= 0) {
                    Results.progress("quiet: every consumer group is at the end of its topics and no delivery waits (waited %.1f s)",
                            (System.nanoTime() - started) / 1e9);
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    Results.progress("quiet: still %d events behind, %d deliveries queued after %d s; going on", lag, Math.max(queued, 0), timeout);
                    return true;
                }
                if (System.nanoTime() >= nextReport) {
                    Results.progress(lag > 0 ? "quiet: consumers are %d events behind" : "quiet: consumers caught up, %2$d deliveries still queued",
                            lag, queued);
                    nextReport = System.nanoTime() + 5_000_000_000L;
                }
                Thread.sleep(1_000);
            }
        }
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

    private static long lag(Admin admin) throws Exception {
        long lag = 0;
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
                if (entry.getValue() != null && !entry.getKey().topic().endsWith(".dlq")) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
        }
        return lag;
    }
}
