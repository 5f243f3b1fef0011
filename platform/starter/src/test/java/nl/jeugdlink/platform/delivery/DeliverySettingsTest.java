package nl.jeugdlink.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The retry schedule per channel (issue 14): {@code jeugdlink.delivery.channels.<name>.*} over the service's {@code jeugdlink.delivery.*}. */
class DeliverySettingsTest {

    private static DeliverySettings settings(MockEnvironment environment) {
        return new DeliveryConfiguration().deliverySettings(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofMinutes(10),
                Duration.ofMinutes(2), Duration.ofDays(3), 4, environment);
    }

    @Test
    void withoutChannelSettingsEveryChannelKeepsTheServicesSchedule() {
        DeliverySettings settings = settings(new MockEnvironment());

        assertThat(settings.channels()).isEmpty();
        assertThat(settings.schedule("webhook")).isEqualTo(new DeliverySettings.Schedule(Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofDays(3)));
        assertThat(settings.schedule("webhook").waitAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.schedule("webhook").waitAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(settings.schedule("webhook").waitAfter(30)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aChannelSetsWhatItNeedsAndTakesTheRestFromTheService() {
        DeliverySettings settings = settings(new MockEnvironment()
                .withProperty("jeugdlink.delivery.channels.webhook.first-wait", "30s")
                .withProperty("jeugdlink.delivery.channels.webhook.give-up-after", "1d")
                .withProperty("jeugdlink.delivery.channels.email.max-wait", "1h"));

        assertThat(settings.schedule("webhook")).isEqualTo(new DeliverySettings.Schedule(Duration.ofSeconds(30), Duration.ofMinutes(10), Duration.ofDays(1)));
        assertThat(settings.schedule("email")).isEqualTo(new DeliverySettings.Schedule(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofDays(3)));
        assertThat(settings.schedule("sms")).as("a channel not named").isEqualTo(settings.schedule());
        assertThat(settings.schedule("email").waitAfter(7)).isEqualTo(Duration.ofSeconds(640));
        assertThat(settings.schedule("email").waitAfter(12)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aScheduleThatCannotWorkStopsTheStart() {
        assertThatThrownBy(() -> settings(new MockEnvironment().withProperty("jeugdlink.delivery.channels.webhook.max-wait", "1s")))
                .hasStackTraceContaining("first-wait <= max-wait");
    }
}
