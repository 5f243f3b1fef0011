package nl.jeugdlink.platform.kafka;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.jeugdlink.platform.inbound.DeadLetterTopics;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * The region's prefix on every Kafka name (ADR 0023), so that two regions can share one cluster: one
 * setting, {@code jeugdlink.kafka.topic-prefix} ({@code JEUGDLINK_TOPIC_PREFIX}, e.g. {@code foodvalley.};
 * empty by default), put in front of every topic and consumer group the services use. Services, contracts
 * and stored outbox events keep the plain names ({@code jeugdlink.casus.casus}); the prefix is added where
 * a name reaches Kafka:
 * <ul>
 * <li>here, for every binding: its destination(s), its consumer group and its dead-letter topic
 * ({@code <prefix><destination>.<group>.dlq}), before the binder, the dead-letter operations and the
 * topic declarations read them;</li>
 * <li>by the outbox relay when it sends (events stored before the prefix was set go to the prefixed topic
 * too), the topic declarations for their event topics, and the audit anchor ({@link #topic}).</li>
 * </ul>
 */
public class TopicPrefix implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY = "jeugdlink.kafka.topic-prefix";
    static final String ENVIRONMENT_VARIABLE = "JEUGDLINK_TOPIC_PREFIX";
    static final String SOURCE = "jeugdlink-topic-prefix";
    /** Kafka's legal topic characters; a prefix ends in one of them so that the name stays one topic name. */
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]*");

    /** Of a binding, what names it in Kafka. */
    record Binding(@Nullable String destination, @Nullable String group) {
    }

    /** The prefix set for this service, empty when none; a prefix Kafka could not use stops the start with the setting's name. */
    public static String of(Environment environment) {
        String prefix = environment.getProperty(PROPERTY, environment.getProperty(ENVIRONMENT_VARIABLE, "")).strip();
        if (!LEGAL.matcher(prefix).matches() || prefix.length() > 100) {
            throw new IllegalStateException(PROPERTY + " (" + ENVIRONMENT_VARIABLE + ") '" + prefix
                    + "' is not usable in a Kafka topic name: only letters, digits, '.', '_' and '-', at most 100");
        }
        return prefix;
    }

    /** The name in Kafka of the topic the services call {@code topic}. */
    public static String topic(Environment environment, String topic) {
        return of(environment) + topic;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String prefix = of(environment);
        // Once per environment: the binder's child contexts inherit the prefixed names and must not prefix them again.
        if (prefix.isEmpty() || environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        Binder.get(environment).bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Binding.class)).orElse(Map.of())
                .forEach((binding, properties) -> {
                    if (properties.destination() == null) {
                        return;
                    }
                    String base = "spring.cloud.stream.bindings." + binding + ".";
                    named.put(base + "destination", Arrays.stream(properties.destination().split(","))
                            .map(String::trim).filter(d -> !d.isEmpty()).map(d -> prefix + d).collect(Collectors.joining(",")));
                    if (properties.group() != null) {
                        named.put(base + "group", prefix + properties.group());
                        String dlq = "spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name";
                        // The dead-letter topic keeps its plain form behind the prefix, not the prefix twice.
                        named.put(dlq, prefix + environment.getProperty(dlq, DeadLetterTopics.name(properties.destination(), properties.group())));
                    }
                });
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, named));
    }

    @Override
    public int getOrder() {
        // After the service's configuration files, before the dead-letter names are derived from the bindings.
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
