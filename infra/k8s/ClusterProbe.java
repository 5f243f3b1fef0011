import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The client side of infra/k8s/check-kafka-cluster.sh, run as a source file on a service's own libraries (its Kafka client):
 *
 *   topics <bootstrap> <prefix> <replication> <min.insync>  every topic under the region's prefix has that replication factor
 *                                                            and min.insync.replicas; prints each (exit 1 when one differs)
 *   event <bootstrap> <topic> <text> <s>                     a record whose value contains <text> is on the topic within <s>
 *                                                            seconds (exit 1 when not)
 *   no-event <bootstrap> <topic> <text> <s>                  no such record is readable for <s> seconds (exit 1 when one is)
 */
public class ClusterProbe {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "topics" -> topics(args[1], args[2], Integer.parseInt(args[3]), args[4]);
            case "event" -> System.exit(event(args[1], args[2], args[3], Integer.parseInt(args[4])) ? 0 : 1);
            case "no-event" -> System.exit(event(args[1], args[2], args[3], Integer.parseInt(args[4])) ? 1 : 0);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    private static Properties client(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("request.timeout.ms", "5000");
        p.put("default.api.timeout.ms", "15000");
        return p;
    }

    private static void topics(String bootstrap, String prefix, int replication, String minInsync) throws Exception {
        try (Admin admin = Admin.create(client(bootstrap))) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(n -> n.startsWith(prefix))
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            if (names.isEmpty()) {
                System.out.println("cluster-probe: FAILED - no topic under the prefix " + prefix);
                System.exit(1);
            }
            Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList()).all().get(30, TimeUnit.SECONDS);
            int wrong = 0;
            for (String name : names) {
                TopicDescription d = topics.get(name);
                int factor = d.partitions().getFirst().replicas().size();
                boolean everyPartition = d.partitions().stream().allMatch(p -> p.replicas().size() == factor);
                String insync = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name)).get("min.insync.replicas").value();
                boolean right = everyPartition && factor == replication && insync.equals(minInsync);
                wrong += right ? 0 : 1;
                System.out.printf("cluster-probe: %s %s: %d partitions, replication %d, min.insync.replicas %s%n", right ? "ok   " : "WRONG",
                        name, d.partitions().size(), factor, insync);
            }
            if (wrong > 0) {
                System.out.println("cluster-probe: FAILED - " + wrong + " of " + names.size() + " topics not at replication " + replication
                        + " and min.insync.replicas " + minInsync);
                System.exit(1);
            }
            System.out.println("cluster-probe: all " + names.size() + " topics under " + prefix + " at replication " + replication
                    + ", min.insync.replicas " + minInsync);
        }
    }

    /** Reads the whole topic (committed records only, as every consumer does) until a value contains the text. */
    private static boolean event(String bootstrap, String topic, String text, int seconds) {
        Properties p = client(bootstrap);
        p.put("key.deserializer", ByteArrayDeserializer.class.getName());
        p.put("value.deserializer", ByteArrayDeserializer.class.getName());
        p.put("enable.auto.commit", "false");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(seconds)).stream()
                    .map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains(text)) {
                        System.out.printf("cluster-probe: %s is on %s (partition %d, offset %d)%n", text, topic, r.partition(), r.offset());
                        return true;
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            System.out.println("cluster-probe: reading " + topic + " timed out: " + e.getMessage());
        }
        System.out.println("cluster-probe: " + text + " is not readable on " + topic + " after " + seconds + " s");
        return false;
    }
}
