package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.systemtest.SystemRun.Casus;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 5 (issue 15) over the running intake, case and escalation services, each its own process: casussen of Ede are opened
 * as in journey 1, and their professionals escalate stalled cooperation by the model of seed 002 Bouwsteen 6. A professional
 * dilemma goes through step 1 (behavioural scientists) and step 2 (managers), the family informed beforehand, each meeting's
 * minutes approved by its participants; the step terms start as deadlines (ESCALATIE_STAP_1: 10 working days across King's Day).
 * Worrying conduct starts at step 2; step 1 is refused for it, and step 3 taken by a professional is refused with the reason.
 * The learning report's figures are those of the escalations run here (the store is this run's own). The family's letter about the
 * escalation reaches the mother's mailbox through the notification-service (issue 15).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalatieJourneyIntegrationTest extends AgainstRunningServices {

    private static final Duration PATIENCE = SystemRun.PATIENCE;
    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String REGISSEUR = "regisseur-ede";
    private static final String GW = "gedragswetenschapper-ede";
    private static final String TEAMLEIDER = "teamleider-ede";
    /** The mother's address on the referral of SystemRun.aanmelding. */
    private static final String MOEDER = "anna.voorbeeld@example.nl";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-esc-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-esc-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-esc-" + run).with(verstelbaar, klok);
    /** Mails the family that the professionals escalate, to the mother's address on the referral (SystemRun.aanmelding). */
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-esc-" + run)
            .with(verstelbaar, klok, "--spring.mail.port=" + smtpPort, "--jeugdlink.notificatie.bezorging.ronde=1s");
    private final List<ServiceProcess> services = List.of(intake, casus, escalatie, notificatie);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void aDilemmaGoesThroughStepsOneAndTwoWithItsMinutesApproved() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-esc-1-" + run);
        String pad = "/api/v1/casussen/" + c.casusId() + "/escalaties/" + open(c, 1);

        assertThat(post(pad + "/stappen", "{\"stap\": 1}", REGISSEUR, "regisseur").statusCode()).isEqualTo(201);
        assertThat(post(pad + "/gezinsinformatie", "{\"moment\": \"VOORAF\"}", REGISSEUR, "regisseur").statusCode()).isEqualTo(201);
        keurGoed(pad, 1, List.of(REGISSEUR, GW), List.of("regisseur", "gedragswetenschapper"));
        assertThat(post(pad + "/stappen/1/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", GW, "gedragswetenschapper").statusCode()).isEqualTo(200);
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", GW, "gedragswetenschapper").statusCode()).isEqualTo(201);
        keurGoed(pad, 2, List.of(TEAMLEIDER, REGISSEUR), List.of("teamleider", "regisseur"));
        var opgelost = post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"OPGELOST\"}", TEAMLEIDER, "teamleider");
        assertThat(opgelost.statusCode()).as(opgelost.body()).isEqualTo(200);
        assertThat(JSON.readTree(opgelost.body()).path("stand").asString()).isEqualTo("OPGELOST");

        // The family's notification has what it needs, and nothing personal: situation, step, who is at work, beforehand.
        JsonNode gezin = SystemRun.payload(SystemRun.event(kafka, EscalationEvents.TOPIC, c.aanmeldingId(),
                EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE.type()));
        assertThat(gezin.path("situatie").asInt()).isEqualTo(1);
        assertThat(gezin.path("aanZet").asString()).isEqualTo("GEDRAGSWETENSCHAPPERS");
        assertThat(gezin.path("moment").asString()).isEqualTo("VOORAF");
        // ... and the mother reads it in her mail, in words of the situation and the step, without the family's data.
        MimeMessage brief = await().atMost(PATIENCE).until(() -> SystemRun.mailMet(smtp, MOEDER, "gaan de professionals dit voorleggen"),
                m -> m != null);
        assertThat(SystemRun.tekst(brief)).contains("Beste ouder of verzorger",
                "Zij denken verschillend over wat de beste volgende stap is voor uw gezin.",
                "Daarom gaan de professionals dit voorleggen aan de gedragswetenschappers van hun organisaties.")
                .doesNotContain(c.aanmeldingId(), c.casusId(), "Sam Voorbeeld", "123456782", "GEDRAGSWETENSCHAPPERS", "VOORAF");
        assertThat(brief.getAllRecipients()).as("one letter per parent").hasSize(1);

        // Step 1's term: 10 working days from Tuesday 21 April, King's Day (27 April) not counted; met when the step ended.
        JsonNode gestart = termijnEvent(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ESCALATIE_STAP_1");
        assertThat(gestart.path("uiterlijk").asString()).isEqualTo("2026-05-06");
        assertThat(gestart.path("betreftRol").asString()).isEqualTo("GEDRAGSWETENSCHAPPER");
        assertThat(termijnEvent(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "ESCALATIE_STAP_2").path("uitkomst").asString())
                .isEqualTo("GEHAALD");
        assertThat(termijnEvent(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ESCALATIE_VERSLAG").path("betreftRol").asString())
                .isEqualTo("ESCALATIE_DEELNEMERS");
    }

    @Test
    @Order(2)
    void worryingConductStartsAtStepTwoAndStepThreeByAProfessionalIsRefused() {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-esc-2-" + run);
        String pad = "/api/v1/casussen/" + c.casusId() + "/escalaties/" + open(c, 3);

        var stapEen = post(pad + "/stappen", "{\"stap\": 1}", REGISSEUR, "regisseur");
        assertThat(stapEen.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stapEen.body()).path("regel").asString()).isEqualTo("stap-1-alleen-bij-dilemma");
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", "jeugdlink-professional-ede", "jeugdlink-professional").statusCode()).isEqualTo(201);
        assertThat(post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", TEAMLEIDER, "teamleider").statusCode()).isEqualTo(200);

        var stapDrie = post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", REGISSEUR, "regisseur");
        assertThat(stapDrie.statusCode()).isEqualTo(403);
        assertThat(stapDrie.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(JSON.readTree(stapDrie.body()).path("detail").asString()).contains("Stap 3").contains("manager of directeur");
    }

    @Test
    @Order(3)
    void theLearningReportCountsWhatRanHere() {
        var rapport = new ApiCaller(escalatie.baseUrl()).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0228&van=2026-01-01&tot=2027-01-01",
                token(TEAMLEIDER, "teamleider"));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(200);
        JsonNode rijen = JSON.readTree(rapport.body()).path("rijen");
        // Only the dilemma's two steps had approved minutes; the worrying conduct's step 2 had none.
        assertThat(rijen.size()).as(rapport.body()).isEqualTo(2);
        assertThat(rijen.get(0).path("situatie").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).path("stap").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).path("aantal").asInt()).isEqualTo(1);
        assertThat(rijen.get(0).path("geescaleerd").asInt()).isEqualTo(1);
        assertThat(rijen.get(1).path("stap").asInt()).isEqualTo(2);
        assertThat(rijen.get(1).path("opgelost").asInt()).isEqualTo(1);
        assertThat(rijen.get(1).path("gemiddeldeWerkdagen").asDouble()).isZero();
    }

    // --- helpers ---

    private String open(Casus c, int situatie) {
        // Until the escalation-service has learned the casus from the case-service, it is 404.
        var geopend = await().atMost(PATIENCE).until(() -> post("/api/v1/casussen/" + c.casusId() + "/escalaties",
                "{\"situatie\": " + situatie + ", \"partijen\": [\"LOKAAL_TEAM\", \"VEILIG_THUIS\"]}", REGISSEUR, "regisseur"),
                r -> r.statusCode() != 404);
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        return JSON.readTree(geopend.body()).path("escalatieId").asString();
    }

    /** Minutes of this step's meeting, approved by each participant. */
    private void keurGoed(String pad, int stap, List<String> deelnemers, List<String> rollen) {
        var verslag = post(pad + "/verslagen", """
                {"stap": %d, "vergaderdOp": "2026-04-21", "deelnemers": ["%s", "%s"], "tekst": "Overleg over de volgende stap."}"""
                .formatted(stap, deelnemers.get(0), deelnemers.get(1)), REGISSEUR, "regisseur");
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        JsonNode verslagen = JSON.readTree(verslag.body()).path("verslagen");
        String verslagId = verslagen.get(verslagen.size() - 1).path("verslagId").asString();
        for (int i = 0; i < deelnemers.size(); i++) {
            var reactie = post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": true}", deelnemers.get(i), rollen.get(i));
            assertThat(reactie.statusCode()).as(reactie.body()).isEqualTo(201);
        }
    }

    private HttpResponse<String> post(String pad, String json, String wie, String rol) {
        return new ApiCaller(escalatie.baseUrl()).post(pad, json, token(wie, rol));
    }

    /** The first such deadline event of the traject (the dilemma's two meetings each have a minutes deadline). */
    private JsonNode termijnEvent(String aanmeldingId, EventType type, String soort) {
        var found = kafka.read(EscalationEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> isTermijn(r, aanmeldingId, type, soort))).stream()
                .filter(r -> isTermijn(r, aanmeldingId, type, soort)).toList();
        assertThat(found).as(type.type() + " " + soort + " about " + aanmeldingId).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isTermijn(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }


}
