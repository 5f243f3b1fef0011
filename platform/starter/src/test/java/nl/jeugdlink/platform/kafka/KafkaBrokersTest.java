package nl.jeugdlink.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class KafkaBrokersTest {

    @Test
    void bootsSettingFollowsTheBindersWhenOnlyTheBindersIsGiven() {
        StandardEnvironment environment = environment(Map.of(KafkaBrokers.BINDER, "kafka-1:9092,kafka-2:9092",
                KafkaBrokers.BOOT, "127.0.0.1:9092"));

        new KafkaBrokers().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(KafkaBrokers.BOOT)).isEqualTo("kafka-1:9092,kafka-2:9092");
    }

    @Test
    void withoutTheBindersSettingBootsStandsAsGiven() {
        StandardEnvironment environment = environment(Map.of(KafkaBrokers.BOOT, "kafka-1:9092"));

        new KafkaBrokers().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty(KafkaBrokers.BOOT)).isEqualTo("kafka-1:9092");
        assertThat(environment.getPropertySources().contains("jeugdlink-kafka-brokers")).isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
