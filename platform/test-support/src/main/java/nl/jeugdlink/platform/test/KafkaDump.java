package nl.jeugdlink.platform.test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
 * {@code target/kafka-dump/}, so that the privacy scan after the suite (infra/privacy/scan-test-output.py)
 * can show that no BSN or name of the test fixtures reached Kafka in any test, not only in the tests
 * that look for it.
 *
 * <p>It runs when the JVM's tests are done ({@link KafkaDumpAfterTests}), while the broker and the
 * services under test are still up, and once more at JVM exit for what was written since (and for a
 * JVM that no JUnit launcher ran). Each run continues where the last one stopped and ends the file with
 * a line saying whether it read every partition to its end; the scan accepts only a file whose last
 * line says so.
 */
final class KafkaDump {

    private static final int CALL_TIMEOUT_MS = 5_000;
    /**
     * A consumer that got nothing for this long while partitions were behind is replaced by a fresh one at the same
     * positions. A clean-clone CI run once read 6,786 records at JVM exit and then nothing more of one partition for
     * the rest of its 40 s (jeugdlink.casus.casus-0 at 2249 of 2505), where the same dump here takes ~70 ms.
     */
    private static final Duration STALL = Duration.ofSeconds(3);

    private final String bootstrap;
    private final Path file;
    /** Where the last run stopped, per partition: the next run starts there. */
    private final Map<TopicPartition, Long> read = new HashMap<>();

    KafkaDump(String bootstrap, Path directory) {
        this.bootstrap = bootstrap;
        this.file = directory.resolve("kafka-" + ProcessHandle.current().pid() + ".txt");
    }

    /** Reads what was written since the last run, for at most {@code timeout}; the file's last line says how far it got. */
    synchronized void write(Duration timeout) {
        long started = System.nanoTime();
        try {
            Map<TopicPartition, Long> end = endOffsets();
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                long deadline = started + timeout.toNanos();
                long records = 0;
                int restarts = 0;
                while (true) {
                    records += readSome(end, out, deadline);
                    if (behind(end).isEmpty() || System.nanoTime() >= deadline) {
                        break;
                    }
                    restarts++;
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                List<String> behind = behind(end);
                out.write(behind.isEmpty()
                        ? "# kafka-dump complete: " + records + " records in " + millis + " ms" + (restarts > 0 ? ", " + restarts + " fresh consumer(s) after a stall" : "")
                        : "# kafka-dump incomplete after " + timeout + ", " + records + " records, " + restarts + " fresh consumer(s); behind: " + String.join(", ", behind));
                out.newLine();
            }
        } catch (IOException | RuntimeException | InterruptedException | java.util.concurrent.ExecutionException e) {
            System.err.println("kafka dump for the privacy scan failed: " + e);
        }
    }

    /** Every partition's end now. Every client call is bounded well inside the test fork's exit timeout (pom.xml). */
    private Map<TopicPartition, Long> endOffsets() throws InterruptedException, java.util.concurrent.ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS))) {
            Set<String> topics = admin.listTopics().names().get();
            List<TopicPartition> partitions = new ArrayList<>();
            admin.describeTopics(topics).allTopicNames().get().values()
                    .forEach(t -> t.partitions().forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition()))));
            try (var consumer = consumer()) {
                return consumer.endOffsets(partitions);
            }
        }
    }

    /**
     * One consumer from where the dump stands until every partition is read to {@code end}, until it got
     * nothing for {@link #STALL} while partitions were behind, or until {@code until}: how many records it wrote.
     */
    private long readSome(Map<TopicPartition, Long> end, BufferedWriter out, long until) throws IOException {
        long records = 0;
        try (var consumer = consumer()) {
            List<TopicPartition> todo = new ArrayList<>(end.keySet());
            consumer.assign(todo);
            for (TopicPartition partition : todo) {
                Long at = read.get(partition);
                if (at == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, at);
                }
            }
            long lastProgress = System.nanoTime();
            while (!behind(end).isEmpty() && System.nanoTime() < until) {
                int got = 0;
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    got++;
                    out.write(record.topic() + "\t" + text(record.key()));
                    for (Header header : record.headers()) {
                        out.write("\t" + header.key() + "=" + text(header.value()));
                    }
                    out.write("\t" + text(record.value()));
                    out.newLine();
                }
                remember(consumer, todo);
                if (got > 0) {
                    records += got;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                    break;
                }
            }
        }
        return records;
    }

    /** Keeps each partition's position that the consumer knows (a position not given in time is left as it was). */
    private void remember(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            try {
                read.put(partition, consumer.position(partition, Duration.ofSeconds(1)));
            } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
                // Not known yet: the next poll or the next consumer finds it.
            }
        }
    }

    /** The partitions not read to their end, with where the dump stands: what the scan's failure message points to. */
    private List<String> behind(Map<TopicPartition, Long> end) {
        List<String> behind = new ArrayList<>();
        end.forEach((partition, last) -> {
            Long at = read.get(partition);
            if (last > 0 && (at == null || at < last)) {
                behind.add(partition + " at " + (at == null ? "unknown" : at) + " of " + last);
            }
        });
        return behind;
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS,
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, CALL_TIMEOUT_MS,
                // A fetch of partitions already read to their end answers at once, not after Kafka's 500 ms.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 25), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8).replace('\n', ' ').replace('\t', ' ');
    }
}
