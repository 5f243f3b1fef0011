package nl.jeugdlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The OTLP endpoint reaches Boot only when one is configured: an empty property would still create the exporter. Consumers record a
 * span per record only when spans leave the service (issue 11).
 */
class PlatformDefaultsTest {

    @Test
    void withoutAnEndpointNoExporterIsConfigured() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.containsProperty(PlatformDefaults.OTLP_ENDPOINT_PROPERTY)).isFalse();
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
        assertThat(environment.getProperty("jeugdlink.tracing.exporting")).isEqualTo("false");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.enable-observation")).isEqualTo("false");
    }

    @Test
    void consumersRecordASpanPerRecordOnlyWhenSpansLeaveTheService() {
        StandardEnvironment exporting = environment(Map.of("JEUGDLINK_OTLP_ENDPOINT", "http://collector:4318/v1/traces"));
        assertThat(exporting.getProperty("jeugdlink.tracing.exporting")).isEqualTo("true");
        assertThat(exporting.getProperty("spring.cloud.stream.kafka.binder.enable-observation")).isEqualTo("true");

        assertThat(environment(Map.of("JEUGDLINK_OTLP_ENDPOINT", "http://collector:4318/v1/traces", "JEUGDLINK_TRACING_SAMPLING", "0"))
                .getProperty("jeugdlink.tracing.exporting")).as("sampling 0: nothing is recorded").isEqualTo("false");
        assertThat(environment(Map.of("JEUGDLINK_OTLP_ENDPOINT", "http://collector:4318/v1/traces", "management.tracing.export.enabled", "false"))
                .getProperty("jeugdlink.tracing.exporting")).as("export switched off").isEqualTo("false");
        // Whatever sets the endpoint after the defaults were added (a test's properties) counts: the answer is given when read.
        StandardEnvironment later = environment(Map.of());
        later.getPropertySources().addFirst(new MapPropertySource("later", Map.of(PlatformDefaults.OTLP_ENDPOINT_PROPERTY, "http://localhost:4318/v1/traces")));
        assertThat(later.getProperty("spring.cloud.stream.kafka.binder.enable-observation")).isEqualTo("true");
    }

    @Test
    void aBlankEndpointCountsAsNone() {
        assertThat(environment(Map.of("JEUGDLINK_OTLP_ENDPOINT", " ")).containsProperty(PlatformDefaults.OTLP_ENDPOINT_PROPERTY)).isFalse();
    }

    @Test
    void theEndpointAndTheSamplingComeFromTheEnvironment() {
        StandardEnvironment environment = environment(Map.of("JEUGDLINK_OTLP_ENDPOINT", "http://collector:4318/v1/traces",
                "JEUGDLINK_TRACING_SAMPLING", "1.0"));
        assertThat(environment.getProperty(PlatformDefaults.OTLP_ENDPOINT_PROPERTY)).isEqualTo("http://collector:4318/v1/traces");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test-variables", variables));
        new PlatformDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
