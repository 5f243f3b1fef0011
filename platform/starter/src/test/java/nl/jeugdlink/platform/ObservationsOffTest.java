package nl.jeugdlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;

/** Spring Security's and Spring Cloud Function's own observations are off; the request's and the others stay. */
class ObservationsOffTest {

    private final ObservationPredicate predicate = new PlatformAutoConfiguration().jeugdlinkObservationsOff();

    @Test
    void securityAndFunctionObservationsAreOffOthersStay() {
        Observation.Context context = new Observation.Context();

        assertThat(predicate.test("spring.security.filterchains", context)).isFalse();
        assertThat(predicate.test("spring.security.authentications", context)).isFalse();
        assertThat(predicate.test("spring.security.authorizations", context)).isFalse();
        assertThat(predicate.test("spring.cloud.function", context)).isFalse();
        assertThat(predicate.test("http.server.requests", context)).isTrue();
        assertThat(predicate.test("spring.kafka.listener", context)).isTrue();
        assertThat(predicate.test("spring.kafka.template", context)).isTrue();
    }
}
