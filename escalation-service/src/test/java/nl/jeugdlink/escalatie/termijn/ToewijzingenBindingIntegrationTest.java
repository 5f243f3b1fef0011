package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code toewijzingen-in-0} (the jeugdhulp-routing-service's topic, keyed by casus): the cases every consumer
 * passes with a toewijzing, which starts TOEWIJZING_ANTWOORD (5 working days, one per toewijzing); the provider's
 * decline or its start report meets it, and the start report records START_GEMELD.
 */
@JeugdLinkIntegrationTest
class ToewijzingenBindingIntegrationTest extends ConsumerCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Trajecten trajecten;

    @Override
    protected String topic() {
        return RoutingEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return TrajectEventsMother.inEde().jeugdhulpToegewezen(UUID.randomUUID().toString(), "2027-04-20T10:00:00Z").received();
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return new TrajectEventsMother("GM0363").jeugdhulpToegewezen(UUID.randomUUID().toString(), "2027-04-20T10:00:00Z").received();
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return trajecten.vindMetCasus(event.key()).map(geladen -> geladen.heeftVerwerkt(event.id())).orElse(false);
    }

    @Override
    protected void thenAppliedOnce(ReceivedEvent event) {
        var termijnen = trajecten.vindMetCasus(event.key()).orElseThrow().traject().termijnen();
        assertThat(termijnen).extracting(t -> t.soort()).containsOnlyOnce(Soort.of("TOEWIJZING_ANTWOORD"));
    }

    @Test
    void aToewijzingIsAnsweredWithinFiveWorkingDaysAcrossKingsDayAndTheDeclineMeetsIt() {
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();

        // Tuesday 20 April 2027; Koningsdag (Tuesday 27 April) is no working day.
        traject.jeugdhulpToegewezen(toewijzing, "2027-04-20T10:00:00Z").send(kafka);

        JsonNode gestart = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "TOEWIJZING_ANTWOORD");
        assertThat(gestart.get("uiterlijk").asString()).isEqualTo("2027-04-28");
        assertThat(gestart.get("onderwerpId").asString()).isEqualTo(toewijzing);
        assertThat(gestart.get("betreftRol").asString()).isEqualTo("BACKOFFICE");
        assertThat(gestart.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        traject.zorgaanbiederAfwijzing(toewijzing, "2027-04-26T09:00:00Z").send(kafka);

        JsonNode gestopt = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "TOEWIJZING_ANTWOORD");
        assertThat(gestopt.get("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    @Test
    void theStartReportMeetsTheAnswerAndIsItselfLateWhenSentMoreThanFiveWorkingDaysAfterTheStart() {
        var traject = TrajectEventsMother.inEde();
        String toewijzing = UUID.randomUUID().toString();

        traject.jeugdhulpToegewezen(toewijzing, "2027-04-20T10:00:00Z").send(kafka);
        termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "TOEWIJZING_ANTWOORD");
        // Care started Wednesday 21 April, reported Friday 30 April. Koningsdag (27 April) is off: the answer was due Wednesday
        // 28 April, the start report Thursday 29 April.
        traject.jeugdhulpGestart(toewijzing, "2027-04-21", "2027-04-30T08:00:00Z").send(kafka);

        assertThat(termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "TOEWIJZING_ANTWOORD").get("uitkomst").asString())
                .isEqualTo("TE_LAAT_GEHAALD");
        JsonNode startGemeld = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "START_GEMELD");
        assertThat(startGemeld.get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD");
        assertThat(startGemeld.get("onderwerpId").asString()).isEqualTo(toewijzing);
    }

    private JsonNode termijnEvent(String aanmeldingId, EventType type, String soort) {
        List<JsonNode> events = kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> records.stream().anyMatch(r -> is(r, aanmeldingId, type, soort)))
                .stream().filter(r -> is(r, aanmeldingId, type, soort)).map(r -> {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(SchemaCheck.violations(type, json)).isEmpty();
                    return JSON.readTree(json);
                }).toList();
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    private static boolean is(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }
}
