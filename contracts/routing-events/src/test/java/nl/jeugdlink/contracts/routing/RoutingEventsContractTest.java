package nl.jeugdlink.contracts.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingEventsContractTest {

    static Stream<EventType> eventTypes() {
        return RoutingEvents.ALL.stream();
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
    void everyTypeIsPublishedOnTheProducersTopic(EventType eventType) {
        assertThat(eventType.topic()).isEqualTo(RoutingEvents.TOPIC);
    }

    @Test
    void aGenericToewijzingWithABudgetOnlyIsValidAndAnAgbCodeIsEightDigits() {
        String example = SchemaCheck.example(RoutingEvents.JEUGDHULP_TOEGEWEZEN);
        String generiek = example.replace("{ \"categorie\": \"45\", \"code\": \"45A01\" }", "null")
                .replace("{ \"volume\": 3, \"eenheid\": \"04\", \"frequentie\": \"2\" }", "null")
                .replace("\"budget\": null", "\"budget\": 150000");
        assertThat(generiek).doesNotContain("45A01");
        assertThat(SchemaCheck.violations(RoutingEvents.JEUGDHULP_TOEGEWEZEN, generiek)).isEmpty();
        assertThat(SchemaCheck.violations(RoutingEvents.JEUGDHULP_TOEGEWEZEN, example.replace("98000011", "9800001"))).isNotEmpty();
    }

    @Test
    void aDeclineNamesItsGroundAndReasonByCodeAndCarriesNoFreeText() {
        String example = SchemaCheck.example(RoutingEvents.ZORGAANBIEDER_AFWIJZING);
        assertThat(SchemaCheck.violations(RoutingEvents.ZORGAANBIEDER_AFWIJZING, example.replace("GEEN_TIJDIGE_HULP", "TE_DUUR"))).isNotEmpty();
        assertThat(SchemaCheck.violations(RoutingEvents.ZORGAANBIEDER_AFWIJZING, example.replace("\"WACHTLIJST\"", "\"ANDERS\""))).isEmpty();
        assertThat(example).doesNotContain("toelichting");
    }

    @Test
    void theStepsAfterADeclineNameTheirRouteAndOutcomeByCode() {
        String ingeschakeld = SchemaCheck.example(RoutingEvents.ZOEKTOCHT_INGESCHAKELD);
        assertThat(SchemaCheck.violations(RoutingEvents.ZOEKTOCHT_INGESCHAKELD, ingeschakeld.replace("\"RET\"", "\"NETWERK\""))).isEmpty();
        assertThat(SchemaCheck.violations(RoutingEvents.ZOEKTOCHT_INGESCHAKELD, ingeschakeld.replace("\"RET\"", "\"BOEG\""))).isNotEmpty();
        String besproken = SchemaCheck.example(RoutingEvents.RET_BESPROKEN);
        assertThat(SchemaCheck.violations(RoutingEvents.RET_BESPROKEN, besproken.replace("GEEN_PASSENDE_HULP", "ONBEKEND"))).isNotEmpty();
    }
}
