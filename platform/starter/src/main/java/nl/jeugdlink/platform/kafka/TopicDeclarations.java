package nl.jeugdlink.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Declares, at start and before any binding starts, every topic a service publishes to or reads
 * from, and every dead-letter topic of its consumer bindings: partitions, replication,
 * {@code min.insync.replicas} and retention from configuration ({@code jeugdlink.kafka.topics.*}),
 * instead of whatever the broker's defaults make of a topic created on first use. A topic that
 * exists is brought in line (retention, min.insync.replicas, more partitions); its replication is
 * only reported, as changing it is a reassignment for the platform team.
 *
 * <p>Replay: a topic that a consumer reads from the start to build a projection (the casus topic,
 * for the routing) is kept for ever ({@code retention.ms=-1}). It is not compacted: it carries every
 * event of an aggregate under one key, and compaction would keep only the last.
 */
public final class TopicDeclarations implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TopicDeclarations.class);

    /** What a topic should be. {@code replicationFactor} -1 and a null {@code minInsyncReplicas} leave it to the broker. */
    public record Topic(String name, int partitions, short replicationFactor, @Nullable Integer minInsyncReplicas, Duration retention) {
        Map<String, String> configs() {
            Map<String, String> configs = new LinkedHashMap<>();
            configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
            configs.put(TopicConfig.RETENTION_MS_CONFIG, retention.isNegative() ? "-1" : String.valueOf(retention.toMillis()));
            if (minInsyncReplicas != null) {
                configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(minInsyncReplicas));
            }
            return configs;
        }
    }

    private final Map<String, Object> client;
    private final Collection<Topic> topics;

    public TopicDeclarations(Map<String, Object> client, Collection<Topic> topics) {
        this.client = Map.copyOf(client);
        this.topics = List.copyOf(topics);
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "jeugdlink-topics");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000);
        try (Admin admin = Admin.create(config)) {
            declare(admin);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // The broker may not be there yet: the binder creates what is missing on first use, with the broker's defaults.
            log.warn("topics not declared; the binder creates missing ones with the broker's defaults", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void declare(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
        List<NewTopic> missing = new ArrayList<>();
        for (Topic topic : topics) {
            if (!existing.contains(topic.name())) {
                missing.add(new NewTopic(topic.name(), topic.partitions(), topic.replicationFactor()).configs(topic.configs()));
            }
        }
        admin.createTopics(missing).values().forEach((name, future) -> {
            try {
                future.get(15, TimeUnit.SECONDS);
                log.info("topic {} declared", name);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    log.warn("topic {} not declared: {}", name, String.valueOf(e.getCause()));
                }
            } catch (TimeoutException e) {
                log.warn("topic {} not declared in time", name);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Topic> present = topics.stream().filter(t -> existing.contains(t.name())).toList();
        if (present.isEmpty()) {
            return;
        }
        Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
        for (Topic topic : present) {
            alter.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), topic.configs().entrySet().stream()
                    .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET)).toList());
        }
        admin.incrementalAlterConfigs(alter).all().get(15, TimeUnit.SECONDS);
        Map<String, TopicDescription> described = admin.describeTopics(present.stream().map(Topic::name).toList()).allTopicNames().get(15, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = new HashMap<>();
        for (Topic topic : present) {
            TopicDescription description = described.get(topic.name());
            if (description.partitions().size() < topic.partitions()) {
                grow.put(topic.name(), NewPartitions.increaseTo(topic.partitions()));
            }
            int replicas = description.partitions().getFirst().replicas().size();
            if (topic.replicationFactor() > 0 && replicas != topic.replicationFactor()) {
                log.warn("topic {} has {} replicas, configured {}: a partition reassignment is needed", topic.name(), replicas, topic.replicationFactor());
            }
        }
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get(15, TimeUnit.SECONDS);
        }
    }

    /** The topics, for the test and the log. */
    public Collection<Topic> topics() {
        return topics;
    }
}
