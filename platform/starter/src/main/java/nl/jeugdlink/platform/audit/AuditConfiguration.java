package nl.jeugdlink.platform.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, @Value("${spring.application.name}") String application, Clock clock) {
        return new AuditTrail(mongo, application, clock);
    }

    @Bean
    Audit audit(AuditTrail trail, @Value("${jeugdlink.audit.anoniem-per-seconde:20}") int anoniemPerSeconde, MeterRegistry meters) {
        // A rate is about real seconds: not the adjustable clock of the deadlines (which a test or demo may move).
        return new Audit(trail, Clock.systemUTC(), anoniemPerSeconde, meters);
    }

    @Bean
    AuditAnchor auditAnker(AuditTrail trail, Audit audit, ObjectProvider<KafkaConnectionDetails> kafka, ObjectProvider<KafkaProperties> kafkaProperties,
            Environment environment, MongoTemplate mongo, @Value("${jeugdlink.audit.anker-interval:1s}") Duration interval, MeterRegistry meters) {
        // The settings of spring.kafka.* (servers, TLS, SASL), so that the anchor reaches a secured cluster as the binder does.
        Map<String, Object> client = nl.jeugdlink.platform.kafka.KafkaConfiguration.clientSettings(kafka, kafkaProperties, environment);
        return new AuditAnchor(trail, audit, client, trail.chain() + "@" + mongo.getDb().getName(), interval, meters,
                nl.jeugdlink.platform.kafka.TopicPrefix.of(environment));
    }

    @Bean
    AuditController auditController(AuditTrail trail, AuditAnchor anker, Audit audit) {
        return new AuditController(trail, anker, audit);
    }
}
