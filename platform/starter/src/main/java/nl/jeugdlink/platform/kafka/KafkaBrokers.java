package nl.jeugdlink.platform.kafka;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code spring.kafka.bootstrap-servers} the one setting every Kafka client of a service reads:
 * the binder's producers, consumers and topic provisioner fall back on it, and so do the platform's own
 * clients (the audit anchor, the topic declarations, the dead-letter operations). The platform's
 * defaults fill it from {@code JEUGDLINK_KAFKA_BROKERS}.
 *
 * <p>The binder also has a name of its own, {@code spring.cloud.stream.kafka.binder.brokers}, which
 * wins over Boot's for the binder alone. Whoever sets that one (an older start script, an operator)
 * would leave the other clients on the default address, where they fail quietly: so when it is set,
 * Boot's property follows it, and all clients still agree.
 */
public class KafkaBrokers implements EnvironmentPostProcessor, Ordered {

    static final String BOOT = "spring.kafka.bootstrap-servers";
    static final String BINDER = "spring.cloud.stream.kafka.binder.brokers";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String binder = environment.getProperty(BINDER);
        if (binder != null && !binder.isBlank() && !binder.equals(environment.getProperty(BOOT))) {
            environment.getPropertySources().addFirst(new MapPropertySource("jeugdlink-kafka-brokers", Map.of(BOOT, binder)));
        }
    }

    @Override
    public int getOrder() {
        // After the service's own configuration files are loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
