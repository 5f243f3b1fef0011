package nl.jeugdlink.platform.persistence;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import nl.jeugdlink.platform.outbox.OutgoingEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The retry policy of every repository, from {@code jeugdlink.persistence.retry.*}, the writer that applies it, the indexes
 * declared on documents, and the count of the store operations.
 */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

    @Bean
    RetryPolicy persistenceRetryPolicy(@Value("${jeugdlink.persistence.retry.max-attempts:10}") int maxAttempts,
            @Value("${jeugdlink.persistence.retry.initial-backoff:5ms}") Duration initialBackoff,
            @Value("${jeugdlink.persistence.retry.max-backoff:200ms}") Duration maxBackoff) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }

    @Bean
    DeclaredIndexes declaredIndexes(MongoTemplate mongo) {
        return new DeclaredIndexes(mongo);
    }

    /** The store operations counter ({@link StoreOperations}), on the client Spring Boot builds. */
    @Bean
    MongoClientSettingsBuilderCustomizer storeOperationsCounter(MeterRegistry meters) {
        StoreOperations operations = new StoreOperations(meters);
        return settings -> settings.applyToConnectionPoolSettings(pool -> pool.addConnectionPoolListener(operations));
    }

    @Bean
    DocumentWriter documentWriter(MongoTemplate mongo, OutgoingEvents outgoing, RetryPolicy persistenceRetryPolicy) {
        return new DocumentWriter(mongo, outgoing, persistenceRetryPolicy);
    }
}
