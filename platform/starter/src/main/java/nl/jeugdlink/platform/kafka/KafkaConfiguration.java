package nl.jeugdlink.platform.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.jeugdlink.platform.inbound.DeadLetterTopics;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The platform's own Kafka clients: their connection settings, and the topics a service declares at start. */
@Configuration(proxyBeanMethods = false)
public class KafkaConfiguration {

    /** A binding as far as topics go. */
    record Binding(@Nullable String destination, @Nullable String group) {
    }

    /**
     * Bootstrap servers from {@code spring.kafka.bootstrap-servers} (or the connection details that replace it)
     * and the security settings of {@code spring.kafka.*} (TLS, SASL): what every platform client connects with.
     */
    public static Map<String, Object> clientSettings(ObjectProvider<KafkaConnectionDetails> kafka, ObjectProvider<KafkaProperties> kafkaProperties,
            Environment environment) {
        Map<String, Object> client = new HashMap<>();
        KafkaProperties properties = kafkaProperties.getIfAvailable();
        if (properties != null) {
            properties.buildAdminProperties().forEach((key, value) -> {
                if (key.startsWith("security.") || key.startsWith("ssl.") || key.startsWith("sasl.")) {
                    client.put(key, value);
                }
            });
        }
        KafkaConnectionDetails details = kafka.getIfAvailable();
        client.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, details != null ? String.join(",", details.getBootstrapServers())
                : environment.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        return client;
    }

    @Bean
    TopicDeclarations topicDeclarations(ObjectProvider<KafkaConnectionDetails> kafka, ObjectProvider<KafkaProperties> kafkaProperties,
            Environment environment) {
        Binder binder = Binder.get(environment);
        String prefix = "jeugdlink.kafka.topics.";
        int partitions = environment.getProperty(prefix + "partitions", Integer.class, 3);
        short replication = environment.getProperty(prefix + "replication-factor", Short.class, (short) -1);
        Integer minInsync = environment.getProperty(prefix + "min-insync-replicas", Integer.class);
        Duration retention = binder.bind(prefix + "retention", Duration.class).orElse(Duration.ofDays(30));
        Duration dlqRetention = binder.bind(prefix + "dlq-retention", Duration.class).orElse(Duration.ofDays(90));
        int dlqPartitions = environment.getProperty("spring.cloud.stream.kafka.default.consumer.dlq-partitions", Integer.class, 1);
        // The event topics by their plain names, in Kafka behind the region's prefix; the bindings' destinations and dead-letter
        // topics carry it already (TopicPrefix).
        String region = TopicPrefix.of(environment);
        Set<String> keptForever = binder.bind(prefix + "kept-forever", Bindable.listOf(String.class)).orElse(List.of()).stream()
                .map(topic -> region + topic).collect(java.util.stream.Collectors.toUnmodifiableSet());

        Map<String, TopicDeclarations.Topic> topics = new LinkedHashMap<>();
        for (String event : binder.bind(prefix + "events", Bindable.listOf(String.class)).orElse(List.of())) {
            String name = region + event;
            topics.put(name, new TopicDeclarations.Topic(name, partitions, replication, minInsync,
                    keptForever.contains(name) ? Duration.ofMillis(-1) : retention));
        }
        binder.bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Binding.class)).orElse(Map.of()).forEach((name, binding) -> {
            if (binding.destination() == null) {
                return;
            }
            for (String destination : Arrays.stream(binding.destination().split(",")).map(String::trim).filter(d -> !d.isEmpty()).toList()) {
                topics.putIfAbsent(destination, new TopicDeclarations.Topic(destination, partitions, replication, minInsync,
                        keptForever.contains(destination) ? Duration.ofMillis(-1) : retention));
                if (binding.group() != null) {
                    // The name the binder uses: the binding's own dead-letter setting (DeadLetterTopics, TopicPrefix).
                    String dlq = environment.getProperty("spring.cloud.stream.kafka.bindings." + name + ".consumer.dlq-name",
                            DeadLetterTopics.name(destination, binding.group()));
                    topics.putIfAbsent(dlq, new TopicDeclarations.Topic(dlq, dlqPartitions, replication, minInsync, dlqRetention));
                }
            }
        });
        return new TopicDeclarations(clientSettings(kafka, kafkaProperties, environment), topics.values());
    }
}
