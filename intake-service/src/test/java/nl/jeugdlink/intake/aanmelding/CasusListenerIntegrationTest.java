package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.intake.aanmelding.domain.Aanmeldingen;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.ConsumerCases;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binding {@code casus-in-0}: the cases every consumer passes (platform {@link ConsumerCases}). A valid event is
 * the closure of the casus of a referral screened here with a professional of its own, so that the closure shows
 * as that professional's caseload dropping to none.
 */
@JeugdLinkIntegrationTest
class CasusListenerIntegrationTest extends ConsumerCases {

    private static final String BRON = "urn:nld:jeugdlink:foodvalley:case-service";
    private static final String GW = ApiCaller.token("gw-ede-1", "gedragswetenschapper", List.of("GM0228"));

    /** The professional coupled to each casus's referral, by casus id. */
    private final Map<String, String> professionalVan = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Aanmeldingen aanmeldingen;

    @Override
    protected String topic() {
        return CaseEvents.TOPIC;
    }

    @Override
    protected ReceivedEvent aValidEvent() {
        String verwijzer = "st-ede-c" + UUID.randomUUID().toString().substring(0, 6);
        var aangemeld = ApiCaller.onPort(port).post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink("GM0228", "SOCIAAL_TEAM", verwijzer),
                ApiCaller.token(verwijzer, "regisseur", List.of("GM0228")));
        assertThat(aangemeld.statusCode()).as(aangemeld.body()).isEqualTo(201);
        String aanmeldingId = json.readTree(aangemeld.body()).get("id").asText();
        String vt = "vt-" + UUID.randomUUID().toString().substring(0, 8);
        var gescreend = ApiCaller.onPort(port).post("/api/v1/aanmeldingen/" + aanmeldingId + "/screening", """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "gw-ede-1", "teamleiderId": "tl-ede-1",
                  "koppelingen": [ { "medewerkerId": "%s", "expertise": "VEILIG_THUIS" } ] }
                """.formatted(vt), GW);
        assertThat(gescreend.statusCode()).as(gescreend.body()).isEqualTo(201);
        String casusId = UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
        professionalVan.put(casusId, vt);
        return afgesloten(casusId, aanmeldingId, "GM0228");
    }

    @Override
    protected ReceivedEvent anEventThatBreaksARule() {
        return afgesloten(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "GM0363");
    }

    @Override
    protected String theRuleItBreaks() {
        return "GM0363";
    }

    @Override
    protected boolean applied(ReceivedEvent event) {
        String vt = professionalVan.get(event.key());
        return vt != null && aanmeldingen.caseload(List.of(vt)).get(vt) == 0;
    }

    private static ReceivedEvent afgesloten(String casusId, String aanmeldingId, String gemeenteCode) {
        return ReceivedEvent.of(CaseEvents.TOPIC, CaseEvents.CASUS_AFGESLOTEN.type(), BRON, casusId, """
                { "casusId": "%s", "aanmeldingId": "%s", "gemeenteCode": "%s", "reden": "DOELEN_BEHAALD",
                  "afgeslotenDoor": "st-ede-c", "afgeslotenOp": "2026-11-23T12:00:00Z" }
                """.formatted(casusId, aanmeldingId, gemeenteCode));
    }
}
