package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 1 across four services, each its own process from its jar, over the real broker and store
 * and a real SMTP server: referral → screening → casus with its regisseur → no first contact →
 * {@code TermijnOverschreden} on the right working day → e-mail to the teamleider, read back from the
 * SMTP server. The clocks are adjustable ({@code jeugdlink.klok.verstelbaar}): the journey starts on
 * Tuesday 21 April 2026, so the five working days of the first-contact deadline (22, 23, 24, 28, 29
 * April) run over King's Day (Monday 27 April) and end on Wednesday 29 April, not Tuesday 28. Then the case-service is killed
 * mid-stream: nothing is lost and nothing is visibly duplicated.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyIntegrationTest extends AgainstRunningServices {

    private static final Duration PATIENCE = SystemRun.PATIENCE;
    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    /** Passes the elfproef; must never show up outside the intake's encrypted field. */
    private static final String BSN = "123456782";
    private static final List<String> PERSOONLIJK = List.of(BSN, "Sam Voorbeeld", "Anna Voorbeeld", "Stationsweg", "2015-03-02",
            "Spanningen thuis", "verwijzer@sociaalteam-ede.nl");
    /** The family's address and a conversation's summary: in the family's mail, and nowhere readable on the way. */
    private static final String GEZINSADRES = "anna.voorbeeld@example.nl";
    private static final String SAMENVATTING = "Moeder en Sam vertelden hoe het thuis gaat; afspraak: moeder belt deze week de huisarts.";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    // Demo users of the local issuer, known to the notification-service's contact directory.
    private static final String VERWIJZER = "regisseur-ede";
    private static final String GW = "gedragswetenschapper-ede";
    private static final String TEAMLEIDER = "teamleider-ede";
    private static final String PROFESSIONAL = "jeugdlink-professional-ede";
    private static final String REGISSEUR = "regisseur-ede";
    private static final List<String> EDE = List.of("GM0228");
    /** Two care providers (fictitious AGB codes, as the local issuer's demo users). */
    private static final String AGB_EIGEN = "98000011";
    private static final String AGB_ANDER = "98000022";

    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-st-" + run).with("--jeugdlink.klok.verstelbaar=true", klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-st-" + run).with("--jeugdlink.klok.verstelbaar=true", klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-st-" + run)
            .with("--jeugdlink.klok.verstelbaar=true", klok);
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-st-" + run)
            .with("--jeugdlink.klok.verstelbaar=true", klok, "--spring.mail.port=" + smtpPort, "--jeugdlink.notificatie.bezorging.ronde=1s");
    private final ServiceProcess routing = new ServiceProcess("jeugdhulp-routing-service", "routing-st-" + run);
    private final List<ServiceProcess> services = List.of(intake, casus, escalatie, notificatie, routing);

    private String aanmeldingId;
    private String casusId;

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void aReferralIsScreenedBecomesACasusMissesItsFirstContactAndTheTeamleiderIsMailedOnTheRightWorkingDay() throws Exception {
        // 1. The regisseur of the Sociaal Team refers the family (Bijlage 1) with the parents' consent.
        var referral = call("POST", intake, "/api/v1/aanmeldingen", token(VERWIJZER, "regisseur"), referral());
        assertThat(referral.statusCode()).as(referral.body()).isEqualTo(201);
        aanmeldingId = JSON.readTree(referral.body()).get("id").asText();
        casusId = UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
        JsonNode ontvangen = payload(event(IntakeEvents.TOPIC, aanmeldingId, IntakeEvents.AANMELDING_ONTVANGEN.type()));
        assertThat(ontvangen.get("ontvangenOp").asText()).startsWith("2026-04-21T07:");

        // 2. The first-contact clock starts at the referral: five working days, King's Day not counted.
        JsonNode gestart = payload(event(EscalationEvents.TOPIC, aanmeldingId, EscalationEvents.TERMIJN_GESTART.type()));
        assertThat(gestart.get("soort").asText()).isEqualTo("EERSTE_CONTACT");
        assertThat(gestart.get("uiterlijk").asText()).isEqualTo("2026-04-29");

        // 3. Gedragswetenschapper and teamleider screen it and couple a JeugdLink professional.
        var screening = call("POST", intake, "/api/v1/aanmeldingen/" + aanmeldingId + "/screening", token(GW, "gedragswetenschapper"), """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "%s", "teamleiderId": "%s",
                  "koppelingen": [ { "medewerkerId": "%s", "expertise": "VEILIG_THUIS" } ] }
                """.formatted(GW, TEAMLEIDER, PROFESSIONAL));
        assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);
        event(IntakeEvents.TOPIC, aanmeldingId, IntakeEvents.AANMELDING_GESCREEND.type());

        // 4. The case-service opens the casus from the screened referral; the referrer holds the dossier.
        await().atMost(PATIENCE).until(() -> call("GET", casus, "/api/v1/casussen/" + casusId, token(TEAMLEIDER, "teamleider"), null).statusCode() == 200);
        event(CaseEvents.TOPIC, casusId, CaseEvents.CASUS_GEOPEND.type());

        // 5. A Sociaal Team regisseur is coupled and holds regie and dossier from now on.
        var koppeling = call("PUT", casus, "/api/v1/casussen/" + casusId + "/regisseur", token(TEAMLEIDER, "teamleider"),
                "{ \"regisseurId\": \"" + REGISSEUR + "\" }");
        assertThat(koppeling.statusCode()).as(koppeling.body()).isBetween(200, 201);
        JsonNode gekoppeld = payload(event(CaseEvents.TOPIC, casusId, CaseEvents.REGISSEUR_GEKOPPELD.type()));
        assertThat(gekoppeld.get("regisseurId").asText()).isEqualTo(REGISSEUR);

        // 6. No first contact is recorded. On the evening of the last working day the deadline is still open. The deadline
        //    arrives with CasusGeopend at the escalation-service, asynchronously: wait for it before the clock moves (with
        //    its services starting from their AOT caches, the journey reached this step before the escalation had read it).
        await().atMost(PATIENCE).until(() -> eersteContactTermijnen().findFirst().isPresent());
        zetKlok(escalatie, "2026-04-29T21:30:00Z");
        assertThat(eersteContactTermijn().get("status").asText()).isEqualTo("OPEN");

        // 7. At midnight it has passed: TermijnOverschreden, once, on Thursday 30 April.
        zetKlok(escalatie, "2026-04-29T22:00:01Z");
        assertThat(eersteContactTermijn().get("status").asText()).isEqualTo("OVERSCHREDEN");
        var overschreden = event(EscalationEvents.TOPIC, aanmeldingId, EscalationEvents.TERMIJN_OVERSCHREDEN.type());
        JsonNode late = payload(overschreden);
        assertThat(late.get("soort").asText()).isEqualTo("EERSTE_CONTACT");
        assertThat(late.get("uiterlijk").asText()).isEqualTo("2026-04-29");
        assertThat(late.get("werkdagenTeLaat").asInt()).isEqualTo(1);
        assertThat(late.get("casusId").asText()).isEqualTo(casusId);

        // A later sweep (the clock moved on, as after a restart) reports nothing twice.
        zetKlok(escalatie, "2026-05-01T08:00:00Z");
        var alle = kafka.read(EscalationEvents.TOPIC, Duration.ofSeconds(5), rs -> false).stream()
                .filter(r -> aanmeldingId.equals(r.key()) && EscalationEvents.TERMIJN_OVERSCHREDEN.type().equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> KafkaProbe.header(r, "ce_id")).collect(Collectors.toSet());
        assertThat(alle).hasSize(1);

        // 8. The teamleider of Ede reads the e-mail on the SMTP server. He had one about this referral before: as a
        //    screener he was told it arrived, without any of the family's data.
        MimeMessage voorScreening = await().atMost(PATIENCE).until(() -> mailAan(TEAMLEIDER + "@jeugdlink.local", aanmeldingId, "screenen"), m -> m != null);
        assertThat(voorScreening.getSubject() + GreenMailUtil.getBody(voorScreening)).doesNotContain(PERSOONLIJK);
        MimeMessage mail = await().atMost(PATIENCE).until(() -> mailAan(TEAMLEIDER + "@jeugdlink.local", aanmeldingId, "termijn"), m -> m != null);
        String tekst = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject() + tekst).containsIgnoringCase("termijn").contains("29 april");
        assertThat(mail.getSubject() + tekst).doesNotContain(PERSOONLIJK);

        // The referrer heard the referral arrived, the coupled professional of the coupling, the regisseur of the casus.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ontvangersVan(aanmeldingId, casusId))
                .contains(VERWIJZER + "@jeugdlink.local", PROFESSIONAL + "@jeugdlink.local", REGISSEUR + "@jeugdlink.local"));

        // 9. Late, the regisseur meets the family and shares the summary: the mother (custody, an address on the
        //    form) reads it in her mail. Address and summary crossed Kafka only sealed for the notification-service.
        var gesprek = call("POST", casus, "/api/v1/casussen/" + casusId + "/gesprekken", token(REGISSEUR, "regisseur"), """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["%s"], "gezinAanwezig": true, "kindcontacten": [],
                 "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": true, "samenvatting": "%s"}
                """.formatted(START, REGISSEUR, SAMENVATTING));
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        JsonNode gedeeld = payload(event(CaseEvents.TOPIC, casusId, CaseEvents.VERSLAG_GEDEELD_MET_GEZIN.type()));
        assertThat(gedeeld.get("verzegeld").asText()).isNotBlank();
        MimeMessage verslag = await().atMost(PATIENCE).until(() -> mailMet(GEZINSADRES, "huisarts"), m -> m != null);
        assertThat(GreenMailUtil.getBody(verslag).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ")).contains("belt deze week de huisarts");

        // 10. The back office of Ede assigns care to a provider (JW301) in the casus the routing learned from the
        //     case-service's CasusGeopend; that provider reads it by the AGB code in its token, another gets 404.
        String backoffice = token("backoffice-ede", "backoffice");
        String opdracht = """
                {"agbCode": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01", "einddatum": "2026-10-31",
                 "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(AGB_EIGEN);
        // 404 until the routing has taken in the casus (eventual consistency across services): then it assigns.
        var toewijzing = await().atMost(PATIENCE)
                .until(() -> call("POST", routing, "/api/v1/casussen/" + casusId + "/toewijzingen", backoffice, opdracht), r -> r.statusCode() != 404);
        assertThat(toewijzing.statusCode()).as(toewijzing.body()).isEqualTo(201);
        String toewijzingId = JSON.readTree(toewijzing.body()).get("toewijzingId").asText();
        JsonNode toegewezen = payload(event(RoutingEvents.TOPIC, casusId, RoutingEvents.JEUGDHULP_TOEGEWEZEN.type()));
        assertThat(toegewezen.get("agbCode").asText()).isEqualTo(AGB_EIGEN);
        var eigen = call("GET", routing, "/api/v1/toewijzingen/" + toewijzingId, TestIssuer.get().zorgaanbiederToken("za-" + run, AGB_EIGEN), null);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        var ander = call("GET", routing, "/api/v1/toewijzingen/" + toewijzingId, TestIssuer.get().zorgaanbiederToken("zb-" + run, AGB_ANDER), null);
        assertThat(ander.statusCode()).as(ander.body()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void noBsnOrPersonalTextInAnyKafkaMessageLogLineMetricOrMail() throws Exception {
        for (String topic : List.of(IntakeEvents.TOPIC, CaseEvents.TOPIC, EscalationEvents.TOPIC, RoutingEvents.TOPIC)) {
            for (var record : kafka.read(topic, Duration.ofSeconds(3), rs -> false)) {
                String everything = new String(record.value(), StandardCharsets.UTF_8) + record.key() + Arrays.toString(record.headers().toArray());
                assertThat(everything).as(topic).doesNotContain(PERSOONLIJK).doesNotContain(GEZINSADRES, "huisarts");
            }
        }
        for (var service : services) {
            assertThat(java.nio.file.Files.readString(service.log())).as(service.log().toString())
                    .doesNotContain(PERSOONLIJK).doesNotContain(GEZINSADRES, "huisarts");
            assertThat(prometheus(service)).isNotBlank().doesNotContain(PERSOONLIJK).doesNotContain(GEZINSADRES, "huisarts");
        }
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(mail.getSubject() + GreenMailUtil.getBody(mail)).doesNotContain(PERSOONLIJK);
        }
    }

    @Test
    @Order(3)
    void theAuditTrailHoldsEveryAccessOfTheReferralAndVerifies() throws Exception {
        String beheerder = ApiCaller.token("beheerder-ede", "beheerder", EDE);
        var records = call("GET", intake, "/api/v1/audit-records?betreft=" + aanmeldingId, beheerder, null);
        assertThat(records.statusCode()).as(records.body()).isEqualTo(200);
        var acties = JSON.readTree(records.body()).findValuesAsString("actie");
        assertThat(acties).contains("AANMAKEN", "WIJZIGEN");
        // Every service's chain is intact, up to the newest record its external anchor on Kafka names (ADR 0012).
        for (var service : services) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                JsonNode verificatie = JSON.readTree(call("GET", service, "/api/v1/audit-records/verificatie", beheerder, null).body());
                assertThat(verificatie.get("intact").asBoolean()).as(service.log() + ": " + verificatie).isTrue();
                assertThat(verificatie.get("ankerGecontroleerd").asBoolean()).as(verificatie.toString()).isTrue();
                assertThat(verificatie.get("ankerSeq").asLong()).as(verificatie.toString()).isPositive();
            });
        }
        // The care provider's look at its toewijzing, and the other provider's refused one, are in the routing's trail.
        var routingRecords = JSON.readTree(call("GET", routing, "/api/v1/audit-records?betreft=" + casusId, beheerder, null).body());
        assertThat(routingRecords.valueStream().map(r -> r.get("resultaat").asText() + " " + r.get("categorie").asText()))
                .contains("TOEGESTAAN toewijzing", "GEWEIGERD toewijzing");
    }

    @Test
    @Order(4)
    void theSeedsMonitoringFiguresAreMetrics() throws Exception {
        // The counters exist from the start at 0 (CountersFromZero): the journey's referral shows as a count above 0.
        assertThat(prometheus(intake)).containsPattern("(?m)^jeugdlink_aanmeldingen_ontvangen_total\\{[^}]*verwijzer=\"SOCIAAL_TEAM\"[^}]*} [1-9]")
                .containsPattern("(?m)^jeugdlink_aanmeldingen_problematiek_total\\{[^}]*} [1-9]")
                .contains("jeugdlink_aanmeldingen_kinderen", "jeugdlink_screening_gekoppelde_professionals");
        assertThat(prometheus(escalatie)).contains("jeugdlink_termijnen");
    }

    @Test
    @Order(5)
    void killingTheCaseServiceMidStreamLosesNothingAndDuplicatesNothingVisible() throws Exception {
        List<String> aanmeldingen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String verwijzer = "st-crash-" + run + "-" + i;
            var response = call("POST", intake, "/api/v1/aanmeldingen", token(verwijzer, "regisseur"), referral().replace(VERWIJZER, verwijzer));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String id = JSON.readTree(response.body()).get("id").asText();
            var screening = call("POST", intake, "/api/v1/aanmeldingen/" + id + "/screening", token(GW, "gedragswetenschapper"), """
                    { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "%s", "teamleiderId": "%s",
                      "koppelingen": [ { "medewerkerId": "vt-crash", "expertise": "VEILIG_THUIS" } ] }
                    """.formatted(GW, TEAMLEIDER));
            assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);
            aanmeldingen.add(id);
            if (i == 10) {
                casus.kill();
            }
        }
        casus.start(true).awaitHealthy(Duration.ofMinutes(2));

        Set<String> casusIds = aanmeldingen.stream()
                .map(id -> UUID.nameUUIDFromBytes(("casus:" + id).getBytes(StandardCharsets.UTF_8)).toString()).collect(Collectors.toSet());
        String lezer = token(TEAMLEIDER, "teamleider");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                .until(() -> casusIds.stream().allMatch(id -> call("GET", casus, "/api/v1/casussen/" + id, lezer, null).statusCode() == 200));
        // A relay that crashed between publishing and removal may publish the same event again (same id);
        // what must never happen is a second, different CasusGeopend for one casus.
        Map<String, Set<String>> eventIdsPerCasus = kafka.read(CaseEvents.TOPIC, Duration.ofSeconds(5), rs -> false).stream()
                .filter(r -> casusIds.contains(r.key()) && CaseEvents.CASUS_GEOPEND.type().equals(KafkaProbe.header(r, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.mapping(r -> KafkaProbe.header(r, "ce_id"), Collectors.toSet())));
        assertThat(eventIdsPerCasus).hasSize(casusIds.size());
        assertThat(eventIdsPerCasus.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    // --- helpers ---

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }

    private JsonNode eersteContactTermijn() throws Exception {
        return eersteContactTermijnen().findFirst().orElseThrow();
    }

    private java.util.stream.Stream<JsonNode> eersteContactTermijnen() throws Exception {
        var response = call("GET", escalatie, "/api/v1/termijnen?casusId=" + casusId, token(TEAMLEIDER, "teamleider"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode lijst = body.isArray() ? body : body.path("termijnen");
        return lijst.valueStream().filter(t -> "EERSTE_CONTACT".equals(t.get("soort").asText()));
    }

    private static void zetKlok(ServiceProcess service, String tijdstip) {
        SystemRun.zetKlok(service, tijdstip);
    }

    private ConsumerRecord<String, byte[]> event(String topic, String key, String type) {
        return SystemRun.event(kafka, topic, key, type);
    }

    private static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        return SystemRun.payload(record);
    }

    /** The first mail to {@code adres} about {@code over} whose subject or text also holds {@code ook} (ignoring case). */
    private MimeMessage mailAan(String adres, String over, String ook) throws Exception {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String inhoud = mail.getSubject() + GreenMailUtil.getBody(mail);
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().contains(adres))
                    && inhoud.contains(over.substring(0, 8)) && inhoud.toLowerCase(java.util.Locale.ROOT).contains(ook)) {
                return mail;
            }
        }
        return null;
    }

    private MimeMessage mailMet(String adres, String tekst) throws Exception {
        return SystemRun.mailMet(smtp, adres, tekst);
    }

    private List<String> ontvangersVan(String... referenties) throws Exception {
        List<String> ontvangers = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            String tekst = mail.getSubject() + GreenMailUtil.getBody(mail);
            if (Arrays.stream(referenties).anyMatch(r -> tekst.contains(r.substring(0, 8)))) {
                Arrays.stream(mail.getAllRecipients()).map(Object::toString).forEach(ontvangers::add);
            }
        }
        return ontvangers;
    }

    private static String prometheus(ServiceProcess service) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpResponse<String> call(String method, ServiceProcess service, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static String referral() {
        return """
                {
                  "gemeenteCode": "GM0228",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "SOCIAAL_TEAM", "medewerkerId": "%s", "naam": "Jet Verwijzer", "telefoon": "0318 680 000",
                                 "email": "verwijzer@sociaalteam-ede.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-04-20", "vastgelegdDoor": "%s" },
                  "minderjarigen": [
                    { "naam": "Sam Voorbeeld", "bsn": "%s", "geboortedatum": "2015-03-02",
                      "adres": { "straat": "Stationsweg", "huisnummer": "12", "postcode": "6711 AB", "woonplaats": "Ede" } }
                  ],
                  "gezinsleden": [ { "relatie": "BIOLOGISCHE_MOEDER", "naam": "Anna Voorbeeld", "telefoon": "06 12345678",
                                     "email": "%s", "gezag": true } ],
                  "verblijftBij": "moeder",
                  "jeugdlink": {
                    "zorgen": "Spanningen thuis na de scheiding.",
                    "huiselijkGeweldOfKindermishandeling": true,
                    "verwachting": "Samen met Veilig Thuis de veiligheid herstellen."
                  },
                  "problematiek": ["COMPLEXE_SCHEIDING", "HUISELIJK_GEWELD"],
                  "vraag": "Graag expertise van Veilig Thuis bij het gezin."
                }
                """.formatted(VERWIJZER, VERWIJZER, BSN, GEZINSADRES);
    }
}
