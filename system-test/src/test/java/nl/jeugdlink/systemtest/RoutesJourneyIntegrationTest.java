package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
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
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.systemtest.SystemRun.Casus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 4 (issue 13) over the running intake, case, routing and escalation services, each its own process: a casus of Ede gets
 * youth care assigned by the back office, which reaches the provider as a JW301 valid against the project's XSD, with the 5
 * working days of the provider's answer across King's Day, and the provider starts it with a JW305 (answered with a JW306); a decline goes through step 5 (the RET) to step 6 (the team leader's
 * escalation), each step's term started and met on the right day, and a new toewijzing to another provider closes the search;
 * the decline is mailed to Ede's back office and the youth protector who made the bepaling (the notification-service, issue 13).
 * A decline searched through the provider network instead (step 5A) that nobody escalates breaches step 6 (ZOEKTOCHT_STAP_6_NETWERK,
 * 3 weeks from the decline) to the team leader, and 2 working days later - Ascension Day not counted - reaches the regional contact
 * person (the escalation-service's clock moved, last). The clocks stand on Tuesday 21 April 2026.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoutesJourneyIntegrationTest extends AgainstRunningServices {

    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String AGB_A = "98000011";
    private static final String AGB_B = "98000022";
    /** A test BSN that passes the 11-proef (IJW.md 1.13); it crosses only REST, never Kafka. */
    private static final String BSN = "999900006";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-rt-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-rt-" + run).with(verstelbaar, klok);
    private final ServiceProcess routing = new ServiceProcess("jeugdhulp-routing-service", "routing-rt-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-rt-" + run).with(verstelbaar, klok);
    /** Mails a decline to the back office and the youth protector (issue 13), from its contact directory's demo users. */
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-rt-" + run)
            .with(verstelbaar, klok, "--spring.mail.port=" + smtpPort, "--jeugdlink.notificatie.bezorging.ronde=1s");
    private final List<ServiceProcess> services = List.of(intake, casus, routing, escalatie, notificatie);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void theBackOfficesAllocationReachesTheProviderAsAValidJw301AndItsAnswerIsDueFiveWorkingDaysOnAcrossKingsDay() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-rt-1-" + run);
        String toewijzingId = wijsToe(c, AGB_A);
        var client = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/casussen/" + c.casusId() + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2013-03-02", "geslacht": "1", "achternaam": "Voorbeeld", "voorletters": "S"}"""
                        .formatted(BSN))), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);

        var jw301 = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB_A + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder(AGB_A));

        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("..", "jeugdhulp-routing-service", "src", "main", "resources", "ijw", "ijw-3.2-jeugdlink.xsd").toFile())
                .newValidator().validate(new StreamSource(new StringReader(jw301.body())));
        assertThat(jw301.body()).contains("<Afzender>0228</Afzender>").contains("<Ontvanger>" + AGB_A + "</Ontvanger>")
                .contains("<Bsn>" + BSN + "</Bsn>");
        // Another provider does not learn it exists.
        assertThat(api().get("/api/v1/toewijzingen/" + toewijzingId, aanbieder(AGB_B)).statusCode()).isEqualTo(404);
        // The provider's answer: 5 working days from Tuesday 21 April, King's Day (Monday 27 April) not counted.
        JsonNode antwoord = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "TOEWIJZING_ANTWOORD");
        assertThat(antwoord.path("uiterlijk").asString()).isEqualTo("2026-04-29");

        // The provider starts the care on Monday 4 May and reports it over the message API (JW305, answered with a JW306): that is
        // its answer to the toewijzing in time, and the start report is recorded against its own 5 working days (START_GEMELD).
        var nummer = java.util.regex.Pattern.compile("<ToewijzingNummer>(\\d+)</ToewijzingNummer>").matcher(jw301.body());
        assertThat(nummer.find()).as(jw301.body()).isTrue();
        var jw306 = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB_A + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(jw305("S-" + run, nummer.group(1)))),
                aanbieder(AGB_A));
        assertThat(jw306.statusCode()).as(jw306.body()).isEqualTo(200);
        assertThat(jw306.body()).contains("<RetourCode>0200</RetourCode>");
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "TOEWIJZING_ANTWOORD").path("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "START_GEMELD").path("uitkomst").asString()).isEqualTo("GEHAALD");
        JsonNode gestart = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.JEUGDHULP_GESTART.type()));
        assertThat(gestart.path("toewijzingId").asString()).isEqualTo(toewijzingId);
        assertThat(new String(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.JEUGDHULP_GESTART.type()).value(),
                StandardCharsets.UTF_8)).doesNotContain(BSN);
    }

    /** The provider's JW305: the care of toewijzing {@code nummer} started on Monday 4 May. */
    private static String jw305(String identificatie, String nummer) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <JW305><Header><BerichtCode>438</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>\
                <Afzender>%s</Afzender><Ontvanger>0228</Ontvanger><BerichtIdentificatie><Identificatie>%s</Identificatie>\
                <Dagtekening>2026-04-21</Dagtekening></BerichtIdentificatie><XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie>\
                <BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie></Header><Client><Bsn>%s</Bsn><Geboortedatum><Datum>2013-03-02</Datum>\
                </Geboortedatum><Geslacht>1</Geslacht><Naam><Geslachtsnaam><Achternaam>Voorbeeld</Achternaam></Geslachtsnaam>\
                <Voorletters>S</Voorletters></Naam><StartProducten><StartProduct><ToewijzingNummer>%s</ToewijzingNummer>\
                <Begindatum>2026-05-04</Begindatum><StatusAanlevering>1</StatusAanlevering></StartProduct></StartProducten></Client></JW305>"""
                .formatted(AGB_A, identificatie, BSN, nummer);
    }

    @Test
    @Order(2)
    void aDeclineGoesThroughTheRetToTheTeamLeadersEscalationEachTermOnItsDayAndANewToewijzingClosesTheSearch() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-rt-2-" + run);
        String jeugdbeschermer = ApiCaller.token("jeugdbeschermer-ede", "jeugdbeschermer", EDE);
        // The youth protector determined the care (the bepaling), so the decline names them.
        var bepaald = await().atMost(SystemRun.PATIENCE).until(() -> api().post("/api/v1/casussen/" + c.casusId() + "/bepalingen", """
                {"voorkeursAanbieder": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01",
                 "einddatum": "2026-10-31", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"},
                 "evaluatiemomenten": ["2026-07-01"], "verwezenNaarLokaalTeamOp": "2026-04-20"}""".formatted(AGB_A), jeugdbeschermer),
                r -> r.statusCode() != 404);
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        String toewijzingId = wijsToe(c, AGB_A);
        String pad = "/api/v1/toewijzingen/" + toewijzingId + "/afwijzing";

        var afwijzing = api().post(pad, "{\"grond\": \"GEEN_TIJDIGE_HULP\", \"reden\": \"WACHTLIJST\"}", aanbieder(AGB_A));
        assertThat(afwijzing.statusCode()).as(afwijzing.body()).isEqualTo(201);
        String afwijzingId = JSON.readTree(afwijzing.body()).path("afwijzing").path("afwijzingId").asString();
        // Step 4's formal decline reaches Ede's back office and the youth protector by mail (issue 13): the provider, ground,
        // reason and day, and step 5 - nothing of the child.
        for (String ontvanger : List.of("backoffice-ede@jeugdlink.local", "jeugdbeschermer-ede@jeugdlink.local")) {
            MimeMessage mail = await().atMost(SystemRun.PATIENCE)
                    .until(() -> SystemRun.mailMet(smtp, ontvanger, "wijst een toewijzing af"), m -> m != null);
            assertThat(mail.getSubject()).isEqualTo("JeugdLink: een zorgaanbieder wijst een toewijzing af");
            assertThat(SystemRun.tekst(mail)).contains(c.casusId(), "AGB-code " + AGB_A, "gemeente Ede", "afgewezen op 21 april 2026",
                    "De grond is: geen tijdige hulp.", "De reden is: Er is een wachtlijst.", "Regionaal Expertteam")
                    .doesNotContain(BSN, "Voorbeeld");
        }
        // Step 5: the RET discusses the case within 2 weeks of the decline - by Tuesday 5 May; the back office's term.
        JsonNode stap5 = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_5");
        assertThat(stap5.path("onderwerpId").asString()).isEqualTo(afwijzingId);
        assertThat(stap5.path("uiterlijk").asString()).isEqualTo("2026-05-05");
        assertThat(stap5.path("betreftRol").asString()).isEqualTo("BACKOFFICE");

        assertThat(api().post(pad + "/zoektocht", "{\"route\": \"RET\"}", jeugdbeschermer).statusCode()).isEqualTo(201);
        var besproken = api().post(pad + "/zoektocht/bespreking", "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}", jeugdbeschermer);
        assertThat(besproken.statusCode()).as(besproken.body()).isEqualTo(201);

        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_5").path("uitkomst").asString()).isEqualTo("GEHAALD");
        // Step 6: without suitable care the GI team leader escalates within 1 week - by Tuesday 28 April.
        JsonNode stap6 = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6");
        assertThat(stap6.path("uiterlijk").asString()).isEqualTo("2026-04-28");
        assertThat(stap6.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        var opgeschaald = api().post(pad + "/zoektocht/opschaling", "{}", ApiCaller.token("teamleider-ede", "teamleider", EDE));
        assertThat(opgeschaald.statusCode()).as(opgeschaald.body()).isEqualTo(201);
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "ZOEKTOCHT_STAP_6").path("uitkomst").asString()).isEqualTo("GEHAALD");

        // Care found at another provider closes the search.
        wijsToe(c, AGB_B);
        JsonNode afgesloten = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.ZOEKTOCHT_AFGESLOTEN.type()));
        assertThat(afgesloten.path("afwijzingId").asString()).isEqualTo(afwijzingId);
        assertThat(afgesloten.path("agbCode").asString()).isEqualTo(AGB_B);
    }

    /** Moves the escalation-service's clock three weeks on: the last test of the class, after every other term was read. */
    @Test
    @Order(3)
    void aSearchInTheProviderNetworkReachesTheTeamLeaderThreeWeeksAfterTheDeclineAndTheRegionalContactTwoWorkingDaysLaterAcrossAscensionDay()
            throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-rt-3-" + run);
        String toewijzingId = wijsToe(c, AGB_A);
        String pad = "/api/v1/toewijzingen/" + toewijzingId + "/afwijzing";
        var afwijzing = api().post(pad, "{\"grond\": \"GEEN_PASSENDE_HULP\", \"reden\": \"WACHTLIJST\"}", aanbieder(AGB_A));
        assertThat(afwijzing.statusCode()).as(afwijzing.body()).isEqualTo(201);
        String afwijzingId = JSON.readTree(afwijzing.body()).path("afwijzing").path("afwijzingId").asString();

        // Step 5A: the provider network, the declining provider co-owner of the search.
        var ingeschakeld = api().post(pad + "/zoektocht", "{\"route\": \"NETWERK\"}", ApiCaller.token("jeugdbeschermer-ede", "jeugdbeschermer", EDE));
        assertThat(ingeschakeld.statusCode()).as(ingeschakeld.body()).isEqualTo(201);
        JsonNode netwerk = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.ZOEKTOCHT_INGESCHAKELD.type()));
        assertThat(netwerk.path("route").asString()).isEqualTo("NETWERK");
        assertThat(netwerk.path("medeEigenaarAgbCode").asString()).isEqualTo(AGB_A);
        // Step 6 after the network: the team leader escalates within 3 weeks of the decline on Tuesday 21 April - by Tuesday 12 May.
        JsonNode gestart = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(gestart.path("onderwerpId").asString()).isEqualTo(afwijzingId);
        assertThat(gestart.path("uiterlijk").asString()).isEqualTo("2026-05-12");
        assertThat(gestart.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");

        // Nobody escalates. On the evening of the last day it is open; at midnight in Ede the breach reaches the team leader.
        SystemRun.zetKlok(escalatie, "2026-05-12T21:59:00Z");
        assertThat(stand(c, "ZOEKTOCHT_STAP_6_NETWERK").path("status").asString()).isEqualTo("OPEN");
        SystemRun.zetKlok(escalatie, "2026-05-12T22:00:01Z");
        assertThat(stand(c, "ZOEKTOCHT_STAP_6_NETWERK").path("status").asString()).isEqualTo("OVERSCHREDEN");
        JsonNode overschreden = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_OVERSCHREDEN, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(overschreden.path("onderwerpId").asString()).isEqualTo(afwijzingId);
        assertThat(overschreden.path("uiterlijk").asString()).isEqualTo("2026-05-12");
        assertThat(overschreden.path("werkdagenTeLaat").asInt()).isEqualTo(1);
        assertThat(overschreden.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.path("betreftOrganisatie").asString()).as("no youth protector in the casus: the municipality's")
                .isEqualTo("GM0228");

        // Still unmet 2 working days after its last day, the regional contact person: Wednesday 13 and - Ascension Day, Thursday
        // 14 May, not counted - Friday 15 May. The end of Ascension Day moves nothing on; the end of that Friday does.
        SystemRun.zetKlok(escalatie, "2026-05-14T22:00:01Z");
        SystemRun.zetKlok(escalatie, "2026-05-15T22:00:01Z");
        JsonNode opgeschaald = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_OPGESCHAALD, "ZOEKTOCHT_STAP_6_NETWERK");
        assertThat(opgeschaald.path("onderwerpId").asString()).isEqualTo(afwijzingId);
        assertThat(opgeschaald.path("betreftRol").asString()).isEqualTo("REGIONALE_CONTACTPERSOON");
        assertThat(opgeschaald.path("betreftOrganisatie").asString()).isEqualTo("GM0228");
        assertThat(opgeschaald.path("werkdagenTeLaat").asInt()).isEqualTo(2);
        // The sweep at the end of Ascension Day would have stamped it then: it is the Friday's.
        assertThat(Instant.parse(opgeschaald.path("opgeschaaldOp").asString())).isAfterOrEqualTo(Instant.parse("2026-05-15T22:00:00Z"))
                .isBefore(Instant.parse("2026-05-16T00:00:00Z"));
    }

    // --- helpers ---

    /** A toewijzing of ambulant care in the casus, once the routing has learned the casus from the case-service. */
    private String wijsToe(Casus c, String agb) {
        String body = """
                {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01", "einddatum": "2026-10-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(agb);
        var toegewezen = await().atMost(SystemRun.PATIENCE).until(() -> api().post("/api/v1/casussen/" + c.casusId() + "/toewijzingen", body,
                backoffice()), r -> r.statusCode() != 404);
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        return JSON.readTree(toegewezen.body()).path("toewijzingId").asString();
    }

    /** The deadline of this kind in the casus as the escalation-service's API shows it now. */
    private JsonNode stand(Casus c, String soort) {
        var response = new ApiCaller(escalatie.baseUrl()).get("/api/v1/termijnen?casusId=" + c.casusId()
                + "&status=OPEN,OPGESCHORT,OVERSCHREDEN,GEHAALD,TE_LAAT_GEHAALD,VERVALLEN", ApiCaller.token("teamleider-ede", "teamleider", EDE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("termijnen").valueStream().filter(t -> soort.equals(t.path("soort").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(soort + " not in " + response.body()));
    }

    private ApiCaller api() {
        return new ApiCaller(routing.baseUrl());
    }

    private static String backoffice() {
        return ApiCaller.token("backoffice-ede", "backoffice", EDE);
    }

    private static String aanbieder(String agb) {
        return TestIssuer.get().zorgaanbiederToken("zorgaanbieder-" + agb, agb);
    }

    /** The first such deadline event about the referral. */
    private JsonNode termijn(String aanmeldingId, EventType type, String soort) {
        var found = kafka.read(EscalationEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().anyMatch(r -> isTermijn(r, aanmeldingId, type, soort)))
                .stream().filter(r -> isTermijn(r, aanmeldingId, type, soort)).toList();
        assertThat(found).as(type.type() + " " + soort + " about " + aanmeldingId).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isTermijn(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }
}
