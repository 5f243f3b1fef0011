package nl.jeugdlink.notificatie.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class HttpOpLoopbackTest {

    private static MockEnvironment run(String kafka, String mongo) {
        return new MockEnvironment().withProperty("spring.kafka.bootstrap-servers", kafka).withProperty("spring.mongodb.uri", mongo);
    }

    @Test
    void unsetItFollowsTheRunAllowedOnlyWhenKafkaAndMongoAreOnThisMachine() {
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb://127.0.0.1:27017/jeugdlink-notificatie"))).isTrue();
        assertThat(HttpOpLoopback.toegestaan(run("localhost:39123,[::1]:39124", "mongodb://localhost:40111/x?serverSelectionTimeoutMS=5000"))).isTrue();
        assertThat(HttpOpLoopback.toegestaan(new MockEnvironment())).as("the defaults: the embedded run").isTrue();
        assertThat(HttpOpLoopback.toegestaan(run("kafka-0.kafka:9092", "mongodb://127.0.0.1:27017/x"))).isFalse();
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb://u:p@mongo-0.mongo:27017/x"))).isFalse();
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb://127.0.0.1:27017,127.0.0.1:27018/x?replicaSet=rs0"))).isFalse();
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb+srv://cluster.example.nl/x"))).isFalse();
        // A name is not resolved at start: it counts as another machine even if it points here.
        assertThat(HttpOpLoopback.toegestaan(run("kafka.local:9092", "mongodb://127.0.0.1:27017/x"))).isFalse();
    }

    @Test
    void falseIsHttpsOnlyEverywhereAndTrueOutsideTheEmbeddedRunStopsTheStart() {
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb://127.0.0.1:27017/x").withProperty(HttpOpLoopback.PROPERTY, "false")))
                .isFalse();
        assertThat(HttpOpLoopback.toegestaan(run("127.0.0.1:9092", "mongodb://127.0.0.1:27017/x").withProperty(HttpOpLoopback.PROPERTY, "true")))
                .isTrue();
        assertThatThrownBy(() -> HttpOpLoopback.toegestaan(run("kafka-0.kafka:9092", "mongodb://mongo-0.mongo:27017/x")
                .withProperty(HttpOpLoopback.PROPERTY, "true")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedded run only").hasMessageContaining("https only");
    }
}
