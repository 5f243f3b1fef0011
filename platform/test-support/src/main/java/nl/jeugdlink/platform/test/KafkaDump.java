package nl.jeugdlink.platform.test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Writes every record the test run left on the broker (keys, headers, values, as text) to
 * {@code target/kafka-dump/}, just before the broker goes away, so that the privacy scan after the
 * suite (infra/privacy/scan-test-output.py) can show that no BSN or name of the test fixtures
 * reached Kafka in any test, not only in the tests that look for it.
 */
final class KafkaDump {

    /**
     * Inside the fork's exit timeout (60 s, pom.xml) with room for the admin calls: 20 s was too short once on a machine
     * loaded by five other builds (a dump of platform-starter read nothing in time and the scan failed the whole run).
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(40);
    private static final int CALL_TIMEOUT_MS = 5_000;

    private KafkaDump() {
    }

    static void write(String bootstrap, Path directory) {
        // Every client call is bounded well inside the test fork's exit timeout (pom.xml): a call that waited for
        // the clients' default minute got the fork killed half-way, leaving an empty dump the scan refuses.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS))) {
            Set<String> topics = admin.listTopics().names().get();
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().values()
                    .forEach(t -> t.partitions().forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition()))));
            Files.createDirectories(directory);
            Path file = directory.resolve("kafka-" + ProcessHandle.current().pid() + ".txt");
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS,
                    ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS,
                    // At JVM exit every second counts: a fetch of partitions already read to their end answers at once, not after 500 ms.
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 25), new ByteArrayDeserializer(), new ByteArrayDeserializer());
                    BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + TIMEOUT.toNanos();
                long records = 0;
                while (!readTo(consumer, end) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        records++;
                        out.write(record.topic() + "\t" + text(record.key()));
                        for (Header header : record.headers()) {
                            out.write("\t" + header.key() + "=" + text(header.value()));
                        }
                        out.write("\t" + text(record.value()));
                        out.newLine();
                    }
                }
                // The scan accepts only a dump that says it read every partition to its end.
                out.write(readTo(consumer, end) ? "# kafka-dump complete: " + records + " records"
                        : "# kafka-dump incomplete after " + TIMEOUT + ", " + records + " records; behind: " + behind(consumer, end));
                out.newLine();
            }
        } catch (IOException | RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
            System.err.println("kafka dump for the privacy scan failed: " + e);
        }
    }

    /** Whether every partition was read to its end; a position the broker did not give in time counts as not yet. */
    private static boolean readTo(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (var e : end.entrySet()) {
            try {
                if (consumer.position(e.getKey(), Duration.ofSeconds(1)) < e.getValue()) {
                    return false;
                }
            } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
                return false;
            }
        }
        return true;
    }

    /** The partitions not read to their end, with where the dump stood: what the scan's failure message points to. */
    private static String behind(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        List<String> behind = new ArrayList<>();
        for (var e : end.entrySet()) {
            String position;
            try {
                long at = consumer.position(e.getKey(), Duration.ofSeconds(1));
                if (at >= e.getValue()) {
                    continue;
                }
                position = String.valueOf(at);
            } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
                position = "unknown";
            }
            behind.add(e.getKey() + " at " + position + " of " + e.getValue());
        }
        return String.join(", ", behind);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8).replace('\n', ' ').replace('\t', ' ');
    }
}
