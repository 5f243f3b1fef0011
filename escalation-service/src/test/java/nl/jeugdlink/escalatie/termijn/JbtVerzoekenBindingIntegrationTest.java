package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code jbtVerzoeken-in-0} (the jbt-service's topic, keyed by casus): the cases every consumer
 * passes (platform {@link ConsumerCases}) with a filed JBT request, which starts the JBT_PLANNING
 * deadline of the configuration (10 working days); its planned talk meets it.
 */
@JeugdLinkIntegrationTest
class JbtVerzoekenBindingIntegrationTest extends ConsumerCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Trajecten trajecten;

    @Override
    protected String topic() {
        return JbtEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return TrajectEventsMother.inEde().jbtVerzoekIngediend("2027-04-20T10:00:00Z").received();
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return new TrajectEventsMother("GM0363").jbtVerzoekIngediend("2027-04-20T10:00:00Z").received();
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
        assertThat(termijnen).extracting(t -> t.soort()).containsOnlyOnce(Soort.of("JBT_PLANNING"));
    }

    @Test
    void aFiledRequestIsToBePlannedWithinTenWorkingDaysAcrossKingsDayAndThePlannedTalkMeetsIt() {
        var traject = TrajectEventsMother.inEde();

        // Tuesday 20 April 2027; Koningsdag (Tuesday 27 April) is no working day.
        traject.jbtVerzoekIngediend("2027-04-20T10:00:00Z").send(kafka);

        JsonNode gestart = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART);
        assertThat(gestart.get("soort").asString()).isEqualTo("JBT_PLANNING");
        assertThat(gestart.get("uiterlijk").asString()).isEqualTo("2027-05-05");
        assertThat(gestart.get("werkdagen").asInt()).isEqualTo(10);
        assertThat(gestart.get("betreftRol").asString()).isEqualTo("JBT_VOORZITTER");
        assertThat(gestart.get("betreftOrganisatie").asString()).isEqualTo("GM0228");

        traject.jbtVerzoekGepland("2027-05-04").send(kafka);

        JsonNode gestopt = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT);
        assertThat(gestopt.get("soort").asString()).isEqualTo("JBT_PLANNING");
        assertThat(gestopt.get("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    @Test
    void theTablesRecordedEvaluationMeetsTheDeadlineOfTheDecisionsEvaluationMoment() {
        var traject = TrajectEventsMother.inEde();

        // Evaluation moment Monday 2 August 2027: due by the working day after, Tuesday 3 August.
        traject.jbtBesluitGenomen("2027-05-12T15:00:00Z", "2027-08-02").send(kafka);

        JsonNode gestart = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, "JBT_EVALUATIE");
        assertThat(gestart.get("uiterlijk").asString()).isEqualTo("2027-08-03");
        assertThat(gestart.get("betreftRol").asString()).isEqualTo("JBT_VOORZITTER");

        traject.jbtEvaluatieVastgelegd("2027-08-03T14:00:00Z").send(kafka);

        JsonNode gestopt = termijnEvent(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, "JBT_EVALUATIE");
        assertThat(gestopt.get("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    private JsonNode termijnEvent(String aanmeldingId, EventType type) {
        return termijnEvent(aanmeldingId, type, "JBT_PLANNING");
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

    private static boolean is(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }
}
