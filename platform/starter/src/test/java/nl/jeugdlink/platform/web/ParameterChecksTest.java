package nl.jeugdlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterChecksTest {

    @Test
    void takesOnlyTheCanonicalFormOfAUuid() {
        assertThat(ParameterChecks.isUuid("777e0ec8-b55d-486f-9767-891d6af5721a")).isTrue();
        assertThat(ParameterChecks.isUuid("1-1-1-1-1")).as("UUID.fromString takes it").isFalse();
        assertThat(ParameterChecks.isUuid("geen-uuid")).isFalse();
        assertThat(ParameterChecks.isUuid(null)).isFalse();
    }

    @Test
    void namesTheParameterInA400OrAsAFindingWhenItMayBeLeftOut() {
        assertThatThrownBy(() -> ParameterChecks.uuid("toewijzingId", "1-1-1-1-1")).isInstanceOf(ProblemHandling.InvalidInputException.class);

        List<InvalidParam> fouten = new ArrayList<>();
        ParameterChecks.uuid("casusId", null, fouten);
        ParameterChecks.uuid("aanmeldingId", "abc", fouten);

        assertThat(fouten).containsExactly(new InvalidParam("aanmeldingId", "uuid", "Een aanmeldingId is een UUID."));
    }
}
