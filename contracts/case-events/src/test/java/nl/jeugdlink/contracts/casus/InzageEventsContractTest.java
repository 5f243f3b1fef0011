package nl.jeugdlink.contracts.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InzageEventsContractTest {

    static Stream<EventType> eventTypes() {
        return InzageEvents.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void goldenExampleRecordAndSchemaAgree(EventType eventType) {
        assertThat(SchemaCheck.inconsistencies(eventType)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRejectsAPayloadWithoutItsRequiredFields(EventType eventType) {
        assertThat(SchemaCheck.violations(eventType, "{}")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void bothTypesTravelOnTheProtocolsOwnTopic(EventType eventType) {
        assertThat(eventType.topic()).isEqualTo(InzageEvents.TOPIC).isNotEqualTo(CaseEvents.TOPIC);
    }
}
