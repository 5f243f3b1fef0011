package nl.jeugdlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;

/** Spring Cloud Function's observation of each function call is off; the request's and the platform's own stay. */
class FunctionObservationsTest {

    private final ObservationPredicate predicate = new PlatformAutoConfiguration().jeugdlinkNoFunctionObservations();

    @Test
    void functionObservationsAreOffOthersStay() {
        Observation.Context context = new Observation.Context();

        assertThat(predicate.test("spring.cloud.function", context)).isFalse();
        assertThat(predicate.test("http.server.requests", context)).isTrue();
        assertThat(predicate.test("spring.kafka.listener", context)).isTrue();
        assertThat(predicate.test("spring.kafka.template", context)).isTrue();
    }
}
