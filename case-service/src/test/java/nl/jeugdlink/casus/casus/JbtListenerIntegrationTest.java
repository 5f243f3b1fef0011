package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.JbtStand;
import nl.jeugdlink.casus.casus.domain.JbtStanden;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code jbtVerzoeken-in-0}: the five consumer cases (platform {@link ConsumerCases}) for the
 * casus's stand at the Jeugdbeschermingstafel, from the jbt-service's golden examples, and the casus
 * showing it is at the table and what was decided.
 */
@JeugdLinkIntegrationTest
class JbtListenerIntegrationTest extends ConsumerCases {

    private static final String GOLDEN_CASUS = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";

    @LocalServerPort
    int port;

    @Autowired
    JbtStanden standen;

    @Autowired
    Casussen casussen;

    @Override
    protected String topic() {
        return JbtEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        return event(JbtEvents.JBT_VERZOEK_INGEDIEND, UUID.randomUUID().toString(), "GM0228");
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return event(JbtEvents.JBT_VERZOEK_INGEDIEND, UUID.randomUUID().toString(), "GM0363");
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        return standen.van(new CasusId(UUID.fromString(event.key()))).isPresent();
    }

    @Test
    void theCasusShowsItIsAtTheTableAndWhatWasDecided() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String token = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", List.of("GM0228"));
        var api = ApiCaller.onPort(port);
        assertThat(JsonMapper.builder().build().readTree(api.get("/api/v1/casussen/" + casusId + "/jbt", token).body()).path("status").asString())
                .isEqualTo("GEEN");

        event(JbtEvents.JBT_VERZOEK_INGEDIEND, casusId, "GM0228").sendWith(kafka);
        event(JbtEvents.JBT_VERZOEK_GEPLAND, casusId, "GM0228").sendWith(kafka);
        event(JbtEvents.JBT_BESLUIT_GENOMEN, casusId, "GM0228").sendWith(kafka);
        await().atMost(PATIENCE).until(() -> standen.van(new CasusId(UUID.fromString(casusId))).map(s -> s.status() == JbtStand.Status.BESLOTEN)
                .orElse(false));

        var stand = JsonMapper.builder().build().readTree(api.get("/api/v1/casussen/" + casusId + "/jbt", token).body());
        assertThat(stand.path("status").asString()).isEqualTo("BESLOTEN");
        assertThat(stand.path("uitkomst").asString()).isEqualTo("VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK");
        assertThat(stand.path("besluitvorming").asString()).isEqualTo("CONSENSUS");
        assertThat(stand.path("gesprekOp").asString()).isEqualTo("2027-05-11");
        assertThat(stand.path("evaluatieMoment").asString()).isEqualTo("2027-08-02");

        // An old filing delivered again does not move the stand back.
        double dubbel = consumed(JbtEvents.JBT_VERZOEK_INGEDIEND.type(), "duplicate");
        event(JbtEvents.JBT_VERZOEK_INGEDIEND, casusId, "GM0228").sendWith(kafka);
        await().atMost(PATIENCE).until(() -> consumed(JbtEvents.JBT_VERZOEK_INGEDIEND.type(), "duplicate") > dubbel);
        assertThat(standen.van(new CasusId(UUID.fromString(casusId))).orElseThrow().status()).isEqualTo(JbtStand.Status.BESLOTEN);
        assertThat(api.get("/api/v1/casussen/" + casusId + "/jbt", ApiCaller.token("st-niet-betrokken", "regisseur", List.of("GM0228"))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSecondRequestAfterADecisionShowsAndTheFirstOnesEventsDoNotMoveItBack() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        CasusId id = new CasusId(UUID.fromString(casusId));
        String tweede = UUID.randomUUID().toString();
        event(JbtEvents.JBT_VERZOEK_INGEDIEND, casusId, "GM0228").sendWith(kafka);
        event(JbtEvents.JBT_VERZOEK_GEPLAND, casusId, "GM0228").sendWith(kafka);
        event(JbtEvents.JBT_BESLUIT_GENOMEN, casusId, "GM0228").sendWith(kafka);
        await().atMost(PATIENCE).until(() -> standen.van(id).map(s -> s.status() == JbtStand.Status.BESLOTEN).orElse(false));

        // The casus comes back to the table: the jbt-service files its next request under an id of its own.
        vanVerzoek(JbtEvents.JBT_VERZOEK_INGEDIEND, casusId, tweede).sendWith(kafka);
        await().atMost(PATIENCE).until(() -> standen.van(id).map(s -> s.verzoekId().equals(tweede)).orElse(false));
        String token = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", List.of("GM0228"));
        var stand = JsonMapper.builder().build().readTree(ApiCaller.onPort(port).get("/api/v1/casussen/" + casusId + "/jbt", token).body());
        assertThat(stand.path("status").asString()).isEqualTo("INGEDIEND");
        assertThat(stand.path("uitkomst").isMissingNode() || stand.path("uitkomst").isNull()).as(stand.toString()).isTrue();

        // The first request's decision delivered again is old news; the second's planning moves it on.
        double dubbel = consumed(JbtEvents.JBT_BESLUIT_GENOMEN.type(), "duplicate");
        event(JbtEvents.JBT_BESLUIT_GENOMEN, casusId, "GM0228").sendWith(kafka);
        await().atMost(PATIENCE).until(() -> consumed(JbtEvents.JBT_BESLUIT_GENOMEN.type(), "duplicate") > dubbel);
        assertThat(standen.van(id).orElseThrow().status()).isEqualTo(JbtStand.Status.INGEDIEND);
        vanVerzoek(JbtEvents.JBT_VERZOEK_GEPLAND, casusId, tweede).sendWith(kafka);
        await().atMost(PATIENCE).until(() -> standen.van(id).map(s -> s.status() == JbtStand.Status.GEPLAND).orElse(false));
        assertThat(standen.van(id).orElseThrow().eerdereVerzoekIds()).containsExactly(casusId);
    }

    /** The golden example of this type for this casus, as an event of the casus's request {@code verzoekId}. */
    private static ReceivedEvent vanVerzoek(EventType type, String casusId, String verzoekId) {
        var json = JsonMapper.builder().build();
        var payload = (tools.jackson.databind.node.ObjectNode) json.readTree(SchemaCheck.example(type).replace(GOLDEN_CASUS, casusId));
        payload.put("verzoekId", verzoekId);
        return ReceivedEvent.of(JbtEvents.TOPIC, type.type(), "urn:nld:jeugdlink:foodvalley:jbt-service", casusId, json.writeValueAsString(payload));
    }

    /** The jbt-service's golden example of this type, for this casus and municipality. */
    private static ReceivedEvent event(EventType type, String casusId, String gemeenteCode) {
        return ReceivedEvent.of(JbtEvents.TOPIC, type.type(), "urn:nld:jeugdlink:foodvalley:jbt-service", casusId,
                SchemaCheck.example(type).replace(GOLDEN_CASUS, casusId).replace("GM0228", gemeenteCode));
    }
}
