package nl.jeugdlink.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import nl.jeugdlink.platform.cloudevents.CloudEventHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import tools.jackson.databind.json.JsonMapper;

/** Wires the outgoing-event mechanism: recorder, relay and the save hook that wakes it. */
@Configuration(proxyBeanMethods = false)
public class OutboxConfiguration {

    @Bean
    OutgoingEvents outgoingEvents(JsonMapper json, Clock clock) {
        return new OutgoingEvents(json, clock);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, StreamBridge bridge, CloudEventHeaders envelope, MeterRegistry meters,
            @Value("${jeugdlink.outbox.sweep-interval:10m}") Duration sweepInterval) {
        return new OutboxRelay(mongo, bridge, envelope, meters, sweepInterval);
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
