package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.systemtest.SystemRun.Casus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 4's changes (issue 13) over the running intake, case, routing and escalation services, each its own process: a toewijzing
 * that began last week is corrected in one command (iJw §3.3.2: removed with RedenWijziging 13, the corrected care a new toewijzing
 * with a new number), which OP186 allows only with the provider's consent; and a toewijzing the woonplaatsbeginsel makes Barneveld's,
 * assigned by Barneveld's back office in Ede's casus. What the provider gets is checked through its own API (list, JW301 valid
 * against the project's XSD), what the other services learn on Kafka. The clocks stand on Tuesday 21 April 2026.
 */
class RouteWijzigingJourneyIntegrationTest extends AgainstRunningServices {

    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String BARNEVELD = "GM0203";
    private static final String AGB = "98000044";
    /** A test BSN that passes the 11-proef (IJW.md 1.13); it crosses only REST, never Kafka. */
    private static final String BSN = "999900006";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-rw-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-rw-" + run).with(verstelbaar, klok);
    private final ServiceProcess routing = new ServiceProcess("jeugdhulp-routing-service", "routing-rw-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-rw-" + run).with(verstelbaar, klok);
    private final List<ServiceProcess> services = List.of(intake, casus, routing, escalatie);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    void aCorrectionOfCareBegunLastWeekNeedsTheProvidersConsent_thenTheProviderSeesOneJw301WithTheRemovedAndTheCorrectedToewijzing()
            throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-rw-1-" + run);
        // Began on Tuesday 14 April, a week before the clocks' today.
        var toegewezen = wijsToe(c, """
                {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-04-14", "einddatum": "2026-10-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(AGB), backoffice());
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        String oudId = JSON.readTree(toegewezen.body()).path("toewijzingId").asString();
        long oudNummer = JSON.readTree(toegewezen.body()).path("toewijzingNummer").asLong();
        clientGegeven(c);
        String pad = "/api/v1/toewijzingen/" + oudId + "/correctie";
        String juisteOmvang = "\"omvang\": {\"volume\": 4, \"eenheid\": \"04\", \"frequentie\": \"2\"}";

        // OP186: removing it (einddatum = its ingangsdatum, already past) only with the provider's consent.
        var zonder = api().post(pad, "{" + juisteOmvang + "}", backoffice());
        assertThat(zonder.statusCode()).as(zonder.body()).isEqualTo(409);
        assertThat(zonder.body()).contains("OP186").contains("instemmingAanbieder");
        var gecorrigeerd = api().post(pad, "{" + juisteOmvang + ", \"instemmingAanbieder\": true}", backoffice());
        assertThat(gecorrigeerd.statusCode()).as(gecorrigeerd.body()).isEqualTo(201);
        JsonNode nieuw = JSON.readTree(gecorrigeerd.body());
        String nieuwId = nieuw.path("toewijzingId").asString();
        long nieuwNummer = nieuw.path("toewijzingNummer").asLong();
        assertThat(nieuwNummer).isNotEqualTo(oudNummer);
        assertThat(nieuw.path("ingangsdatum").asString()).isEqualTo("2026-04-14");

        // The provider's list shows the removed one (reason 13, ended on its ingangsdatum) and the corrected one.
        var lijst = api().get("/api/v1/toewijzingen?casusId=" + c.casusId(), aanbieder());
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        JsonNode toewijzingen = JSON.readTree(lijst.body()).path("toewijzingen");
        assertThat(toewijzingen).hasSize(2);
        JsonNode oud = toewijzingen.valueStream().filter(t -> oudId.equals(t.path("toewijzingId").asString())).findFirst().orElseThrow();
        assertThat(oud.path("einddatum").asString()).isEqualTo("2026-04-14");
        assertThat(oud.path("redenWijziging").asString()).isEqualTo("13");
        // Its JW301: the corrected toewijzing with the removed one beside it (OP087), valid against the XSD.
        var jw301 = jw301(nieuwId);
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        valideer(jw301.body());
        assertThat(jw301.body()).contains("<ToewijzingNummer>" + nieuwNummer + "</ToewijzingNummer>")
                .contains("<ToewijzingNummer>" + oudNummer + "</ToewijzingNummer>").contains("<RedenWijziging>13</RedenWijziging>")
                .contains("<Afzender>0228</Afzender>").contains("<Bsn>" + BSN + "</Bsn>");

        // On Kafka, in the casus's order: the toewijzing, its removal, the corrected toewijzing; ids and codes only.
        var events = kafka.read(RoutingEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().filter(r -> c.casusId().equals(r.key())
                && RoutingEvents.JEUGDHULP_TOEGEWEZEN.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= 2)
                .stream().filter(r -> c.casusId().equals(r.key())).toList();
        assertThat(events.stream().map(r -> KafkaProbe.header(r, "ce_type")).toList()).containsSubsequence(
                RoutingEvents.JEUGDHULP_TOEGEWEZEN.type(), RoutingEvents.TOEWIJZING_GEWIJZIGD.type(), RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
        JsonNode gewijzigd = SystemRun.payload(events.stream()
                .filter(r -> RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type"))).findFirst().orElseThrow());
        assertThat(gewijzigd.path("redenWijziging").asString()).isEqualTo("13");
        assertThat(gewijzigd.path("einddatum").asString()).isEqualTo("2026-04-14");
        // One message for the change (OP087): the removal names the corrected toewijzing's JW301, the one the provider fetches.
        assertThat(gewijzigd.path("jw301Identificatie").asString()).isEqualTo("T" + nieuwNummer);
        assertThat(jw301.body()).contains("<Identificatie>T" + nieuwNummer + "</Identificatie>");
        assertThat(jw301(oudId).body()).as("the removed one's JW301 is that same message").isEqualTo(jw301.body());
        assertThat(events).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(BSN));
        // The corrected toewijzing's answer is due like any: 5 working days, King's Day (Monday 27 April) not counted.
        assertThat(termijn(c.aanmeldingId(), "TOEWIJZING_ANTWOORD", nieuwId).path("uiterlijk").asString()).isEqualTo("2026-04-29");
    }

    @Test
    void underTheWoonplaatsbeginselBarneveldsBackOfficeAssignsInEdesCasus_theJw301IsBarneveldsAndOnlyBarneveldChangesIt() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-rw-2-" + run);
        String jeugdbeschermer = ApiCaller.token("jeugdbeschermer-ede", "jeugdbeschermer", EDE);
        var bepaald = await().atMost(SystemRun.PATIENCE).until(() -> api().post("/api/v1/casussen/" + c.casusId() + "/bepalingen", """
                {"voorkeursAanbieder": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01",
                 "einddatum": "2026-10-31", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"},
                 "evaluatiemomenten": ["2026-07-01"], "verwezenNaarLokaalTeamOp": "2026-04-20",
                 "woonplaatsbeginselGemeente": "%s"}""".formatted(AGB, BARNEVELD), jeugdbeschermer), r -> r.statusCode() != 404);
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        assertThat(JSON.readTree(bepaald.body()).path("verantwoordelijkeGemeente").asString()).isEqualTo(BARNEVELD);
        String bepalingId = JSON.readTree(bepaald.body()).path("bepalingId").asString();
        String body = """
                {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01", "einddatum": "2026-10-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}, "bepalingId": "%s"}""".formatted(AGB, bepalingId);

        // Ede may not assign what the bepaling makes Barneveld's; Barneveld may, under its own number.
        var doorEde = wijsToe(c, body, backoffice());
        assertThat(doorEde.statusCode()).as(doorEde.body()).isEqualTo(409);
        assertThat(doorEde.body()).contains("WOONPLAATSBEGINSEL");
        var doorBarneveld = wijsToe(c, body, barneveld());
        assertThat(doorBarneveld.statusCode()).as(doorBarneveld.body()).isEqualTo(201);
        JsonNode toewijzing = JSON.readTree(doorBarneveld.body());
        String toewijzingId = toewijzing.path("toewijzingId").asString();
        assertThat(toewijzing.path("toewijzendeGemeente").asString()).isEqualTo(BARNEVELD);
        assertThat(toewijzing.path("gemeenteCode").asString()).isEqualTo("GM0228");
        clientGegeven(c);

        // The provider reads it and gets Barneveld's JW301.
        assertThat(api().get("/api/v1/toewijzingen/" + toewijzingId, aanbieder()).statusCode()).isEqualTo(200);
        var jw301 = jw301(toewijzingId);
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        valideer(jw301.body());
        assertThat(jw301.body()).contains("<Afzender>0203</Afzender>").contains("<Ontvanger>" + AGB + "</Ontvanger>");

        // Only the assigning municipality changes it.
        String wijziging = "{\"einddatum\": \"2026-08-31\", \"redenWijziging\": \"05\"}";
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/wijziging", wijziging, backoffice()).statusCode()).isEqualTo(403);
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/wijziging", wijziging, barneveld()).statusCode()).isEqualTo(201);

        // On Kafka: the bepaling and the toewijzing name Barneveld beside the casus's Ede (its traject, its region).
        JsonNode bepaling = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.JEUGDHULP_BEPAALD.type()));
        assertThat(bepaling.path("verantwoordelijkeGemeente").asString()).isEqualTo(BARNEVELD);
        JsonNode toegewezen = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.JEUGDHULP_TOEGEWEZEN.type()));
        assertThat(toegewezen.path("toewijzendeGemeente").asString()).isEqualTo(BARNEVELD);
        assertThat(toegewezen.path("gemeenteCode").asString()).isEqualTo("GM0228");
        assertThat(toegewezen.path("volgensBepaling").asBoolean()).isTrue();
        // The provider's answer is due in the casus's traject all the same.
        assertThat(termijn(c.aanmeldingId(), "TOEWIJZING_ANTWOORD", toewijzingId).path("uiterlijk").asString()).isEqualTo("2026-04-29");
    }

    // --- helpers ---

    /** A toewijzing in the casus, once the routing has learned the casus from the case-service. */
    private HttpResponse<String> wijsToe(Casus c, String body, String token) {
        return await().atMost(SystemRun.PATIENCE).until(() -> api().post("/api/v1/casussen/" + c.casusId() + "/toewijzingen", body, token),
                r -> r.statusCode() != 404);
    }

    private void clientGegeven(Casus c) {
        var client = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/casussen/" + c.casusId() + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2013-03-02", "geslacht": "1", "achternaam": "Voorbeeld", "voorletters": "S"}"""
                        .formatted(BSN))), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
    }

    private HttpResponse<String> jw301(String toewijzingId) {
        return api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder());
    }

    private static void valideer(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("..", "jeugdhulp-routing-service", "src", "main", "resources", "ijw", "ijw-3.2-jeugdlink.xsd").toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private ApiCaller api() {
        return new ApiCaller(routing.baseUrl());
    }

    private static String backoffice() {
        return ApiCaller.token("backoffice-ede", "backoffice", EDE);
    }

    private static String barneveld() {
        return ApiCaller.token("backoffice-barneveld", "backoffice", List.of(BARNEVELD));
    }

    private static String aanbieder() {
        return TestIssuer.get().zorgaanbiederToken("zorgaanbieder-" + AGB, AGB);
    }

    /** The escalation-service's TermijnGestart of this kind about this subject, in the referral's traject. */
    private JsonNode termijn(String aanmeldingId, String soort, String onderwerp) {
        var found = kafka.read(EscalationEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().anyMatch(r -> isTermijn(r, aanmeldingId, soort, onderwerp)))
                .stream().filter(r -> isTermijn(r, aanmeldingId, soort, onderwerp)).toList();
        assertThat(found).as("TermijnGestart " + soort + " about " + onderwerp).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isTermijn(ConsumerRecord<String, byte[]> r, String aanmeldingId, String soort, String onderwerp) {
        String value = new String(r.value(), StandardCharsets.UTF_8);
        return aanmeldingId.equals(r.key()) && EscalationEvents.TERMIJN_GESTART.type().equals(KafkaProbe.header(r, "ce_type"))
                && value.contains("\"" + soort + "\"") && value.contains("\"" + onderwerp + "\"");
    }
}
