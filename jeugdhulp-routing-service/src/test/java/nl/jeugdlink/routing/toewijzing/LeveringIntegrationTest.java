package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.BerichtIdentificatie;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geboortedatum;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Geslachtsnaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.VerkorteNaam;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw302;
import nl.jeugdlink.routing.ijw.xml.Jw305;
import nl.jeugdlink.routing.ijw.xml.Jw306;
import nl.jeugdlink.routing.ijw.xml.Jw307;
import nl.jeugdlink.routing.ijw.xml.Jw308;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The provider's start (JW305) and stop (JW307) on the message API, against the running service, broker and store. */
@JeugdLinkIntegrationTest
class LeveringIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB_A = "98000051";
    private static final String AGB_B = "98000052";
    private static final IjwXml XML = new IjwXml();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    /** A casus with a client and a toewijzing to the provider (2026-12-01 up to 2027-05-31): casus id and number. */
    private Object[] toegewezen(String agb, String bsn) {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String bo = ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE));
        String client = """
                {"bsn": "%s", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen", "voorletters": "AM"}""".formatted(bsn);
        var put = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(client)), bo);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        var response = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(agb), bo);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new Object[] {casusId, JSON.readTree(response.body()).get("toewijzingNummer").asLong()};
    }

    private static String id() {
        return java.util.UUID.randomUUID().toString().substring(0, 12);
    }

    private static String jw305(String afzender, String bsn, long nummer, LocalDate begin) {
        return jw305(afzender, bsn, nummer, begin, "1");
    }

    private static String jw307(String afzender, String bsn, long nummer, LocalDate begin, LocalDate eind) {
        return jw307(afzender, bsn, nummer, begin, eind, "1");
    }

    private static String jw305(String afzender, String bsn, long nummer, LocalDate begin, String status) {
        return XML.schrijf(new Jw305(Header.van(Jw305.BERICHTCODE, afzender, "0228", new BerichtIdentificatie(id(), LocalDate.now())),
                new Jw305.Client(bsn, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2", new VerkorteNaam(new Geslachtsnaam("Jansen", null), "AM"),
                        new Jw305.StartProducten(List.of(new Jw305.StartProduct(nummer, null, null, begin, status))))));
    }

    private static String jw307(String afzender, String bsn, long nummer, LocalDate begin, LocalDate eind, String status) {
        return XML.schrijf(new Jw307(Header.van(Jw307.BERICHTCODE, afzender, "0228", new BerichtIdentificatie(id(), LocalDate.now())),
                new Jw307.Client(bsn, new Geboortedatum(LocalDate.of(2015, 3, 1), null), "2", new VerkorteNaam(new Geslachtsnaam("Jansen", null), "AM"),
                        new Jw307.StopProducten(List.of(new Jw307.StopProduct(nummer, null, null, begin, "31", eind, status))))));
    }

    private HttpResponse<String> stuur(String agbPad, String bericht, String agbToken) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agbPad + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(bericht)), TestIssuer.get().zorgaanbiederToken("za-" + agbToken, agbToken));
    }

    private static List<String> codes306(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(XML.schemafouten(response.body())).isEmpty();
        Jw306 retour = XML.lees(response.body(), Jw306.class);
        if (retour.client() == null) {
            return retour.header().retourCodes().retourCode();
        }
        return retour.client().startProducten().startProduct().getFirst().retourCodes().retourCode();
    }

    private static List<String> codes308(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(XML.schemafouten(response.body())).isEmpty();
        Jw308 retour = XML.lees(response.body(), Jw308.class);
        if (retour.client() == null) {
            return retour.header().retourCodes().retourCode();
        }
        return retour.client().stopProducten().stopProduct().getFirst().retourCodes().retourCode();
    }

    private JsonNode event(String casusId, nl.jeugdlink.contracts.EventType soort) {
        List<ConsumerRecord<String, byte[]>> gevonden = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30),
                records -> records.stream().anyMatch(r -> casusId.equals(r.key()) && soort.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key()) && soort.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(gevonden).hasSize(1);
        String payload = new String(gevonden.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(soort, payload)).isEmpty();
        return JSON.readTree(payload);
    }

    @Test
    void theProviderStartsAndStopsItsToewijzingAndEachIsAnsweredAndPublishedWithoutTheClient() {
        String bsn = IjwBerichtMother.geldigBsn();
        Object[] t = toegewezen(AGB_A, bsn);
        String casusId = (String) t[0];
        long nummer = (long) t[1];
        LocalDate begin = LocalDate.of(2026, 12, 2);

        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin), AGB_A))).containsExactly("0200");
        JsonNode gestart = event(casusId, RoutingEvents.JEUGDHULP_GESTART);
        assertThat(gestart.get("toewijzingNummer").asLong()).isEqualTo(nummer);
        assertThat(gestart.get("begindatum").asString()).isEqualTo("2026-12-02");
        assertThat(gestart.toString()).doesNotContain(bsn).doesNotContain("Jansen");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin), AGB_A))).as("one current start").containsExactly("9326");

        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, begin.minusDays(1)), AGB_A))).as("end before start").containsExactly("9018");
        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, LocalDate.of(2027, 3, 31)), AGB_A))).containsExactly("0200");
        JsonNode gestopt = event(casusId, RoutingEvents.JEUGDHULP_GESTOPT);
        assertThat(gestopt.get("einddatum").asString()).isEqualTo("2027-03-31");
        assertThat(gestopt.get("redenBeeindiging").asString()).isEqualTo("31");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen().getFirst().levering().isGestopt()).isTrue();
    }

    @Test
    void aWithdrawnStopOrStartIsTakenBackOnlyWhenThereWasOneWithTheSameKeyAndAStartOnlyWithoutAStop_andPublished() {
        String bsn = IjwBerichtMother.geldigBsn();
        Object[] t = toegewezen(AGB_A, bsn);
        String casusId = (String) t[0];
        long nummer = (long) t[1];
        LocalDate begin = LocalDate.of(2026, 12, 2);
        LocalDate eind = LocalDate.of(2027, 3, 31);

        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin, "3"), AGB_A))).as("no start to withdraw").containsExactly("9063");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin), AGB_A))).containsExactly("0200");
        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, eind), AGB_A))).containsExactly("0200");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin, "3"), AGB_A))).as("stopped: withdraw the stop first").containsExactly("9071");
        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, eind.minusDays(1), "3"), AGB_A))).as("another einddatum")
                .containsExactly("9063");
        assertThat(codes308(stuur(AGB_B, jw307(AGB_B, bsn, nummer, begin, eind, "3"), AGB_B))).as("another provider's").containsExactly("9019");

        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, eind, "3"), AGB_A))).containsExactly("0200");
        JsonNode stop = event(casusId, RoutingEvents.LEVERING_VERWIJDERD);
        assertThat(stop.get("soort").asString()).isEqualTo("STOP");
        assertThat(stop.get("einddatum").asString()).isEqualTo("2027-03-31");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen().getFirst().levering().isGestopt()).isFalse();

        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin.plusDays(1), "3"), AGB_A))).as("another begindatum").containsExactly("9063");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin, "3"), AGB_A))).containsExactly("0200");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen().getFirst().levering()).isNull();
        // Not started any more: the corrected start is accepted (TR326 counts current starts only).
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin.plusDays(1)), AGB_A))).containsExactly("0200");
    }

    @Test
    void aStartIsOnlyCountedForTheProvidersOwnToewijzingOfThatClientAfterItsIngangsdatumAndAStopOnlyAfterAStart() {
        String bsn = IjwBerichtMother.geldigBsn();
        long nummer = (long) toegewezen(AGB_A, bsn)[1];
        LocalDate begin = LocalDate.of(2026, 12, 2);

        assertThat(codes306(stuur(AGB_B, jw305(AGB_B, bsn, nummer, begin), AGB_B))).as("another provider").containsExactly("9019");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, IjwBerichtMother.geldigBsn(), nummer, begin), AGB_A))).as("another client")
                .containsExactly("9019");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer + 1_000_000, begin), AGB_A))).as("no such number").containsExactly("9019");
        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, LocalDate.of(2026, 11, 30)), AGB_A))).as("before ingangsdatum")
                .containsExactly("9019");
        assertThat(codes308(stuur(AGB_A, jw307(AGB_A, bsn, nummer, begin, begin.plusDays(5)), AGB_A))).as("never started").containsExactly("9019");
        assertThat(stuur(AGB_A, jw305(AGB_A, bsn, nummer, begin), AGB_B).statusCode()).as("B posting on A's path").isEqualTo(403);
        assertThat(stuur(AGB_B, jw305(AGB_A, bsn, nummer, begin), AGB_B).statusCode()).as("B sending as A").isEqualTo(403);
        var kapot = stuur(AGB_A, "<JW305><Header/></JW305>", AGB_A);
        assertThat(kapot.statusCode()).isEqualTo(400);
        assertThat(kapot.body()).contains("xsd");
    }

    @Test
    void aSchemaBreakingStartOrStopWithAReadableHeaderGets0001AndAnIdentificationIsCountedOnceTr056() {
        String bsn = IjwBerichtMother.geldigBsn();
        long nummer = (long) toegewezen(AGB_A, bsn)[1];
        LocalDate begin = LocalDate.of(2026, 12, 2);
        String start = jw305(AGB_A, bsn, nummer, begin);
        String stop = jw307(AGB_A, bsn, nummer, begin, begin.plusDays(5));
        assertThat(start).contains("<Begindatum>2026-12-02</Begindatum>");

        assertThat(codes306(stuur(AGB_A, start.replace("<Begindatum>2026-12-02</Begindatum>", "<Begindatum>gisteren</Begindatum>"), AGB_A)))
                .as("schema broken, header readable").containsExactly("0001");
        assertThat(codes308(stuur(AGB_A, stop.replace("<Begindatum>2026-12-02</Begindatum>", "<Begindatum>gisteren</Begindatum>"), AGB_A)))
                .containsExactly("0001");
        long toegewezen = meters.timer("jeugdlink.routing.route.stap.duur", "stap", "casus_tot_toewijzing").count();
        long gestart = meters.timer("jeugdlink.routing.route.stap.duur", "stap", "toewijzing_tot_start").count();
        assertThat(toegewezen).as("every toewijzing times its step").isPositive();
        assertThat(codes306(stuur(AGB_A, start, AGB_A))).containsExactly("0200");
        assertThat(meters.timer("jeugdlink.routing.route.stap.duur", "stap", "toewijzing_tot_start").count()).isEqualTo(gestart + 1);
        assertThat(codes306(stuur(AGB_A, start, AGB_A))).as("the same identification again").containsExactly("9056");
        assertThat(codes308(stuur(AGB_A, stop, AGB_A))).containsExactly("0200");
        assertThat(codes308(stuur(AGB_A, stop, AGB_A))).containsExactly("9056");
    }

    @Test
    void theStartOfCareUnderABepalingTimesTheStepFromTheBepaling() {
        String bsn = IjwBerichtMother.geldigBsn();
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        String bo = ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE));
        var bepaling = api().post("/api/v1/casussen/" + casusId + "/bepalingen", BepalingIntegrationTest.bepaling(AGB_A),
                ApiCaller.token("jb-" + EDE, "jeugdbeschermer", List.of(EDE)));
        assertThat(bepaling.statusCode()).as(bepaling.body()).isEqualTo(201);
        String bepalingId = JSON.readTree(bepaling.body()).get("bepalingId").asString();
        var put = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen", "voorletters": "AM"}""".formatted(bsn))), bo);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(204);
        String body = ToewijzingIntegrationTest.specifiek(AGB_A);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen",
                body.substring(0, body.lastIndexOf('}')) + ", \"bepalingId\": \"" + bepalingId + "\"}", bo);
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        assertThat(JSON.readTree(toegewezen.body()).get("bepalingId").asString()).isEqualTo(bepalingId);
        long nummer = JSON.readTree(toegewezen.body()).get("toewijzingNummer").asLong();
        long eerder = meters.timer("jeugdlink.routing.route.stap.duur", "stap", "bepaling_tot_start").count();

        assertThat(codes306(stuur(AGB_A, jw305(AGB_A, bsn, nummer, LocalDate.of(2026, 12, 2)), AGB_A))).containsExactly("0200");

        assertThat(meters.timer("jeugdlink.routing.route.stap.duur", "stap", "bepaling_tot_start").count()).isEqualTo(eerder + 1);
    }

    private static String jw302(String aanbieder, long nummer, String code) {
        Header heen = Header.van(Jw301.BERICHTCODE, "0228", aanbieder, new BerichtIdentificatie("T" + nummer, LocalDate.now()));
        return XML.schrijf(new Jw302(RetourHeader.op(heen, Jw302.BERICHTCODE, id(), LocalDate.now(), new RetourCodes(List.of(code))), null));
    }

    @Test
    void theProvidersJw302IsKeptWithItsOwnToewijzingOnlyAndGetsNoRetour() {
        String bsn = IjwBerichtMother.geldigBsn();
        Object[] t = toegewezen(AGB_A, bsn);
        String casusId = (String) t[0];
        long nummer = (long) t[1];

        var vanB = stuur(AGB_B, jw302(AGB_B, nummer, "0200"), AGB_B);
        assertThat(vanB.statusCode()).as("B's retour on A's number").isEqualTo(400);
        assertThat(vanB.body()).contains("Header.BerichtIdentificatie");
        assertThat(casussen.find(casusId).orElseThrow().toewijzingen().getFirst().ontvangst()).isNull();
        assertThat(stuur(AGB_A, jw302(AGB_A, nummer, "0200"), AGB_B).statusCode()).as("B on A's path").isEqualTo(403);

        var response = stuur(AGB_A, jw302(AGB_A, nummer, "0200"), AGB_A);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        var ontvangst = casussen.find(casusId).orElseThrow().toewijzingen().getFirst().ontvangst();
        assertThat(ontvangst.retourcodes()).containsExactly("0200");
        assertThat(ontvangst.isZonderOpmerking()).isTrue();
    }
}
