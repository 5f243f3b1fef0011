package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.systemtest.SystemRun.Casus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A child's data on request (AVG art. 15, issue 17, ADR 0031) over the running services, each its own process: a beheerder asks for
 * everything about Sam by his BSN; the export holds a part of every service the case-service expects ({@code jeugdlink.inzage.diensten},
 * read from its configuration, so a service added there is started and checked here too), and in no part anything of Sam's little
 * sister on the same referral, of another family, a working note or a BSN. The AVG term (INZAGEVERZOEK, escalation-service) starts
 * at the filing and is met by the complete export; a request nobody completes is late after 4 weeks, and concerns the region's beheerder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InzageJourneyIntegrationTest extends AgainstRunningServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Monday 11 January 2027, 10:00 in Ede. */
    private static final Instant START = Instant.parse("2027-01-11T09:00:00Z");
    private static final List<String> EDE = List.of("GM0228");
    private static final String BEHEERDER = ApiCaller.token("beheerder-foodvalley", "beheerder", ApiCaller.HELE_REGIO);
    private static final String REGISSEUR = ApiCaller.token("regisseur-ede", "regisseur", EDE);
    private static final String BSN_SAM = "111222333";
    private static final String BSN_NOA = "123456782";
    private static final String BSN_ANDER = "232262536";

    /** The services whose part an export must hold, as the case-service is configured (its default; the coordinator extends it). */
    static final List<String> DIENSTEN = verwachteDiensten();

    private final java.util.Map<String, ServiceProcess> perDienst = new java.util.LinkedHashMap<>();
    private final ServiceProcess intake = dienst("intake-service");
    private final ServiceProcess casus = dienst("case-service");
    private final ServiceProcess escalatie = dienst("escalation-service");

    {
        DIENSTEN.forEach(this::dienst);
    }

    @Override
    protected List<ServiceProcess> services() {
        return List.copyOf(perDienst.values());
    }

    /** All started at once, each then given 6 minutes: on a loaded 2-core machine the base's 3 minutes were missed. */
    @Override
    @BeforeAll
    void startServices() {
        smtp.start();
        services().forEach(ServiceProcess::start);
        services().forEach(service -> service.awaitHealthy(java.time.Duration.ofMinutes(6)));
    }

    @Test
    @Order(1)
    void theExportOfAChildHoldsEveryServicesPartAndNothingOfItsSisterAnotherFamilyAWorkingNoteOrABsn() {
        Casus gezin = SystemRun.gescreend(intake, casus, kafka, aanmelding("verwijzer-inzage-1-" + run, true, BSN_SAM, BSN_NOA));
        String pad = "/api/v1/casussen/" + gezin.casusId();
        JsonNode kinderen = JSON.readTree(api(casus).get(pad, REGISSEUR).body()).get("kinderen");
        String sam = kind(kinderen, "VANAF_12");
        String noa = kind(kinderen, "ONDER_4");
        String gesprekId = JSON.readTree(post(casus, pad + "/gesprekken", """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["regisseur-ede"], "gezinAanwezig": true,
                 "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": true}, {"kindId": "%s", "gezien": true, "gesproken": false}],
                 "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": false, "samenvatting": "Gezinsgesprek-inzage: moeder en Sam thuis."}"""
                .formatted(START.minusSeconds(3600), sam, noa)).body()).get("gesprekId").asString();
        post(casus, pad + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Sam-mening: ik wil bij mama blijven", "kindId": "%s", "gesprekId": "%s"}""".formatted(sam, gesprekId));
        post(casus, pad + "/dossieritems", """
                {"bron": "KIND", "aard": "MENING", "tekst": "Noa-mening: ik mis de poes", "kindId": "%s", "gesprekId": "%s"}""".formatted(noa, gesprekId));
        post(casus, pad + "/werkaantekeningen", """
                {"tekst": "Werknotitie-inzage: eerst met de school bellen"}""");
        Casus ander = SystemRun.gescreend(intake, casus, kafka, aanmelding("verwijzer-inzage-2-" + run, false, BSN_ANDER, null));
        post(casus, "/api/v1/casussen/" + ander.casusId() + "/dossieritems", """
                {"bron": "PROFESSIONAL", "aard": "FEIT", "tekst": "Ander-gezin-inzage: verhuisd naar Wageningen"}""");

        var ingediend = api(casus).post("/api/v1/inzageverzoeken", "{\"bsn\": \"" + BSN_SAM + "\"}", BEHEERDER);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoekId = JSON.readTree(ingediend.body()).get("verzoekId").asString();
        await().atMost(SystemRun.PATIENCE).until(() -> JSON.readTree(api(casus).get("/api/v1/inzageverzoeken/" + verzoekId, BEHEERDER).body())
                .get("compleet").asBoolean());

        var export = api(casus).get("/api/v1/inzageverzoeken/" + verzoekId + "/export", BEHEERDER);
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode delen = JSON.readTree(export.body()).get("delen");
        assertThat(delen.valueStream().map(d -> d.get("dienst").asString())).as("a part of every service in jeugdlink.inzage.diensten")
                .containsExactlyInAnyOrderElementsOf(DIENSTEN);
        assertThat(deel(delen, "intake-service")).contains("Sam Voorbeeld", "2013-03-02");
        assertThat(deel(delen, "case-service")).contains("Sam-mening: ik wil bij mama blijven", "Gezinsgesprek-inzage", sam);
        for (JsonNode deel : delen) {
            assertThat(deel.toString()).as(deel.get("dienst").asString())
                    .doesNotContain("Noa Voorbeeld", "2023-07-14", "Noa-mening", noa, "Werknotitie-inzage", "Ander-gezin-inzage", "Kim Anders",
                            ander.casusId(), ander.aanmeldingId(), BSN_SAM, BSN_NOA, BSN_ANDER);
        }
        var html = api(casus).get("/api/v1/inzageverzoeken/" + verzoekId + "/export.html", BEHEERDER);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("Sam-mening").doesNotContain("Noa-mening", "Werknotitie-inzage", "Ander-gezin-inzage", BSN_SAM);

        // The AVG term: started at the filing for the region's beheerder, met by the complete export.
        JsonNode gestart = termijnEvent(verzoekId, EscalationEvents.TERMIJN_GESTART.type());
        assertThat(gestart.get("betreftRol").asString()).isEqualTo("BEHEERDER");
        assertThat(gestart.get("betreftOrganisatie").asString()).isEqualTo("foodvalley");
        assertThat(gestart.get("uiterlijk").asString()).isEqualTo("2027-02-08");
        assertThat(termijnEvent(verzoekId, EscalationEvents.TERMIJN_GESTOPT.type()).get("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    @Test
    @Order(2)
    void aRequestNotCompletedWithinFourWeeksIsLateForTheRegionsBeheerder() {
        intake.kill(); // round 1 is never answered: the request stays open
        var ingediend = api(casus).post("/api/v1/inzageverzoeken", "{\"bsn\": \"" + BSN_NOA + "\"}", BEHEERDER);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        String verzoekId = JSON.readTree(ingediend.body()).get("verzoekId").asString();
        termijnEvent(verzoekId, EscalationEvents.TERMIJN_GESTART.type());

        SystemRun.zetKlok(escalatie, "2027-02-12T09:00:00Z");

        JsonNode overschreden = termijnEvent(verzoekId, EscalationEvents.TERMIJN_OVERSCHREDEN.type());
        assertThat(overschreden.get("betreftRol").asString()).isEqualTo("BEHEERDER");
        assertThat(overschreden.get("betreftOrganisatie").asString()).isEqualTo("foodvalley");
        assertThat(overschreden.toString()).doesNotContain(BSN_NOA);
    }

    private ServiceProcess dienst(String naam) {
        return perDienst.computeIfAbsent(naam, n -> new ServiceProcess(n, n.replace("-service", "") + "-inzage-" + run)
                .with("--jeugdlink.klok.verstelbaar=true", "--jeugdlink.klok.start=" + START));
    }

    private JsonNode termijnEvent(String verzoekId, String type) {
        var found = kafka.read(EscalationEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().anyMatch(r -> isTermijn(r, verzoekId, type))).stream()
                .filter(r -> isTermijn(r, verzoekId, type)).toList();
        assertThat(found).as(type + " INZAGEVERZOEK " + verzoekId).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isTermijn(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r, String verzoekId, String type) {
        return verzoekId.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), java.nio.charset.StandardCharsets.UTF_8).contains("\"INZAGEVERZOEK\"");
    }

    private static ApiCaller api(ServiceProcess service) {
        return new ApiCaller(service.baseUrl());
    }

    private static java.net.http.HttpResponse<String> post(ServiceProcess service, String pad, String json) {
        var response = api(service).post(pad, json, REGISSEUR);
        assertThat(response.statusCode()).as(pad + ": " + response.body()).isEqualTo(201);
        return response;
    }

    private static String kind(JsonNode kinderen, String leeftijd) {
        return kinderen.valueStream().filter(k -> k.get("leeftijdscategorie").asString().equals(leeftijd)).findFirst().orElseThrow()
                .get("kindId").asString();
    }

    private static String deel(JsonNode delen, String dienst) {
        return delen.valueStream().filter(d -> d.get("dienst").asString().equals(dienst)).findFirst().orElseThrow().toString();
    }

    /** A referral in Ede filed by {@code verwijzer}: Sam (and his sister Noa) with their mother, or another family's child Kim. */
    private String aanmelding(String verwijzer, boolean gezinVoorbeeld, String bsn, String bsnZus) {
        String body = SystemRun.aanmelding(verwijzer).replace("\"bsn\": \"123456782\"", "\"bsn\": \"" + bsn + "\"");
        if (gezinVoorbeeld) {
            body = body.replace("\"woonplaats\": \"Ede\" } }", """
                    "woonplaats": "Ede" } },
                        { "naam": "Noa Voorbeeld", "bsn": "%s", "geboortedatum": "2023-07-14",
                          "adres": { "straat": "Stationsweg", "huisnummer": "12", "postcode": "6711 AB", "woonplaats": "Ede" } }""".formatted(bsnZus));
        } else {
            body = body.replace("Sam Voorbeeld", "Kim Anders").replace("Anna Voorbeeld", "Els Anders").replace("anna.voorbeeld@", "els.anders@");
        }
        var response = api(intake).post("/api/v1/aanmeldingen", body, ApiCaller.token(verwijzer, "regisseur", EDE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    /** {@code jeugdlink.inzage.diensten} as the case-service's application.yaml sets it (the default of its environment variable). */
    private static List<String> verwachteDiensten() {
        try {
            String yaml = Files.readString(Path.of("..", "case-service", "src", "main", "resources", "application.yaml"));
            Matcher m = Pattern.compile("diensten: \\$\\{JEUGDLINK_INZAGE_DIENSTEN:([a-z,-]+)}").matcher(yaml);
            assertThat(m.find()).as("jeugdlink.inzage.diensten in the case-service's application.yaml").isTrue();
            Set<String> diensten = new LinkedHashSet<>(List.of(m.group(1).split(",")));
            return List.copyOf(diensten);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
