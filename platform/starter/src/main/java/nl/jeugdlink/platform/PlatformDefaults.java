package nl.jeugdlink.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the platform's defaults (bindings with retries and DLQ, synchronous acks=all producers,
 * actuator, structured logs, problem details) as the lowest-precedence property source: every
 * service's own application.yaml and the environment still win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "jeugdlink-platform-defaults.yaml";
    /** Where spans go (OTLP over HTTP, e.g. {@code http://collector:4318/v1/traces}); unset: no exporter at all. */
    static final String OTLP_ENDPOINT = "JEUGDLINK_OTLP_ENDPOINT";
    static final String OTLP_ENDPOINT_PROPERTY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("jeugdlink-platform-defaults", new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Boot creates the span exporter when the endpoint property is present, even empty, so it is set only
        // when there is an endpoint: the embedded run exports nothing and never waits for a collector.
        String endpoint = environment.getProperty(OTLP_ENDPOINT);
        if (endpoint != null && !endpoint.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("jeugdlink-otlp", Map.of(OTLP_ENDPOINT_PROPERTY, endpoint.strip())));
        }
    }
}
