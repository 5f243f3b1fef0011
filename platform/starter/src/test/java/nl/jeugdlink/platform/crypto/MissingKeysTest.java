package nl.jeugdlink.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class MissingKeysTest {

    @Test
    void generatesOnlyWhenBrokersAndStoreAreThisMachine() {
        assertThat(MissingKeys.of(new MockEnvironment())).isEqualTo(MissingKeys.GENERATE);
        assertThat(MissingKeys.of(new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", "localhost:9092,127.0.0.1:9093")
                .withProperty("spring.mongodb.uri", "mongodb://127.0.0.1:27017/jeugdlink-casus?serverSelectionTimeoutMS=5000")))
                .isEqualTo(MissingKeys.GENERATE);
        assertThat(MissingKeys.of(new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", "kafka-1:9092")))
                .isEqualTo(MissingKeys.FAIL);
        assertThat(MissingKeys.of(new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb://user:pw@db.example:27017/x")))
                .isEqualTo(MissingKeys.FAIL);
        assertThat(MissingKeys.of(new MockEnvironment().withProperty("spring.mongodb.uri", "mongodb+srv://cluster.example/x")))
                .isEqualTo(MissingKeys.FAIL);
    }

    @Test
    void thePropertyDecidesWhenGiven() {
        assertThat(MissingKeys.of(new MockEnvironment().withProperty(MissingKeys.PROPERTY, "false"))).isEqualTo(MissingKeys.FAIL);
        assertThat(MissingKeys.of(new MockEnvironment().withProperty(MissingKeys.PROPERTY, "true")
                .withProperty("spring.kafka.bootstrap-servers", "kafka-1:9092"))).isEqualTo(MissingKeys.GENERATE);
    }
}
