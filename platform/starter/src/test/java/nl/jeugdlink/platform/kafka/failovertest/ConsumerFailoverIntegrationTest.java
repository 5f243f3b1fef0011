package nl.jeugdlink.platform.kafka.failovertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A consumer instance killed with SIGKILL (no leave-group, as {@code kill -9} of a service): its
 * partitions move to the surviving instance of the group once the broker misses its heartbeats, with
 * the platform's consumer settings (session.timeout.ms, heartbeat.interval.ms) - within seconds, not
 * Kafka's default 45. The test prints the measured time.
 */
class ConsumerFailoverIntegrationTest {

    static final String TOPIC = "jeugdlink.test.failover";

    @Test
    void aKilledInstancesPartitionsMoveToItsPeerWithinTheSessionTimeout() throws Exception {
        Map<String, Object> settings = platformConsumerSettings();
        long sessionTimeout = Long.parseLong(String.valueOf(settings.get("session.timeout.ms")));
        String bootstrap = RealInfrastructure.get().kafkaBootstrap();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(15, TimeUnit.SECONDS);
        }

        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledConsumer.class.getName(), bootstrap, TOPIC, "failover-test",
                String.valueOf(settings.get("session.timeout.ms")), String.valueOf(settings.get("heartbeat.interval.ms")))
                .redirectErrorStream(true).start();
        var uit = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8));
        Set<TopicPartition> mine = ConcurrentHashMap.newKeySet();
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "failover-test");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> survivor = new KafkaConsumer<>(config)) {
            survivor.subscribe(List.of(TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    mine.removeAll(partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    mine.addAll(partitions);
                }
            });
            // Both instances hold partitions: the other says so on its output.
            String line;
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                survivor.poll(Duration.ofMillis(100));
                if (uit.ready() && (line = uit.readLine()) != null && line.startsWith("ASSIGNED ") && !line.equals("ASSIGNED 0")
                        && !mine.isEmpty() && mine.size() < 3) {
                    break;
                }
                assertThat(System.nanoTime()).as("both instances got partitions").isLessThan(until);
            }

            killed.destroyForcibly(); // SIGKILL: no leave-group, heartbeats just stop
            killed.waitFor(10, TimeUnit.SECONDS);
            long killedAt = System.nanoTime();
            while (mine.size() < 3) {
                survivor.poll(Duration.ofMillis(100));
                assertThat(Duration.ofNanos(System.nanoTime() - killedAt)).as("partitions moved").isLessThan(Duration.ofSeconds(60));
            }
            Duration moved = Duration.ofNanos(System.nanoTime() - killedAt);
            System.out.println("FAILOVER: the killed instance's partitions moved to its peer after " + moved.toMillis() + " ms (session.timeout.ms="
                    + sessionTimeout + ")");
            assertThat(moved).isLessThan(Duration.ofMillis(sessionTimeout + 5000));
        } finally {
            killed.destroyForcibly();
        }
    }

    /** The consumer properties of the platform's defaults, as every service's binder gets them. */
    static Map<String, Object> platformConsumerSettings() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("defaults", new ClassPathResource("jeugdlink-platform-defaults.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        Map<String, Object> settings = new HashMap<>();
        for (String key : List.of("session.timeout.ms", "heartbeat.interval.ms", "auto.offset.reset")) {
            settings.put(key, environment.getProperty("spring.cloud.stream.kafka.binder.consumer-properties." + key));
        }
        assertThat(settings.values()).doesNotContainNull();
        return settings;
    }

    /** The instance that is killed: joins the group, says how many partitions it holds, polls until killed. */
    public static final class KilledConsumer {
        public static void main(String[] args) {
            Map<String, Object> config = new HashMap<>();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, args[2]);
            config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, args[3]);
            config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, args[4]);
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            List<TopicPartition> held = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
                consumer.subscribe(List.of(args[1]), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        held.removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        held.addAll(partitions);
                        System.out.println("ASSIGNED " + held.size());
                        System.out.flush();
                    }
                });
                while (true) {
                    consumer.poll(Duration.ofMillis(100));
                }
            }
        }
    }
}
