package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Issue 15's judging list where the journey's own classes leave a gap (EscalatieJourneyIntegrationTest,
 * EscalatieOpgeschorteCasusIntegrationTest), over the running intake, case, escalation and notification services:
 * <ul>
 * <li>a suspended casus: <em>every</em> deadline of it (the first contact, the step's term and the minutes' term) stands still and
 * moves by exactly the suspended working days;</li>
 * <li>minutes approved: an objection needs its reason and is overruled by the participant's later approval; the approval is an
 * event and meets the minutes' term;</li>
 * <li>the family informed afterwards, with the explanation kept here and out of the letter, which says what has happened;</li>
 * <li>step 3 by a manager with the civil service involved (without it refused), its term for the municipal contact;</li>
 * <li>the learning report's figures - how many, how resolved, how long in working and calendar days - are those of the steps run
 * here, whose durations the escalation-service's clock made (King's Day not counted); the municipality's own contact reads the
 * same report (issue 15 with seed 002 B6: the municipality evaluates yearly), another municipality's does not.</li>
 * </ul>
 * The methods run in order: the escalation-service's clock only moves forward.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalatieBeoordelingIntegrationTest extends AgainstRunningServices {

    private static final Duration PATIENCE = SystemRun.PATIENCE;
    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String REGISSEUR = "regisseur-ede";
    private static final String PROFESSIONAL = "jeugdlink-professional-ede";
    private static final String GW = "gedragswetenschapper-ede";
    private static final String TEAMLEIDER = "teamleider-ede";
    /** The mother's address on the referral of SystemRun.aanmelding. */
    private static final String MOEDER = "anna.voorbeeld@example.nl";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-beo-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-beo-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-beo-" + run).with(verstelbaar, klok);
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-beo-" + run)
            .with(verstelbaar, klok, "--spring.mail.port=" + smtpPort, "--jeugdlink.notificatie.bezorging.ronde=1s");
    private final List<ServiceProcess> services = List.of(intake, casus, escalatie, notificatie);
    /** The escalation-service's day in Ede: the start's, then as {@link #zetKlok} moved it. */
    private String vandaag = "2026-04-21";

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void everyDeadlineOfASuspendedCasusMovesByTheWorkingDaysItStoodStill() {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-beo-1-" + run);
        String pad = pad(c, open(c, 3, PROFESSIONAL, "jeugdlink-professional"));
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", PROFESSIONAL, "jeugdlink-professional").statusCode()).isEqualTo(201);
        verslag(pad, 2, List.of(PROFESSIONAL, TEAMLEIDER));

        // The first contact (5 working days from the referral, King's Day not counted), the step-2 term (two weeks) and the
        // minutes' term (5 working days from the meeting): all the casus's deadlines.
        Map<String, String> voor = await().atMost(PATIENCE).until(() -> termijnen(c, "OPEN"), t -> t.size() == 3);
        assertThat(voor).containsExactlyInAnyOrderEntriesOf(Map.of(
                "EERSTE_CONTACT", "2026-04-29", "ESCALATIE_STAP_2", "2026-05-05", "ESCALATIE_VERSLAG", "2026-04-29"));

        var opgeschort = post("/api/v1/casussen/" + c.casusId() + "/termijnen/opschorting",
                "{\"reden\": \"Het gezin verblijft drie dagen buiten de regio\"}", TEAMLEIDER, "teamleider");
        assertThat(opgeschort.statusCode()).as(opgeschort.body()).isEqualTo(200);
        assertThat(termijnen(c, "OPGESCHORT")).as("every deadline of the casus stands still").isEqualTo(voor);
        assertThat(termijnen(c, "OPEN")).isEmpty();

        // Resumed on Friday 24 April: Wednesday, Thursday and Friday stood still, so each last day moves three working days on
        // (29 April -> 4 May over the weekend; 5 May -> 8 May).
        zetKlok("2026-04-24");
        var hervat = post("/api/v1/casussen/" + c.casusId() + "/termijnen/hervatting", "{\"reden\": \"Het gezin is terug\"}",
                TEAMLEIDER, "teamleider");
        assertThat(hervat.statusCode()).as(hervat.body()).isEqualTo(200);
        assertThat(termijnen(c, "OPGESCHORT")).isEmpty();
        assertThat(termijnen(c, "OPEN")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "EERSTE_CONTACT", "2026-05-04", "ESCALATIE_STAP_2", "2026-05-08", "ESCALATIE_VERSLAG", "2026-05-04"));
    }

    @Test
    @Order(2)
    void aDilemmasMinutesAreApprovedOverAnObjectionAndItsStepsTakeTheirWorkingDays() {
        // Friday 24 April, 10:00 (the clock the first method left).
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-beo-2-" + run);
        String pad = pad(c, open(c, 1, REGISSEUR, "regisseur"));
        assertThat(post(pad + "/stappen", "{\"stap\": 1}", REGISSEUR, "regisseur").statusCode()).isEqualTo(201);
        String verslagId = verslag(pad, 1, List.of(REGISSEUR, GW));

        // An objection says why; without a reason it is refused, naming the field.
        var zonderReden = post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": false}", GW, "gedragswetenschapper");
        assertThat(zonderReden.statusCode()).as(zonderReden.body()).isEqualTo(400);
        assertThat(JSON.readTree(zonderReden.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("toelichting");
        assertThat(reageer(pad, verslagId, REGISSEUR, "regisseur", "{\"akkoord\": true}").path("goedgekeurd").asBoolean()).isFalse();
        JsonNode bezwaar = reageer(pad, verslagId, GW, "gedragswetenschapper",
                "{\"akkoord\": false, \"toelichting\": \"Mijn advies over de gezinsvoogdij ontbreekt.\"}");
        assertThat(bezwaar.path("goedgekeurd").asBoolean()).isFalse();
        // The participant's latest reaction counts: the approval after the objection approves the minutes.
        JsonNode goedgekeurd = reageer(pad, verslagId, GW, "gedragswetenschapper", "{\"akkoord\": true}");
        assertThat(goedgekeurd.path("goedgekeurd").asBoolean()).as(goedgekeurd.toString()).isTrue();
        assertThat(goedgekeurd.path("reacties").valueStream().map(r -> r.path("deelnemer").asString() + "=" + r.path("akkoord").asBoolean()))
                .containsExactlyInAnyOrder(REGISSEUR + "=true", GW + "=true");
        var nogmaals = post(pad + "/verslagen/" + verslagId + "/reacties", "{\"akkoord\": true}", REGISSEUR, "regisseur");
        assertThat(JSON.readTree(nogmaals.body()).path("regel").asString()).isEqualTo("al-goedgekeurd");

        // The approval is an event (ids and codes, no text) and meets the minutes' term.
        JsonNode event = payload(c.aanmeldingId(), EscalationEvents.ESCALATIEVERSLAG_GOEDGEKEURD, "verslagId", verslagId);
        assertThat(event.path("stap").asInt()).isEqualTo(1);
        assertThat(event.toString()).doesNotContain("gezinsvoogdij", "Overleg over");
        assertThat(payload(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "onderwerpId", verslagId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");

        // Step 1 ends escalated on Tuesday 28 April (after the weekend and King's Day: 1 working day, 4 days) ...
        zetKlok("2026-04-28");
        assertThat(post(pad + "/stappen/1/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", GW, "gedragswetenschapper").statusCode()).isEqualTo(200);
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", GW, "gedragswetenschapper").statusCode()).isEqualTo(201);
        String tweede = verslag(pad, 2, List.of(TEAMLEIDER, REGISSEUR));
        reageer(pad, tweede, TEAMLEIDER, "teamleider", "{\"akkoord\": true}");
        assertThat(reageer(pad, tweede, REGISSEUR, "regisseur", "{\"akkoord\": true}").path("goedgekeurd").asBoolean()).isTrue();
        // ... step 2 is resolved on Friday 1 May (3 working days, 3 days).
        zetKlok("2026-05-01");
        var opgelost = post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"OPGELOST\"}", TEAMLEIDER, "teamleider");
        assertThat(opgelost.statusCode()).as(opgelost.body()).isEqualTo(200);
        assertThat(JSON.readTree(opgelost.body()).path("stand").asString()).isEqualTo("OPGELOST");
    }

    @Test
    @Order(3)
    void theFamilyInformedAfterwardsAndAStepThreeByAManagerWithTheCivilService() throws Exception {
        // Friday 1 May.
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-beo-3-" + run);
        String pad = pad(c, open(c, 2, PROFESSIONAL, "jeugdlink-professional"));
        assertThat(post(pad + "/stappen", "{\"stap\": 2}", PROFESSIONAL, "jeugdlink-professional").statusCode()).isEqualTo(201);

        // Afterwards only with the explanation given to the family; the explanation stays with the escalation.
        var zonderUitleg = post(pad + "/gezinsinformatie", "{\"moment\": \"ACHTERAF\"}", PROFESSIONAL, "jeugdlink-professional");
        assertThat(zonderUitleg.statusCode()).as(zonderUitleg.body()).isEqualTo(400);
        assertThat(JSON.readTree(zonderUitleg.body()).path("invalidParams").get(0).path("name").asString()).isEqualTo("uitleg");
        String uitleg = "Telefonisch uitgelegd aan moeder dat de leidinggevenden nu meekijken.";
        var achteraf = post(pad + "/gezinsinformatie", "{\"moment\": \"ACHTERAF\", \"uitleg\": \"" + uitleg + "\"}", PROFESSIONAL,
                "jeugdlink-professional");
        assertThat(achteraf.statusCode()).as(achteraf.body()).isEqualTo(201);
        assertThat(JSON.readTree(achteraf.body()).path("gezin").get(0).path("uitleg").asString()).isEqualTo(uitleg);
        JsonNode gezin = SystemRun.payload(SystemRun.event(kafka, EscalationEvents.TOPIC, c.aanmeldingId(),
                EscalationEvents.GEZIN_GEINFORMEERD_OVER_ESCALATIE.type()));
        assertThat(gezin.path("moment").asString()).isEqualTo("ACHTERAF");
        assertThat(gezin.path("aanZet").asString()).isEqualTo("LEIDINGGEVENDEN");
        assertThat(gezin.toString()).doesNotContain("Telefonisch");
        // The mother reads what has happened, in plain words, without the explanation's text or any id.
        MimeMessage brief = await().atMost(PATIENCE).until(() -> SystemRun.mailMet(smtp, MOEDER, "hebben de professionals dit voorgelegd"),
                m -> m != null);
        assertThat(SystemRun.tekst(brief)).contains("De samenwerking gaat niet zoals het is afgesproken.",
                "Daarom hebben de professionals dit voorgelegd aan hun leidinggevenden of directeuren.")
                .doesNotContain(uitleg, c.aanmeldingId(), c.casusId(), "Sam Voorbeeld", "ACHTERAF", "LEIDINGGEVENDEN");

        String tweede = verslag(pad, 2, List.of(PROFESSIONAL, TEAMLEIDER));
        reageer(pad, tweede, PROFESSIONAL, "jeugdlink-professional", "{\"akkoord\": true}");
        reageer(pad, tweede, TEAMLEIDER, "teamleider", "{\"akkoord\": true}");
        assertThat(post(pad + "/stappen/2/afronding", "{\"uitkomst\": \"GEESCALEERD\"}", TEAMLEIDER, "teamleider").statusCode()).isEqualTo(200);

        // Step 3 is the manager's, and only with the civil service involved.
        var zonderAmbtelijk = post(pad + "/stappen", "{\"stap\": 3}", TEAMLEIDER, "teamleider");
        assertThat(zonderAmbtelijk.statusCode()).as(zonderAmbtelijk.body()).isEqualTo(409);
        assertThat(JSON.readTree(zonderAmbtelijk.body()).path("regel").asString()).isEqualTo("ambtelijke-laag");
        var stapDrie = post(pad + "/stappen", "{\"stap\": 3, \"ambtelijkBetrokken\": true}", TEAMLEIDER, "teamleider");
        assertThat(stapDrie.statusCode()).as(stapDrie.body()).isEqualTo(201);
        String derde = verslag(pad, 3, List.of(TEAMLEIDER));
        assertThat(reageer(pad, derde, TEAMLEIDER, "teamleider", "{\"akkoord\": true}").path("goedgekeurd").asBoolean()).isTrue();

        // Its term: one week, for the municipality's own contact.
        JsonNode termijn = payload(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "soort", "ESCALATIE_STAP_3");
        assertThat(termijn.path("uiterlijk").asString()).isEqualTo("2026-05-08");
        assertThat(termijn.path("betreftRol").asString()).isEqualTo("GEMEENTELIJK_CONTACTPERSOON");
        assertThat(termijn.path("betreftOrganisatie").asString()).isEqualTo("GM0228");
    }

    @Test
    @Order(4)
    void theLearningReportsFiguresAreThoseOfTheStepsRunHere() {
        var rapport = new ApiCaller(escalatie.baseUrl()).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0228&van=2026-01-01&tot=2027-01-01",
                token(TEAMLEIDER, "teamleider"));
        assertThat(rapport.statusCode()).as(rapport.body()).isEqualTo(200);
        Map<String, JsonNode> rijen = new LinkedHashMap<>();
        JSON.readTree(rapport.body()).path("rijen").forEach(r -> rijen.put(r.path("situatie").asInt() + "." + r.path("stap").asInt(), r));
        // The suspended casus's step 2 has minutes not approved: not in the report. The others, in order of situation and step.
        assertThat(rijen.keySet()).as(rapport.body()).containsExactly("1.1", "1.2", "2.2", "2.3");
        rij(rijen.get("1.1"), 1, 0, 1, 0);
        assertThat(rijen.get("1.1").path("gemiddeldeWerkdagen").asDouble()).isEqualTo(1.0);
        assertThat(rijen.get("1.1").path("gemiddeldeDagen").asDouble()).isCloseTo(4.0, within(0.05));
        rij(rijen.get("1.2"), 1, 1, 0, 0);
        assertThat(rijen.get("1.2").path("gemiddeldeWerkdagen").asDouble()).isEqualTo(3.0);
        assertThat(rijen.get("1.2").path("gemiddeldeDagen").asDouble()).isCloseTo(3.0, within(0.05));
        rij(rijen.get("2.2"), 1, 0, 1, 0);
        assertThat(rijen.get("2.2").path("gemiddeldeWerkdagen").asDouble()).isZero();
        assertThat(rijen.get("2.2").path("gemiddeldeDagen").asDouble()).isCloseTo(0.0, within(0.05));
        // Step 3 runs on: counted as running, with no duration yet.
        rij(rijen.get("2.3"), 1, 0, 0, 1);
        assertThat(rijen.get("2.3").path("gemiddeldeWerkdagen").isNumber()).as(rijen.get("2.3").toString()).isFalse();

        // The municipality's own contact evaluates the model yearly (seed 002 B6): the same report, for its municipality only.
        var gemeente = new ApiCaller(escalatie.baseUrl()).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0228&van=2026-01-01&tot=2027-01-01",
                token("gemeentelijk-contactpersoon-ede", "gemeentelijk-contactpersoon"));
        assertThat(gemeente.statusCode()).as(gemeente.body()).isEqualTo(200);
        assertThat(JSON.readTree(gemeente.body()).path("rijen")).isEqualTo(JSON.readTree(rapport.body()).path("rijen"));
        assertThat(new ApiCaller(escalatie.baseUrl()).get("/api/v1/escalatie-leerverslagen?gemeenteCode=GM0228",
                ApiCaller.token("gemeentelijk-contactpersoon-veenendaal", "gemeentelijk-contactpersoon", List.of("GM0345"))).statusCode())
                .isEqualTo(403);
    }

    // --- helpers ---

    private static void rij(JsonNode rij, int aantal, int opgelost, int geescaleerd, int lopend) {
        assertThat(List.of(rij.path("aantal").asInt(), rij.path("opgelost").asInt(), rij.path("geescaleerd").asInt(), rij.path("lopend").asInt()))
                .as(rij.toString()).containsExactly(aantal, opgelost, geescaleerd, lopend);
    }

    private String open(Casus c, int situatie, String wie, String rol) {
        // Until the escalation-service has learned the casus from the case-service, it is 404.
        var geopend = await().atMost(PATIENCE).until(() -> post("/api/v1/casussen/" + c.casusId() + "/escalaties",
                "{\"situatie\": " + situatie + ", \"partijen\": [\"LOKAAL_TEAM\", \"ZORGAANBIEDER\"]}", wie, rol), r -> r.statusCode() != 404);
        assertThat(geopend.statusCode()).as(geopend.body()).isEqualTo(201);
        return JSON.readTree(geopend.body()).path("escalatieId").asString();
    }

    private static String pad(Casus c, String escalatieId) {
        return "/api/v1/casussen/" + c.casusId() + "/escalaties/" + escalatieId;
    }

    /** Minutes of this step's meeting (on the escalation-service's day), sent to the participants: their id. */
    private String verslag(String pad, int stap, List<String> deelnemers) {
        String namen = String.join("\", \"", deelnemers);
        var verslag = post(pad + "/verslagen", """
                {"stap": %d, "vergaderdOp": "%s", "deelnemers": ["%s"], "tekst": "Overleg over de volgende stap."}"""
                .formatted(stap, vandaag, namen), deelnemers.getFirst(), rol(deelnemers.getFirst()));
        assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        JsonNode verslagen = JSON.readTree(verslag.body()).path("verslagen");
        return verslagen.get(verslagen.size() - 1).path("verslagId").asString();
    }

    /** Moves the escalation-service's clock to 08:00 UTC of this day (10:00 in Ede, well inside it). */
    private void zetKlok(String dag) {
        SystemRun.zetKlok(escalatie, dag + "T08:00:00Z");
        vandaag = dag;
    }

    private JsonNode reageer(String pad, String verslagId, String wie, String rol, String json) {
        var reactie = post(pad + "/verslagen/" + verslagId + "/reacties", json, wie, rol);
        assertThat(reactie.statusCode()).as(reactie.body()).isEqualTo(201);
        JsonNode verslagen = JSON.readTree(reactie.body()).path("verslagen");
        return verslagen.valueStream().filter(v -> v.path("verslagId").asString().equals(verslagId)).findFirst().orElseThrow();
    }

    /** The casus's deadlines in this status, kind to last day. */
    private Map<String, String> termijnen(Casus c, String status) {
        HttpResponse<String> lijst = new ApiCaller(escalatie.baseUrl()).get("/api/v1/termijnen?casusId=" + c.casusId() + "&status=" + status,
                token(TEAMLEIDER, "teamleider"));
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        Map<String, String> perSoort = new LinkedHashMap<>();
        JSON.readTree(lijst.body()).path("termijnen").forEach(t -> perSoort.put(t.path("soort").asString(), t.path("uiterlijk").asString()));
        return perSoort;
    }

    private HttpResponse<String> post(String pad, String json, String wie, String rol) {
        return new ApiCaller(escalatie.baseUrl()).post(pad, json, token(wie, rol));
    }

    /** The payload of the event of this type about the referral whose field has this value, waiting for it. */
    private JsonNode payload(String aanmeldingId, EventType type, String veld, String waarde) {
        var found = kafka.read(EscalationEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> is(r, aanmeldingId, type, veld, waarde))).stream()
                .filter(r -> is(r, aanmeldingId, type, veld, waarde)).toList();
        assertThat(found).as(type.type() + " " + veld + "=" + waarde + " about " + aanmeldingId).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean is(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String veld, String waarde) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && waarde.equals(JSON.readTree(r.value()).path(veld).asString());
    }

    private static String rol(String medewerker) {
        return medewerker.equals(TEAMLEIDER) ? "teamleider" : medewerker.equals(GW) ? "gedragswetenschapper"
                : medewerker.equals(PROFESSIONAL) ? "jeugdlink-professional" : "regisseur";
    }

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }
}
