package nl.jeugdlink.escalatie.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.platform.klok.AdjustableClock;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deadline kind added in test configuration only (application-extra-soort.yaml): started, met and
 * breached like the three of journey 1, several open at once in one casus, one per conversation.
 */
@JeugdLinkIntegrationTest
@ActiveProfiles("extra-soort")
class ExtraSoortIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String GOLDEN_GESPREK = "9a3c2e1f-5b7d-4e6a-8c90-1d2e3f4a5b6c";
    private static final String GOLDEN_GEDEELD_GESPREK = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private static final String GOLDEN_GEDEELD_CASUS = "5f0e2c1a-8b3d-3c4e-9f21-7a6b5c4d3e2f";

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    AdjustableClock klok;

    @Autowired
    nl.jeugdlink.escalatie.termijn.domain.Termijnklok termijnklok;

    private List<JsonNode> events(String aanmeldingId, EventType type, int aantal) {
        return kafka.read(EscalationEvents.TOPIC, PATIENCE, records -> vanType(records, aanmeldingId, type).size() >= aantal).stream()
                .filter(r -> aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    assertThat(SchemaCheck.violations(type, json)).isEmpty();
                    return JSON.readTree(json);
                })
                .filter(e -> e.get("soort").asString().equals("VERSLAG_GEDEELD")).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> vanType(List<ConsumerRecord<String, byte[]>> records, String key, EventType type) {
        return records.stream().filter(r -> key.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("VERSLAG_GEDEELD")).toList();
    }

    @Test
    void startsMeetsAndBreachesAKindDeclaredOnlyInConfigurationOnePerConversation() {
        klok.zet(Instant.parse("2026-06-01T10:00:00Z"));
        var traject = TrajectEventsMother.inEde();
        String eerste = UUID.randomUUID().toString();
        String tweede = UUID.randomUUID().toString();
        String gesprek = SchemaCheck.example(CaseEvents.GESPREK_VASTGELEGD).replace("2026-11-26T14:00:00Z", "2026-06-01T09:00:00Z");

        traject.raw(CaseEvents.GESPREK_VASTGELEGD, traject.casusId, gesprek.replace(GOLDEN_GESPREK, eerste)).send(kafka);
        traject.raw(CaseEvents.GESPREK_VASTGELEGD, traject.casusId, gesprek.replace(GOLDEN_GESPREK, tweede)).send(kafka);

        var gestart = events(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTART, 2);
        assertThat(gestart).extracting(e -> e.get("onderwerpId").asString()).containsExactlyInAnyOrder(eerste, tweede);
        // Monday 1 June 2026 plus 2 working days.
        assertThat(gestart).allSatisfy(e -> {
            assertThat(e.get("uiterlijk").asString()).isEqualTo("2026-06-03");
            assertThat(e.get("werkdagen").asInt()).isEqualTo(2);
            assertThat(e.get("betreftRol").asString()).isEqualTo("REGISSEUR");
            assertThat(e.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
        });

        String gedeeld = SchemaCheck.example(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN).replace(GOLDEN_GEDEELD_CASUS, traject.casusId)
                .replace(GOLDEN_GEDEELD_GESPREK, eerste).replace("2026-11-25T16:12:40Z", "2026-06-02T16:00:00Z");
        traject.raw(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, traject.casusId, gedeeld).send(kafka);

        var gestopt = events(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, 1);
        assertThat(gestopt).singleElement().satisfies(e -> {
            assertThat(e.get("onderwerpId").asString()).isEqualTo(eerste);
            assertThat(e.get("uitkomst").asString()).isEqualTo("GEHAALD");
        });

        var verzet = ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"2026-06-03T22:00:01Z\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO));
        assertThat(verzet.statusCode()).as(verzet.body()).isEqualTo(200);

        var overschreden = events(traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN, 1);
        assertThat(overschreden).singleElement().satisfies(e -> {
            assertThat(e.get("onderwerpId").asString()).isEqualTo(tweede);
            assertThat(e.get("betreftRol").asString()).isEqualTo("REGISSEUR");
            assertThat(e.get("werkdagenTeLaat").asInt()).isEqualTo(1);
        });

        // Still not shared 2 working days after its last day (Wednesday 3 June): at the end of Friday 5 June the breach reaches the
        // teamleider, once, through TermijnOpgeschaald; TermijnOverschreden is not sent again.
        assertThat(ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"2026-06-05T12:00:00Z\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(200);
        assertThat(ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"2026-06-05T22:00:01Z\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(200);
        var opgeschaald = events(traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD, 1);
        assertThat(opgeschaald).singleElement().satisfies(e -> {
            assertThat(e.get("onderwerpId").asString()).isEqualTo(tweede);
            assertThat(e.get("betreftRol").asString()).isEqualTo("TEAMLEIDER");
            assertThat(e.get("betreftOrganisatie").asString()).isEqualTo("GM0228");
            assertThat(e.get("werkdagenTeLaat").asInt()).isEqualTo(2);
        });
        assertThat(ApiCaller.onPort(port).post("/actuator/klok", "{\"tijdstip\":\"2026-06-10T08:00:00Z\"}",
                ApiCaller.token("beheerder-1", "beheerder", ApiCaller.HELE_REGIO)).statusCode()).isEqualTo(200);
        // Exactly once, also after the later sweep: the second conversation's summary, shared late, stops its deadline. Its
        // TermijnGestopt is queued on the traject after anything the sweeps queued there (one document's outbox, one key, one
        // partition), so once it is on the topic, everything before it is too and the count is final.
        String laatGedeeld = SchemaCheck.example(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN).replace(GOLDEN_GEDEELD_CASUS, traject.casusId)
                .replace(GOLDEN_GEDEELD_GESPREK, tweede).replace("2026-11-25T16:12:40Z", "2026-06-10T07:30:00Z");
        traject.raw(CaseEvents.VERSLAG_GEDEELD_MET_GEZIN, traject.casusId, laatGedeeld).send(kafka);
        assertThat(events(traject.aanmeldingId, EscalationEvents.TERMIJN_GESTOPT, 2)).filteredOn(e -> e.get("onderwerpId").asString().equals(tweede))
                .singleElement().satisfies(e -> assertThat(e.get("uitkomst").asString()).isEqualTo("TE_LAAT_GEHAALD"));
        var alles = kafka.readAll(EscalationEvents.TOPIC);
        assertThat(vanType(alles, traject.aanmeldingId, EscalationEvents.TERMIJN_OPGESCHAALD)).as("exactly once").hasSize(1);
        assertThat(vanType(alles, traject.aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN)).hasSize(1);
    }

    @Test
    void aMunicipalityNamesItsOwnNextPersonInConfigurationAndTheOthersKeepTheRegions() {
        var regel = termijnklok.regels().van(nl.jeugdlink.escalatie.termijn.domain.Soort.of("VERSLAG_GEDEELD")).orElseThrow();

        assertThat(regel.betreft("GM0228").rol()).isEqualTo("REGISSEUR");
        assertThat(regel.betreft("GM0228").daarna()).isEqualTo(new nl.jeugdlink.escalatie.termijn.domain.Termijnregel.Opschaling("TEAMLEIDER",
                nl.jeugdlink.escalatie.termijn.domain.Termijnduur.werkdagen(2)));
        assertThat(regel.betreft("GM0345").rol()).as("the region's role").isEqualTo("REGISSEUR");
        assertThat(regel.betreft("GM0345").daarna()).isEqualTo(
                nl.jeugdlink.escalatie.termijn.domain.Termijnregel.Opschaling.tegelijk("GEMEENTELIJK_CONTACTPERSOON"));
    }
}
