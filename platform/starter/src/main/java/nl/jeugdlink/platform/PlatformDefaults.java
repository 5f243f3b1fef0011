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
    /** Whether spans leave this service: see {@link Exporting}. */
    static final String EXPORTING = "jeugdlink.tracing.exporting";

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
        environment.getPropertySources().addLast(new Exporting(environment));
    }

    /**
     * {@value #EXPORTING}: whether this service's spans go anywhere - an OTLP endpoint is set, span export is not switched off
     * and the sampling probability is above 0. Only then do consumers record a span per record (the Kafka binder's observation,
     * the batch table's {@code RecordTraces}); otherwise they pass each record's {@code traceparent} on as it came, which keeps
     * the trace id one across the services at no measurable cost (issue 11). Answered when read, so that whatever sets the
     * endpoint or the sampling (the environment, a test's properties) counts; set the property itself to decide otherwise.
     */
    static final class Exporting extends PropertySource<Object> {

        // Not the source: Boot's binder walks into a property source whose source is an environment, which would be this one's own.
        private final ConfigurableEnvironment environment;

        Exporting(ConfigurableEnvironment environment) {
            super("jeugdlink-tracing-exporting", new Object());
            this.environment = environment;
        }

        @Override
        public @org.jspecify.annotations.Nullable Object getProperty(String name) {
            if (!EXPORTING.equals(name)) {
                return null;
            }
            String endpoint = environment.getProperty(OTLP_ENDPOINT_PROPERTY);
            boolean exportOn = environment.getProperty("management.tracing.export.enabled", Boolean.class, Boolean.TRUE)
                    && environment.getProperty("management.tracing.export.otlp.enabled", Boolean.class, Boolean.TRUE);
            double sampling = environment.getProperty("management.tracing.sampling.probability", Double.class, 0.1);
            return Boolean.toString(endpoint != null && !endpoint.isBlank() && exportOn && sampling > 0);
        }
    }
}
