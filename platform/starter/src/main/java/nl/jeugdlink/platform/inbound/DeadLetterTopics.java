package nl.jeugdlink.platform.inbound;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Names the dead-letter topic of every consumer binding {@code <destination>.<group>.dlq}, so a
 * service declares only destination and group (ADR 0015); retries, back-off, which exceptions are
 * not retried and {@code enable-dlq} are the platform's {@code spring.cloud.stream.default} and
 * {@code spring.cloud.stream.kafka.default} settings. The Kafka binder would otherwise name it
 * {@code error.<destination>.<group>}, and a {@code DlqDestinationResolver} sees the record but not
 * the group. Added with the lowest precedence: a binding that names its own {@code dlq-name} keeps it.
 */
public class DeadLetterTopics implements EnvironmentPostProcessor {

    static final String SOURCE = "jeugdlink-dead-letter-topics";

    /** Of a binding, only what names its dead-letter topic. */
    record Binding(@Nullable String destination, @Nullable String group) {
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> names = new LinkedHashMap<>();
        Binder.get(environment)
                .bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Binding.class))
                .orElse(Map.of())
                .forEach((binding, properties) -> {
                    // Only consumer bindings have a group; without one the binder allows no dead-letter topic.
                    if (properties.destination() != null && properties.group() != null) {
                        names.put("spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name",
                                name(properties.destination(), properties.group()));
                    }
                });
        if (!names.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, names));
        }
    }

    /** The dead-letter topic of a consumer group on a destination. */
    public static String name(String destination, String group) {
        return destination + "." + group + ".dlq";
    }
}
