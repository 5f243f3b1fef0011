package nl.jeugdlink.notificatie.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import nl.jeugdlink.platform.delivery.DeliverySettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The webhooks' retry schedule is the service's to set from the environment (issue 14: a test of an outage runs an accelerated
 * schedule against the running service): the service's own application.yaml, read as Spring reads it, under environment
 * variables in Spring's form. What the platform binds ({@code jeugdlink.delivery.channels.webhook}, resilience4j's
 * {@code configs.default} of each subscription's retry and circuit breaker) follows them; e-mail's schedule does not move with it.
 * That the running service takes its channels from these properties is {@link BezorgschemaPerKanaalIntegrationTest}'s.
 */
class BezorgschemaUitOmgevingTest {

    @Test
    void withoutTheEnvironmentTheDocumentedDefaults() throws IOException {
        Binder binder = binder(Map.of());

        assertThat(kanaal(binder, "webhook")).isEqualTo(new DeliverySettings.ChannelSchedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(3)));
        assertThat(binder.bind("resilience4j.retry.configs.default.max-attempts", Integer.class).get()).isEqualTo(2);
        assertThat(binder.bind("resilience4j.retry.configs.default.wait-duration", Duration.class).get()).isEqualTo(Duration.ofSeconds(2));
        assertThat(binder.bind("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", Duration.class).get())
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void environmentVariablesSetEveryPartOfTheWebhooksScheduleAndLeaveEmailsAlone() throws IOException {
        Binder binder = binder(Map.of(
                "JEUGDLINK_WEBHOOKS_BEZORGING_EERSTEWACHTTIJD", "1s",
                "JEUGDLINK_WEBHOOKS_BEZORGING_HOOGSTEWACHTTIJD", "5s",
                "JEUGDLINK_WEBHOOKS_BEZORGING_OPGEVENNA", "30m",
                "JEUGDLINK_WEBHOOKS_BEZORGING_POGINGENPERRONDE", "1",
                "JEUGDLINK_WEBHOOKS_BEZORGING_PAUZEINRONDE", "100ms",
                "JEUGDLINK_WEBHOOKS_BEZORGING_ONDERBREKEROPEN", "2s"));

        assertThat(kanaal(binder, "webhook")).isEqualTo(new DeliverySettings.ChannelSchedule(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(30)));
        assertThat(binder.bind("resilience4j.retry.configs.default.max-attempts", Integer.class).get()).isEqualTo(1);
        assertThat(binder.bind("resilience4j.retry.configs.default.wait-duration", Duration.class).get()).isEqualTo(Duration.ofMillis(100));
        assertThat(binder.bind("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", Duration.class).get())
                .isEqualTo(Duration.ofSeconds(2));
        // E-mail keeps its own schedule and its own breaker.
        assertThat(kanaal(binder, "smtp")).isEqualTo(new DeliverySettings.ChannelSchedule(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofDays(3)));
        assertThat(binder.bind("resilience4j.circuitbreaker.instances.smtp.wait-duration-in-open-state", Duration.class).get())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void emailsScheduleIsSetFromTheEnvironmentTheSameWay() throws IOException {
        Binder binder = binder(Map.of("JEUGDLINK_NOTIFICATIE_BEZORGING_EERSTEWACHTTIJD", "3s"));

        assertThat(kanaal(binder, "smtp").firstWait()).isEqualTo(Duration.ofSeconds(3));
        assertThat(kanaal(binder, "webhook").firstWait()).isEqualTo(Duration.ofSeconds(10));
    }

    private static DeliverySettings.ChannelSchedule kanaal(Binder binder, String naam) {
        return binder.bind("jeugdlink.delivery.channels", Bindable.mapOf(String.class, DeliverySettings.ChannelSchedule.class)).get().get(naam);
    }

    /** The service's application.yaml (not the tests' settings) under these environment variables, as Spring Boot layers them. */
    private static Binder binder(Map<String, Object> omgeving) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        var bronnen = environment.getPropertySources();
        bronnen.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        bronnen.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        bronnen.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, omgeving));
        new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml")).forEach(bronnen::addLast);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
