package nl.jeugdlink.platform.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;

class OffsetCommitsTest {

    @Test
    void aContainerCommitsWhatItHandledOncePerInterval() {
        var container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<String, byte[]>(Map.of()),
                new ContainerProperties("jeugdlink.test.commits"));
        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(ContainerProperties.AckMode.BATCH);

        new OffsetCommits(Duration.ofSeconds(1)).configure(container, "jeugdlink.test.commits", "commits-test");

        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(ContainerProperties.AckMode.TIME);
        assertThat(container.getContainerProperties().getAckTime()).isEqualTo(1000);
    }

    @Test
    void anIdleContainerPollsNoLongerThanTheIntervalSoItsLastEventsAreCommittedWithinIt() {
        var container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<String, byte[]>(Map.of()),
                new ContainerProperties("jeugdlink.test.commits"));
        assertThat(container.getContainerProperties().getPollTimeout()).isEqualTo(5000);

        new OffsetCommits(Duration.ofSeconds(1)).configure(container, "jeugdlink.test.commits", "commits-test");
        assertThat(container.getContainerProperties().getPollTimeout()).isEqualTo(1000);

        container.getContainerProperties().setPollTimeout(200);
        new OffsetCommits(Duration.ofSeconds(1)).configure(container, "jeugdlink.test.commits", "commits-test");
        assertThat(container.getContainerProperties().getPollTimeout()).as("a shorter poll of the binding's own is kept").isEqualTo(200);
    }

    @Test
    void anIntervalThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new OffsetCommits(Duration.ZERO)).hasMessageContaining("jeugdlink.kafka.consumer.commit-interval");
        assertThatThrownBy(() -> new OffsetCommits(Duration.ofSeconds(-1))).hasMessageContaining("must be positive");
    }
}
