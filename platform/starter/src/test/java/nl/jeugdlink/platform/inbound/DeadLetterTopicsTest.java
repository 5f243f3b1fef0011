package nl.jeugdlink.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DeadLetterTopicsTest {

    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", properties));
        new DeadLetterTopics().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void namesTheDeadLetterTopicOfEveryConsumerBindingAfterItsDestinationAndGroup() {
        var environment = environment(Map.of(
                "spring.cloud.stream.bindings.casussen-in-0.destination", "jeugdlink.casus.casus",
                "spring.cloud.stream.bindings.casussen-in-0.group", "jeugdhulp-routing-service",
                "spring.cloud.stream.bindings.aanmeldingen-in-0.destination", "jeugdlink.intake.aanmelding",
                "spring.cloud.stream.bindings.aanmeldingen-in-0.group", "escalation-service"));

        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.casussen-in-0.consumer.dlq-name"))
                .isEqualTo("jeugdlink.casus.casus.jeugdhulp-routing-service.dlq");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.aanmeldingen-in-0.consumer.dlq-name"))
                .isEqualTo("jeugdlink.intake.aanmelding.escalation-service.dlq");
    }

    @Test
    void leavesANameTheServiceGaveItselfAndABindingWithoutGroupAlone() {
        var environment = environment(Map.of(
                "spring.cloud.stream.bindings.casussen-in-0.destination", "jeugdlink.casus.casus",
                "spring.cloud.stream.bindings.casussen-in-0.group", "case-service",
                "spring.cloud.stream.kafka.bindings.casussen-in-0.consumer.dlq-name", "eigen.dlq",
                "spring.cloud.stream.bindings.uit-out-0.destination", "jeugdlink.uit"));

        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.casussen-in-0.consumer.dlq-name")).isEqualTo("eigen.dlq");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.bindings.uit-out-0.consumer.dlq-name")).isNull();
    }
}
