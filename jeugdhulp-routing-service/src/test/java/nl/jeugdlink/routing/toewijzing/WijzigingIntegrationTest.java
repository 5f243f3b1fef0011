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
import nl.jeugdlink.routing.ijw.xml.IjwElementen.BerichtIdentificatie;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourCodes;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.RetourHeader;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.ijw.xml.Jw302;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The back office's intrekking of a toewijzing: the changed JW301 under the same number, its event and its rules, against the running service. */
@JeugdLinkIntegrationTest
class WijzigingIntegrationTest {

    private static final String EDE = ToewijzingIntegrationTest.EDE;
    private static final String AGB = "98000081";
    private static final IjwXml XML = new IjwXml();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String backoffice() {
        return ApiCaller.token("bo-" + EDE, "backoffice", List.of(EDE));
    }

    private HttpResponse<String> wijzig(String toewijzingId, String einddatum, String reden) {
        return api().post("/api/v1/toewijzingen/" + toewijzingId + "/wijziging",
                "{\"einddatum\": \"%s\", \"redenWijziging\": \"%s\"}".formatted(einddatum, reden), backoffice());
    }

    private HttpResponse<String> stuur(String bericht) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(bericht)), TestIssuer.get().zorgaanbiederToken("za", AGB));
    }

    @Test
    void theBackOfficeBringsTheEndForwardAndTheProviderFetchesTheChangedJw301UnderTheSameNumber() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""")), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB), backoffice());
        String toewijzingId = JSON.readTree(toegewezen.body()).get("toewijzingId").asString();
        long nummer = JSON.readTree(toegewezen.body()).get("toewijzingNummer").asLong();

        var gewijzigd = wijzig(toewijzingId, "2027-02-28", "05");

        assertThat(gewijzigd.statusCode()).as(gewijzigd.body()).isEqualTo(201);
        assertThat(JSON.readTree(gewijzigd.body()).get("einddatum").asString()).isEqualTo("2027-02-28");
        assertThat(JSON.readTree(gewijzigd.body()).get("redenWijziging").asString()).isEqualTo("05");
        var jw301 = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(),
                TestIssuer.get().zorgaanbiederToken("za", AGB));
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw301.body())).isEmpty();
        Jw301 bericht = XML.lees(jw301.body(), Jw301.class);
        var product = bericht.client().toegewezenProducten().toegewezenProduct().getFirst();
        assertThat(product.toewijzingNummer()).isEqualTo(nummer);
        assertThat(product.einddatum()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(product.redenWijziging()).isEqualTo("05");
        assertThat(bericht.header().berichtIdentificatie().identificatie()).isEqualTo("T" + nummer + "W1");
        // The provider's JW302 on the changed JW301 lands on the same toewijzing.
        Header heen = Header.van(Jw301.BERICHTCODE, "0228", AGB, new BerichtIdentificatie("T" + nummer + "W1", LocalDate.now()));
        assertThat(stuur(XML.schrijf(new Jw302(RetourHeader.op(heen, Jw302.BERICHTCODE, "r1", LocalDate.now(),
                new RetourCodes(List.of("0200"))), null))).statusCode()).isEqualTo(204);

        var events = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                && RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key()) && RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(events).hasSize(1);
        String payload = new String(events.getFirst().value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(RoutingEvents.TOEWIJZING_GEWIJZIGD, payload)).isEmpty();
        JsonNode event = JSON.readTree(payload);
        assertThat(event.get("vorigeEinddatum").asString()).isEqualTo("2027-05-31");
        assertThat(event.get("redenWijziging").asString()).isEqualTo("05");
        // The provider's feed learns which JW301 waits for it: the same identification the fetch above answered with.
        assertThat(event.get("jw301Identificatie").asString()).isEqualTo("T" + nummer + "W1");
        assertThat(payload).doesNotContain("999900006");
    }

    @Test
    void aChangeOnlyBringsTheEndForwardReason13RemovesItAndNothingChangesItAfter() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB), backoffice());
        String toewijzingId = JSON.readTree(toegewezen.body()).get("toewijzingId").asString();

        assertThat(wijzig(toewijzingId, "2027-08-31", "04").body()).contains("ALLEEN_INKORTEN");
        assertThat(wijzig(toewijzingId, "2026-11-30", "05").body()).contains("CS003");
        assertThat(wijzig(toewijzingId, "2027-01-31", "13").body()).contains("CS335");
        var oud = wijzig(toewijzingId, "2027-01-31", "01");
        assertThat(oud.statusCode()).isEqualTo(400);
        assertThat(oud.body()).contains("redenWijziging").contains("JZ002");
        assertThat(api().post("/api/v1/toewijzingen/" + toewijzingId + "/wijziging", "{\"einddatum\": \"2027-01-31\", \"redenWijziging\": \"05\"}",
                ApiCaller.token("rg", "regisseur", List.of(EDE))).statusCode()).isEqualTo(403);

        // Removed on its ingangsdatum, a day already past (the care began on 2026-12-01): only with the provider's consent (OP186).
        assertThat(wijzig(toewijzingId, "2026-12-01", "13").body()).contains("OP186").contains("instemmingAanbieder");
        var verwijderd = api().post("/api/v1/toewijzingen/" + toewijzingId + "/wijziging",
                "{\"einddatum\": \"2026-12-01\", \"redenWijziging\": \"13\", \"instemmingAanbieder\": true}", backoffice());
        assertThat(verwijderd.statusCode()).as(verwijderd.body()).isEqualTo(201);

        assertThat(wijzig(toewijzingId, "2026-12-01", "14").body()).contains("VERWIJDERD");
    }

    @Test
    void aChangeOfOmvangEndsTheToewijzingTheDayBeforeAndIsANewToewijzingWithANewNumber_bothInOneJw301() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusId + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "2", "achternaam": "Jansen"}""")), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB), backoffice());
        String oudId = JSON.readTree(toegewezen.body()).get("toewijzingId").asString();
        long oudNummer = JSON.readTree(toegewezen.body()).get("toewijzingNummer").asLong();
        String pad = "/api/v1/toewijzingen/" + oudId + "/aanpassing";

        assertThat(api().post(pad, "{\"vanaf\": \"2026-12-01\", \"redenWijziging\": \"05\", \"omvang\": {\"volume\": 5, \"eenheid\": \"04\", "
                + "\"frequentie\": \"2\"}}", backoffice()).body()).as("not after the ingangsdatum").contains("CS003");
        assertThat(api().post(pad, "{\"vanaf\": \"2027-06-15\", \"redenWijziging\": \"05\", \"omvang\": {\"volume\": 5, \"eenheid\": \"04\", "
                + "\"frequentie\": \"2\"}}", backoffice()).body()).as("after the einddatum: the new care would end before it starts").contains("einddatum").contains("CS003");
        var zonder = api().post(pad, "{\"vanaf\": \"2027-02-01\", \"redenWijziging\": \"13\"}", backoffice());
        assertThat(zonder.statusCode()).isEqualTo(400);
        assertThat(zonder.body()).contains("redenWijziging").contains("omvang");

        var aangepast = api().post(pad, "{\"vanaf\": \"2027-02-01\", \"redenWijziging\": \"05\", \"omvang\": {\"volume\": 5, \"eenheid\": \"04\", "
                + "\"frequentie\": \"2\"}}", backoffice());

        assertThat(aangepast.statusCode()).as(aangepast.body()).isEqualTo(201);
        JsonNode nieuw = JSON.readTree(aangepast.body());
        long nieuwNummer = nieuw.get("toewijzingNummer").asLong();
        assertThat(nieuwNummer).isNotEqualTo(oudNummer);
        assertThat(nieuw.get("ingangsdatum").asString()).isEqualTo("2027-02-01");
        assertThat(nieuw.get("einddatum").asString()).isEqualTo("2027-05-31");
        assertThat(nieuw.get("omvang").get("volume").asLong()).isEqualTo(5);
        assertThat(nieuw.get("product").get("code").asString()).as("the product is kept").isEqualTo("45A01");
        JsonNode oud = JSON.readTree(api().get("/api/v1/toewijzingen/" + oudId, backoffice()).body());
        assertThat(oud.get("einddatum").asString()).isEqualTo("2027-01-31");
        assertThat(oud.get("redenWijziging").asString()).isEqualTo("05");

        var jw301 = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + nieuw.get("toewijzingId").asString() + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(),
                TestIssuer.get().zorgaanbiederToken("za", AGB));
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        assertThat(XML.schemafouten(jw301.body())).isEmpty();
        var producten = XML.lees(jw301.body(), Jw301.class).client().toegewezenProducten().toegewezenProduct();
        assertThat(producten).hasSize(2);
        assertThat(producten.get(0).toewijzingNummer()).isEqualTo(nieuwNummer);
        assertThat(producten.get(0).omvang().volume()).isEqualTo(5);
        assertThat(producten.get(1).toewijzingNummer()).isEqualTo(oudNummer);
        assertThat(producten.get(1).einddatum()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(producten.get(1).redenWijziging()).isEqualTo("05");
        // OP087: the change is one message - the ended toewijzing has none of its own; asked for, it is the same JW301.
        var viaOud = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + oudId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(), TestIssuer.get().zorgaanbiederToken("za", AGB));
        assertThat(viaOud.body()).isEqualTo(jw301.body());
        var gewijzigd = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                && RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type")))).stream()
                .filter(r -> casusId.equals(r.key()) && RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type"))).toList();
        assertThat(JSON.readTree(gewijzigd.getFirst().value()).get("jw301Identificatie").asString())
                .as("the ended toewijzing announces the continuing one's JW301").isEqualTo("T" + nieuwNummer);

        var events = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().anyMatch(r -> casusId.equals(r.key())
                && RoutingEvents.TOEWIJZING_GEWIJZIGD.type().equals(KafkaProbe.header(r, "ce_type"))))
                .stream().filter(r -> casusId.equals(r.key())).map(r -> KafkaProbe.header(r, "ce_type")).toList();
        assertThat(events).containsSubsequence(RoutingEvents.JEUGDHULP_TOEGEWEZEN.type(), RoutingEvents.TOEWIJZING_GEWIJZIGD.type(),
                RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
    }

    @Test
    void aCorrectionIsOneCommand_theToewijzingRemovedWithReason13AndTheCorrectedCareANewToewijzingWithANewNumber() {
        String casusId = CasusGeopendMother.bekendeCasus(kafka, casussen, EDE);
        var toegewezen = api().post("/api/v1/casussen/" + casusId + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB), backoffice());
        String oudId = JSON.readTree(toegewezen.body()).get("toewijzingId").asString();
        long oudNummer = JSON.readTree(toegewezen.body()).get("toewijzingNummer").asLong();
        String pad = "/api/v1/toewijzingen/" + oudId + "/correctie";
        String juisteOmvang = "\"omvang\": {\"volume\": 4, \"eenheid\": \"04\", \"frequentie\": \"2\"}";

        var niets = api().post(pad, "{}", backoffice());
        assertThat(niets.statusCode()).isEqualTo(400);
        assertThat(niets.body()).contains("product").contains("required");
        // The toewijzing began on 2026-12-01, already past: removing it needs the provider's consent (OP186).
        assertThat(api().post(pad, "{" + juisteOmvang + "}", backoffice()).body()).contains("OP186");
        assertThat(api().post(pad, "{" + juisteOmvang + ", \"instemmingAanbieder\": true}", ApiCaller.token("rg", "regisseur", List.of(EDE)))
                .statusCode()).isEqualTo(403);

        var gecorrigeerd = api().post(pad, "{" + juisteOmvang + ", \"instemmingAanbieder\": true}", backoffice());

        assertThat(gecorrigeerd.statusCode()).as(gecorrigeerd.body()).isEqualTo(201);
        JsonNode nieuw = JSON.readTree(gecorrigeerd.body());
        assertThat(nieuw.get("toewijzingNummer").asLong()).isNotEqualTo(oudNummer);
        assertThat(nieuw.get("omvang").get("volume").asLong()).isEqualTo(4);
        assertThat(nieuw.get("ingangsdatum").asString()).as("what is left out stays").isEqualTo("2026-12-01");
        assertThat(nieuw.get("einddatum").asString()).isEqualTo("2027-05-31");
        JsonNode oud = JSON.readTree(api().get("/api/v1/toewijzingen/" + oudId, backoffice()).body());
        assertThat(oud.get("einddatum").asString()).isEqualTo("2026-12-01");
        assertThat(oud.get("redenWijziging").asString()).isEqualTo("13");
        assertThat(api().post(pad, "{" + juisteOmvang + ", \"instemmingAanbieder\": true}", backoffice()).body()).contains("VERWIJDERD");

        var events = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), records -> records.stream().filter(r -> casusId.equals(r.key())
                && RoutingEvents.JEUGDHULP_TOEGEWEZEN.type().equals(KafkaProbe.header(r, "ce_type"))).count() >= 2)
                .stream().filter(r -> casusId.equals(r.key())).map(r -> KafkaProbe.header(r, "ce_type")).toList();
        assertThat(events).containsSubsequence(RoutingEvents.JEUGDHULP_TOEGEWEZEN.type(), RoutingEvents.TOEWIJZING_GEWIJZIGD.type(),
                RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
    }
}
