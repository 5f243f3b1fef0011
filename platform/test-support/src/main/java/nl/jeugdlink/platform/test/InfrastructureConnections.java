package nl.jeugdlink.platform.test;

import com.mongodb.ConnectionString;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points a Spring context at {@link RealInfrastructure} through Spring Boot's connection-details
 * mechanism (and the broker as {@code spring.kafka.bootstrap-servers}, which the binder's consumers read). Each
 * service gets its own database, named after the application, as in production.
 *
 * <p>The service reaches its store through a {@link TcpProxy} of its own, which a test may
 * autowire and cut to cause a real store outage. Short driver timeouts make such an outage show
 * within a second instead of the driver's default half minute.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InfrastructureConnections {

    @Bean(destroyMethod = "close")
    TcpProxy mongoProxy() {
        return new TcpProxy(RealInfrastructure.get().mongoAddress());
    }

    /** What the service asks its store, to prove a hot path does not scan ({@link StoreQueries#scanning}). */
    @Bean
    StoreQueries storeQueries() {
        return new StoreQueries();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer storeQueriesListener(StoreQueries queries) {
        return settings -> settings.addCommandListener(queries);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(Environment environment, TcpProxy mongoProxy) {
        String database = environment.getProperty("spring.application.name", "jeugdlink") + "-test";
        ConnectionString connection = new ConnectionString("mongodb://127.0.0.1:" + mongoProxy.port() + "/" + database
                + "?directConnection=true&serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=5000");
        return () -> connection;
    }

    /** Tokens are verified against the {@link TestIssuer}, through OIDC discovery as in production. */
    @Bean
    org.springframework.test.context.DynamicPropertyRegistrar testIssuer() {
        return registry -> registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIssuer.get()::issuer);
    }

    /**
     * A test that names its brokers the way production does ({@code JEUGDLINK_KAFKA_BROKERS}) gets no
     * connection details: it tests the setting itself.
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${JEUGDLINK_KAFKA_BROKERS:}'.isEmpty()")
    KafkaConnectionDetails kafkaConnectionDetails() {
        List<String> servers = List.of(RealInfrastructure.get().kafkaBootstrap());
        return () -> servers;
    }

    /**
     * The binder's consumers read {@code spring.kafka.bootstrap-servers} itself, not the connection details: the
     * test broker is named there too, as production names its cluster (unless the test names it by JEUGDLINK_KAFKA_BROKERS).
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${JEUGDLINK_KAFKA_BROKERS:}'.isEmpty()")
    org.springframework.test.context.DynamicPropertyRegistrar testBroker() {
        return registry -> registry.add("spring.kafka.bootstrap-servers", RealInfrastructure.get()::kafkaBootstrap);
    }
}
