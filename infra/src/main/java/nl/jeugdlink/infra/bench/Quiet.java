package nl.jeugdlink.infra.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every consumer group of the platform has read every topic to its end (lag 0), so the
 * next step is not charged with the previous step's tail: the journey ends where the casus opens,
 * while the escalation- and notification-services may still be working on the same referrals.
 */
final class Quiet {

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
        try (Admin admin = Admin.create(props)) {
            while (true) {
                long lag = lag(admin);
                if (lag == 0) {
                    Results.progress("quiet: every consumer group is at the end of its topics (waited %.1f s)", (System.nanoTime() - started) / 1e9);
                    return true;
                }
                if (System.nanoTime() > deadline) {
                    Results.progress("quiet: still %d events behind after %d s; going on", lag, timeout);
                    return true;
                }
                if (System.nanoTime() >= nextReport) {
                    Results.progress("quiet: consumers are %d events behind", lag);
                    nextReport = System.nanoTime() + 5_000_000_000L;
                }
                Thread.sleep(1_000);
            }
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
