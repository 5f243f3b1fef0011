package nl.jeugdlink.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;

/** Spring Security's own observations are off; the request's observation and everything else stay. */
class SecurityObservationsTest {

    private final ObservationPredicate predicate = new SecurityConfiguration().jeugdlinkNoSecurityFilterObservations();

    @Test
    void securityObservationsAreOffOthersStay() {
        Observation.Context context = new Observation.Context();

        assertThat(predicate.test("spring.security.filterchains", context)).isFalse();
        assertThat(predicate.test("spring.security.authentications", context)).isFalse();
        assertThat(predicate.test("spring.security.authorizations", context)).isFalse();
        assertThat(predicate.test("http.server.requests", context)).isTrue();
        assertThat(predicate.test("spring.kafka.listener", context)).isTrue();
    }
}
