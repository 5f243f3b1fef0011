package nl.jeugdlink.platform.test;

import com.mongodb.ConnectionString;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points a Spring context at {@link RealInfrastructure} through Spring Boot's connection-details
 * mechanism, which both Spring Data MongoDB and the Spring Cloud Stream Kafka binder honour. Each
 * service gets its own database, named after the application, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InfrastructureConnections {

    @Bean
    MongoConnectionDetails mongoConnectionDetails(Environment environment) {
        String database = environment.getProperty("spring.application.name", "jeugdlink") + "-test";
        ConnectionString connection = new ConnectionString(RealInfrastructure.get().mongoUri(database));
        return () -> connection;
    }

    @Bean
    KafkaConnectionDetails kafkaConnectionDetails() {
        List<String> servers = List.of(RealInfrastructure.get().kafkaBootstrap());
        return () -> servers;
    }
}
