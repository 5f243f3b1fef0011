package nl.jeugdlink.platform.kafka.topicstest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/**
 * The topics a service uses are declared at start with the configured partitions, min.insync.replicas
 * and retention - its event topics, its bindings' destinations and their dead-letter topics - and a
 * topic that the broker's defaults made earlier is brought in line. The topic a projection is rebuilt
 * from is kept for ever.
 */
@JeugdLinkIntegrationTest
@TestPropertySource(properties = {
        "spring.application.name=topics-test",
        "jeugdlink.crypto.keyset-file=target/topics-test-keyset.json",
        "jeugdlink.kafka.topics.events=jeugdlink.test.gebeurtenis",
        "jeugdlink.kafka.topics.kept-forever=jeugdlink.test.gebeurtenis",
        "jeugdlink.kafka.topics.min-insync-replicas=1",
        "jeugdlink.kafka.topics.retention=P7D",
        "spring.cloud.function.definition=onderwerp",
        "spring.cloud.stream.bindings.onderwerp-in-0.destination=jeugdlink.test.onderwerp",
        "spring.cloud.stream.bindings.onderwerp-in-0.group=topics-test"})
class TopicDeclarationsIntegrationTest {

    static {
        // What auto-creation with a broker's defaults leaves behind: one partition, an hour's retention.
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic("jeugdlink.test.onderwerp", 1, (short) 1)
                    .configs(Map.of("retention.ms", String.valueOf(Duration.ofHours(1).toMillis()))))).all().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootApplication
    static class TopicsTestApplication {
        @Bean
        Consumer<byte[]> onderwerp() {
            return waarde -> { };
        }
    }

    @Test
    void everyTopicIsDeclaredWithItsPartitionsReplicasAndRetention() throws Exception {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(List.of("jeugdlink.test.gebeurtenis", "jeugdlink.test.onderwerp", "jeugdlink.test.onderwerp.topics-test.dlq"))
                    .allTopicNames().get(15, TimeUnit.SECONDS);
            assertThat(partitions.get("jeugdlink.test.gebeurtenis").partitions()).hasSize(3);
            assertThat(partitions.get("jeugdlink.test.onderwerp").partitions()).as("grown from the broker's 1").hasSize(3);
            assertThat(partitions.get("jeugdlink.test.onderwerp.topics-test.dlq").partitions()).hasSize(1);

            assertThat(config(admin, "jeugdlink.test.gebeurtenis").get("retention.ms").value()).as("a projection's source, kept for ever").isEqualTo("-1");
            assertThat(config(admin, "jeugdlink.test.onderwerp").get("retention.ms").value()).as("brought in line")
                    .isEqualTo(String.valueOf(Duration.ofDays(7).toMillis()));
            assertThat(config(admin, "jeugdlink.test.onderwerp.topics-test.dlq").get("retention.ms").value())
                    .isEqualTo(String.valueOf(Duration.ofDays(90).toMillis()));
            for (String topic : List.of("jeugdlink.test.gebeurtenis", "jeugdlink.test.onderwerp", "jeugdlink.test.onderwerp.topics-test.dlq")) {
                assertThat(config(admin, topic).get("min.insync.replicas").value()).isEqualTo("1");
                assertThat(config(admin, topic).get("cleanup.policy").value()).isEqualTo("delete");
            }
        }
    }

    private static Config config(Admin admin, String topic) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(15, TimeUnit.SECONDS).get(resource);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrap()));
    }
}
