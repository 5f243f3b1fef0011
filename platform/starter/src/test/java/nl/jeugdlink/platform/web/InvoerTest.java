package nl.jeugdlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoerTest {

    @Test
    void takesOnlyTheCanonicalFormOfAUuid() {
        assertThat(Invoer.isUuid("777e0ec8-b55d-486f-9767-891d6af5721a")).isTrue();
        assertThat(Invoer.isUuid("1-1-1-1-1")).as("UUID.fromString takes it").isFalse();
        assertThat(Invoer.isUuid("geen-uuid")).isFalse();
        assertThat(Invoer.isUuid(null)).isFalse();
    }

    @Test
    void namesTheParameterInA400OrAsAFindingWhenItMayBeLeftOut() {
        assertThatThrownBy(() -> Invoer.uuid("toewijzingId", "1-1-1-1-1")).isInstanceOf(ProblemHandling.InvalidInputException.class);

        List<InvalidParam> fouten = new ArrayList<>();
        Invoer.uuid("casusId", null, fouten);
        Invoer.uuid("aanmeldingId", "abc", fouten);

        assertThat(fouten).containsExactly(new InvalidParam("aanmeldingId", "uuid", "Een aanmeldingId is een UUID."));
    }
}
