package nl.jeugdlink.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import java.time.Clock;
import java.time.Duration;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.platform.kafka.KafkaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outgoing-event mechanism: recorder, relay and the save hook that wakes it. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    OutgoingEvents outgoingEvents(JsonMapper json, Clock clock, ObjectProvider<Tracer> tracer) {
        return new OutgoingEvents(json, clock, new CurrentTraceparent(tracer));
    }

    /**
     * The relay's producer connects as every platform client does (servers, TLS, SASL of {@code spring.kafka.*})
     * and produces as the binder's producers do: {@code spring.cloud.stream.kafka.binder.configuration} and
     * {@code .producer-properties} (idempotence, in-flight requests, timeouts, linger) apply to it too.
     */
    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, CloudEventHeaders envelope, MeterRegistry meters, ObjectProvider<KafkaConnectionDetails> kafka,
            ObjectProvider<KafkaProperties> kafkaProperties, Environment environment,
            @Value("${jeugdlink.outbox.sweep-interval:10m}") Duration sweepInterval) {
        Map<String, Object> settings = new HashMap<>();
        Binder binder = Binder.get(environment);
        for (String name : List.of("spring.cloud.stream.kafka.binder.configuration", "spring.cloud.stream.kafka.binder.producer-properties")) {
            binder.bind(name, Bindable.mapOf(String.class, String.class)).ifBound(settings::putAll);
        }
        settings.putAll(KafkaConfiguration.clientSettings(kafka, kafkaProperties, environment));
        return new OutboxRelay(mongo, settings, envelope, meters, sweepInterval, nl.jeugdlink.platform.kafka.TopicPrefix.of(environment));
    }

    @Bean
    OutboxSaveListener outboxSaveListener(OutboxRelay relay) {
        return new OutboxSaveListener(relay);
    }

    /** Every aggregate collection is swept from the start, not only after its first save in this run. */
    @Bean
    ApplicationRunner outboxCollections(MongoMappingContext mapping, OutboxRelay relay) {
        return args -> mapping.getPersistentEntities().stream()
                .filter(entity -> AggregateDocument.class.isAssignableFrom(entity.getType()))
                .forEach(entity -> relay.register(entity.getCollection()));
    }
}
