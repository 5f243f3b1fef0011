package nl.jeugdlink.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.platform.audit.Audit;
import nl.jeugdlink.platform.inbound.DeadLetterTopics;
import nl.jeugdlink.platform.kafka.KafkaConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    record Binding(@Nullable String destination, @Nullable String group) {
    }

    @Bean
    DeadLetterQueues deadLetterQueues(ObjectProvider<KafkaConnectionDetails> kafka, ObjectProvider<KafkaProperties> kafkaProperties,
            Environment environment, MeterRegistry meters) {
        List<DeadLetterQueues.Queue> queues = new ArrayList<>();
        Binder.get(environment).bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, Binding.class)).orElse(Map.of())
                .forEach((name, binding) -> {
                    if (binding.destination() != null && binding.group() != null) {
                        String destination = binding.destination().split(",")[0].trim();
                        String topic = environment.getProperty("spring.cloud.stream.kafka.bindings." + name + ".consumer.dlq-name",
                                DeadLetterTopics.name(destination, binding.group()));
                        queues.add(new DeadLetterQueues.Queue(name, topic, destination));
                    }
                });
        return new DeadLetterQueues(KafkaConfiguration.clientSettings(kafka, kafkaProperties, environment), queues, meters);
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetterQueues queues, Audit audit) {
        return new DeadLetterController(queues, audit);
    }
}
