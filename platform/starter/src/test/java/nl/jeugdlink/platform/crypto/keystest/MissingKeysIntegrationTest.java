package nl.jeugdlink.platform.crypto.keystest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.RealInfrastructure;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Keysets are generated only where every infrastructure address is this machine (the embedded run,
 * the tests); a service pointed at a real cluster and a real store with no keyset configured does not
 * start, and says which property should point at the keyset.
 */
class MissingKeysIntegrationTest {

    @SpringBootApplication
    static class KeysTestApplication {
        /** A service that encrypts a field and seals for another: it needs both keysets at start. */
        @Bean
        String gebruiker(FieldEncryption veld, Sealing zegel) {
            return veld.versleutel("111222333", "x") + zegel.verzegel("ouder@example.nl", "x");
        }
    }

    @Test
    void theEmbeddedRunGeneratesMissingKeysets() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "keys");
        try (ConfigurableApplicationContext context = start(dir,
                "--spring.kafka.bootstrap-servers=" + RealInfrastructure.get().kafkaBootstrap(),
                "--spring.mongodb.uri=" + RealInfrastructure.get().mongoUri("keys-test"))) {
            assertThat(context.getBean("gebruiker", String.class)).isNotBlank();
            assertThat(dir.resolve("veld.json")).exists();
            assertThat(dir.resolve("publiek.json")).exists();
        }
    }

    @Test
    void aServiceOnARealClusterWithoutItsFieldKeysetDoesNotStartAndNamesTheProperty() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "keys");
        assertThatThrownBy(() -> start(dir, "--spring.kafka.bootstrap-servers=kafka-1.jeugdlink.svc:9092,kafka-2.jeugdlink.svc:9092",
                "--spring.mongodb.uri=mongodb://mongo-0.jeugdlink.svc,mongo-1.jeugdlink.svc/jeugdlink?replicaSet=rs0").close())
                .rootCause()
                .hasMessageContaining("jeugdlink.crypto.keyset-file")
                .hasMessageContaining(dir.resolve("veld.json").toAbsolutePath().toString());
        assertThat(dir.resolve("veld.json")).doesNotExist();
    }

    @Test
    void aServiceOnARealClusterWithoutASealingKeysetDoesNotStartAndNamesTheProperties() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "keys");
        new FieldEncryption(dir.resolve("veld.json")); // the field keyset is supplied; the sealing ones are not
        assertThatThrownBy(() -> start(dir, "--spring.kafka.bootstrap-servers=kafka-1.jeugdlink.svc:9092",
                "--spring.mongodb.uri=mongodb://mongo.jeugdlink.svc:27017/jeugdlink").close())
                .rootCause()
                .hasMessageContaining("jeugdlink.verzegeling.publieke-sleutel-file")
                .hasMessageContaining("jeugdlink.verzegeling.sleutel-file");
        assertThat(dir.resolve("publiek.json")).doesNotExist();
        assertThat(dir.resolve("prive.json")).doesNotExist();
    }

    private static ConfigurableApplicationContext start(Path dir, String... infrastructure) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--spring.application.name=keys-test-" + UUID.randomUUID(),
                "--jeugdlink.crypto.keyset-file=" + dir.resolve("veld.json"),
                "--jeugdlink.verzegeling.publieke-sleutel-file=" + dir.resolve("publiek.json"),
                "--jeugdlink.verzegeling.sleutel-file=" + dir.resolve("prive.json"),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestIssuer.get().issuer(),
                "--spring.cloud.stream.kafka.binder.auto-create-topics=false", "--server.port=0"),
                java.util.stream.Stream.of(infrastructure)).toArray(String[]::new);
        return new SpringApplicationBuilder(KeysTestApplication.class).web(WebApplicationType.SERVLET).run(args);
    }
}
