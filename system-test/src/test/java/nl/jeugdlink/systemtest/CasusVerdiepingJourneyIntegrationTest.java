package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.casus.GezinsfeedbackGevraagd;
import nl.jeugdlink.platform.crypto.Sealing;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.HeadlessChromium;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journey 2, the casus in depth, over the running intake-, case- and escalation-service (each its own process from its
 * jar, real broker and store): the casus opened from a screened referral shows on its regisseur's worklist and its
 * teamleider's team list; a safety plan in two versions with the child's safety moving 3 -> 6 (the series and the
 * published scores); two evaluations with their minutes, whose deadlines the escalation-service sees met; a warm handover to a second regisseur after a joint meeting with the family; closure "doelen behaald" with the
 * Bijlage 4 form, refused before the GW was involved.
 *
 * The referral is first found on the screeners' worklist at the intake; the family, present at the joint meeting of the
 * handover, answers the feedback page of its sealed personal link in headless Chromium (over HTTP where no Chromium is
 * installed and CI does not require it).
 */
class CasusVerdiepingJourneyIntegrationTest extends AgainstRunningServices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String REGISSEUR = "regisseur-ede";
    private static final String OPVOLGER = "regisseur-ede-2";
    private static final String TEAMLEIDER = "teamleider-ede";
    private static final String GW = "gedragswetenschapper-ede";

    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-vd-" + run);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-vd-" + run);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-vd-" + run);
    private final List<ServiceProcess> services = List.of(intake, casus, escalatie);

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    void aCasusIsListedGetsASafetyPlanInTwoVersionsIsHandedOverWarmlyAndClosedWithTheClosureForm() throws Exception {
        // 1. Referral; the screeners find it on their worklist of referrals waiting for screening (the intake's); screening,
        //    casus opened, regisseur coupled (journey 1's start); then it waits no more.
        String aanmeldingId = SystemRun.aangemeld(intake, REGISSEUR);
        assertThat(wachtend(token(GW, "gedragswetenschapper"))).contains(aanmeldingId);
        assertThat(wachtend(token(TEAMLEIDER, "teamleider"))).contains(aanmeldingId);
        String casusId = SystemRun.gescreend(intake, casus, kafka, aanmeldingId).casusId();
        assertThat(wachtend(token(GW, "gedragswetenschapper"))).doesNotContain(aanmeldingId);
        String pad = "/api/v1/casussen/" + casusId;

        // 2. The regisseur finds it on "mijn casussen", the teamleider on the team's list: no id computed from a hash.
        assertThat(lijst("?status=open", token(REGISSEUR, "regisseur"))).contains(casusId);
        assertThat(lijst("?betrokkenheid=team&pageSize=200", token(TEAMLEIDER, "teamleider"))).contains(casusId);

        // 3. A risk assessment, then the safety plan in two versions: the child's safety as the parent scores it goes 3 -> 6.
        assertThat(call("POST", pad + "/risicotaxaties", token(REGISSEUR, "regisseur"), """
                {"instrument": "ARIJ", "uitkomst": "Verhoogd risico; oma is een beschermende factor", "datum": "%s", "uitgevoerdDoor": "%s"}"""
                .formatted(vandaag(), REGISSEUR)).statusCode()).isEqualTo(201);
        for (int score : new int[] {3, 6}) {
            var plan = call("POST", pad + "/veiligheidsplannen", token(REGISSEUR, "regisseur"), veiligheidsplan(score));
            assertThat(plan.statusCode()).as(plan.body()).isEqualTo(201);
        }
        JsonNode reeks = JSON.readTree(call("GET", pad + "/veiligheidsscores", token(TEAMLEIDER, "teamleider"), null).body());
        assertThat(reeks.valueStream().map(p -> p.get("veiligheidKindOuder").asInt())).containsExactly(3, 6);
        assertThat(JSON.readTree(call("GET", pad + "/veiligheidsplannen/huidig", token(GW, "gedragswetenschapper"), null).body()).get("versie").asInt())
                .isEqualTo(2);
        JsonNode gepubliceerd = SystemRun.payload(SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.VEILIGHEIDSPLAN_VASTGESTELD.type()));
        assertThat(gepubliceerd.toString()).doesNotContain("Oma").doesNotContain("oma");

        // 4. Two evaluations (3 and 6 months) with their minutes: each starts the escalation-service's deadline on its minutes
        //    (EVALUATIEVERSLAG, 5 working days), which the minutes meet.
        for (int maanden : new int[] {3, 6}) {
            var evaluatie = call("POST", pad + "/evaluaties", token(REGISSEUR, "regisseur"),
                    "{\"maanden\": %d, \"gehoudenOp\": \"%s\", \"vervolg\": \"DOORGAAN\"}".formatted(maanden, vandaag()));
            assertThat(evaluatie.statusCode()).as(evaluatie.body()).isEqualTo(201);
            String evaluatieId = JSON.readTree(evaluatie.body()).get("id").asText();
            assertThat(SystemRun.payload(SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.EVALUATIE_GEHOUDEN.type())).get("casusId").asText())
                    .isEqualTo(casusId);
            var verslag = call("POST", pad + "/evaluaties/" + evaluatieId + "/verslag", token(REGISSEUR, "regisseur"),
                    "{\"verslag\": \"Afspraken nagekomen; de avonden zijn rustig.\"}");
            assertThat(verslag.statusCode()).as(verslag.body()).isEqualTo(201);
        }
        JsonNode verslag = SystemRun.payload(SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.EVALUATIEVERSLAG_VASTGELEGD.type()));
        assertThat(verslag.toString()).doesNotContain("rustig");
        await().atMost(SystemRun.PATIENCE).untilAsserted(() -> assertThat(verslagtermijnen(casusId)).containsExactly("GEHAALD", "GEHAALD"));

        // 5. Warm handover: refused before a joint meeting, accepted after one with the family and both regisseurs.
        var koud = call("PUT", pad + "/regisseur", token(TEAMLEIDER, "teamleider"), "{\"regisseurId\": \"" + OPVOLGER + "\"}");
        assertThat(koud.statusCode()).as(koud.body()).isEqualTo(409);
        var gesprek = call("POST", pad + "/gesprekken", token(REGISSEUR, "regisseur"), """
                {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["%s", "%s"], "gezinAanwezig": true, "kindcontacten": [],
                 "netwerkUitgenodigd": false, "verslagGedeeldMetGezin": false, "samenvatting": "Kennismaking met de nieuwe regisseur."}"""
                .formatted(ZonedDateTime.now(NEDERLAND).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toInstant(), REGISSEUR, OPVOLGER));
        assertThat(gesprek.statusCode()).as(gesprek.body()).isEqualTo(201);
        var warm = call("PUT", pad + "/regisseur", token(TEAMLEIDER, "teamleider"), """
                {"regisseurId": "%s", "overdracht": {"gezamenlijkGesprekId": "%s", "overgedragen": ["Veiligheidsplan versie 2", "Contact met school"]}}"""
                .formatted(OPVOLGER, JSON.readTree(gesprek.body()).get("gesprekId").asText()));
        assertThat(warm.statusCode()).as(warm.body()).isEqualTo(200);
        JsonNode overgedragen = JSON.readTree(warm.body());
        assertThat(overgedragen.get("eindverantwoordelijke").asText()).isEqualTo(OPVOLGER);
        assertThat(overgedragen.get("overdrachten")).singleElement().satisfies(o -> assertThat(o.get("van").asText()).isEqualTo(REGISSEUR));
        assertThat(lijst("", token(OPVOLGER, "regisseur"))).contains(casusId);
        assertThat(lijst("", token(REGISSEUR, "regisseur"))).doesNotContain(casusId);

        // 5b. The family was present, so it was asked for its feedback: personal links sealed for the notification-service.
        //     Opened here with the run's private key (as only that service can), the parent's link page is answered in Chromium.
        JsonNode gevraagd = SystemRun.payload(SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.GEZINSFEEDBACK_GEVRAAGD.type()));
        assertThat(gevraagd.toString()).doesNotContain("gesprek-feedback");
        String geopend = new Sealing(Path.of(".jeugdlink/secrets/verzegeling-publiek.json"), Path.of(".jeugdlink/secrets/verzegeling-prive.json"))
                .ontzegel(gevraagd.get("verzegeld").asText(), GezinsfeedbackGevraagd.context(aanmeldingId, casusId, gevraagd.get("gesprekId").asText()));
        var links = JSON.readValue(geopend, GezinsfeedbackGevraagd.Verzegeld.class).links();
        assertThat(links).extracting(GezinsfeedbackGevraagd.Link::voor).contains("OUDER", "KIND");
        String link = links.stream().filter(l -> l.voor().equals("OUDER")).findFirst().orElseThrow().link();
        String pagina = casus.baseUrl() + link.substring(link.indexOf("/gezin/gesprek-feedback"));
        if (HeadlessChromium.beschikbaar() || "required".equals(System.getenv("JEUGDLINK_BROWSER_TESTS"))) {
            HeadlessChromium.assumeAvailable(); // fails here when required and missing
            try (var chromium = new HeadlessChromium()) {
                chromium.open(pagina);
                assertThat(chromium.evalueer("document.querySelectorAll('#feedback fieldset').length")).isEqualTo("4");
                chromium.evalueer("document.getElementById('relatie-8').click(); document.getElementById('doelen-7').click(); "
                        + "document.getElementById('aanpak-8').click(); document.getElementById('algemeen-9').click(); "
                        + "document.getElementById('verstuur').click(); 'verstuurd'");
                chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);
                assertThat(chromium.evalueer("document.getElementById('melding').textContent")).contains("Je antwoord is ontvangen");
            }
        } else {
            var beantwoord = new ApiCaller(casus.baseUrl()).send(HttpRequest.newBuilder(URI.create(casus.baseUrl() + "/gezin/gesprek-feedback"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(
                            "link=" + link.substring(link.indexOf("?link=") + "?link=".length()) + "&relatie=8&doelen=7&aanpak=8&algemeen=9")), null);
            assertThat(beantwoord.statusCode()).as(beantwoord.body()).isEqualTo(200);
        }
        JsonNode feedback = JSON.readTree(call("GET", pad + "/gezinsfeedback", token(TEAMLEIDER, "teamleider"), null).body()).get("antwoorden");
        assertThat(feedback).singleElement().satisfies(a -> assertThat(a.get("voor").asText() + ":" + a.get("relatie").asInt() + ","
                + a.get("doelen").asInt() + "," + a.get("aanpak").asInt() + "," + a.get("algemeen").asInt()).isEqualTo("OUDER:8,7,8,9"));

        // 6. Closure "doelen behaald" with the Bijlage 4 form: refused until the GW was involved in the intended closure.
        var teVroeg = call("POST", pad + "/afsluiting", token(OPVOLGER, "regisseur"), afsluiting());
        assertThat(teVroeg.statusCode()).as(teVroeg.body()).isEqualTo(409);
        assertThat(call("POST", pad + "/gw-momenten", token(GW, "gedragswetenschapper"), """
                {"moment": "VOORGENOMEN_AFSLUITING", "gedragswetenschapperId": "%s", "datum": "%s"}""".formatted(GW, vandaag())).statusCode())
                .isEqualTo(201);
        var afgesloten = call("POST", pad + "/afsluiting", token(OPVOLGER, "regisseur"), afsluiting());
        assertThat(afgesloten.statusCode()).as(afgesloten.body()).isEqualTo(200);
        assertThat(JSON.readTree(afgesloten.body()).get("afsluiting").get("formulier").get("meningKind").asText()).isEqualTo("Het is fijner thuis");
        JsonNode gesloten = SystemRun.payload(SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.CASUS_AFGESLOTEN.type()));
        assertThat(gesloten.get("reden").asText()).isEqualTo("DOELEN_BEHAALD");
        assertThat(lijst("?status=afgesloten", token(OPVOLGER, "regisseur"))).contains(casusId);
    }

    /** The status of each EVALUATIEVERSLAG deadline of the casus at the escalation-service, whatever its status. */
    private List<String> verslagtermijnen(String casusId) {
        var response = new ApiCaller(escalatie.baseUrl()).get("/api/v1/termijnen?casusId=" + casusId
                + "&status=OPEN,OPGESCHORT,OVERSCHREDEN,GEHAALD,TE_LAAT_GEHAALD,VERVALLEN", token(TEAMLEIDER, "teamleider"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode lijst = body.isArray() ? body : body.path("termijnen");
        return lijst.valueStream().filter(t -> "EVALUATIEVERSLAG".equals(t.get("soort").asText())).map(t -> t.get("status").asText()).toList();
    }

    /** The referrals waiting for screening in Ede, as the screeners' worklist at the intake shows them. */
    private List<String> wachtend(String token) {
        var response = new ApiCaller(intake.baseUrl()).get("/api/v1/wachtende-aanmeldingen?gemeenteCode=GM0228&pageSize=200", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("aanmeldingen").valueStream().map(a -> a.get("id").asText()).toList();
    }

    private List<String> lijst(String query, String token) {
        var response = call("GET", "/api/v1/casussen" + query, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("casussen").valueStream().map(c -> c.get("casusId").asText()).toList();
    }

    private HttpResponse<String> call(String method, String path, String token, String body) {
        return new ApiCaller(casus.baseUrl()).send(HttpRequest.newBuilder(URI.create(casus.baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }

    private static LocalDate vandaag() {
        return LocalDate.now(NEDERLAND);
    }

    private static String veiligheidsplan(int scoreOuder) {
        LocalDate vandaag = vandaag();
        return """
                {"watGaatGoed": "Oma past elke middag op", "zorgen": "Ruzies in de avond", "watIsNodig": "Rust in huis",
                 "veiligheidKind": {"scoreOuder": %d, "scoreProfessional": %d, "toelichting": "Sinds vader elders slaapt is het rustiger"},
                 "veiligheidOuders": {"scoreOuder": 5, "scoreProfessional": 5, "toelichting": "Moeder voelt zich gesteund"},
                 "afsprakenKorteTermijn": "Vader slaapt bij zijn broer", "afsprakenLangeTermijn": "Relatietherapie",
                 "wieDoetWat": [{"afspraak": "Belt dagelijks", "naam": "Oma Jansen", "contact": "06-12345678"}],
                 "toezicht": {"naam": "%s", "telefoon": "0318-123456"}, "contactfrequentie": "wekelijks",
                 "geldigVan": "%s", "geldigTot": "%s", "gevolgBijNietNakomen": "Melding bij Veilig Thuis", "eersteEvaluatie": "%s",
                 "ondertekeningen": [{"naam": "Anna", "rol": "OUDER", "getekendOp": "%s"}, {"naam": "%s", "rol": "HULPVERLENER", "getekendOp": "%s"}]}"""
                .formatted(scoreOuder, scoreOuder, REGISSEUR, vandaag, vandaag.plusMonths(3), vandaag.plusMonths(1), vandaag, REGISSEUR, vandaag);
    }

    private static String afsluiting() {
        return """
                {"reden": "DOELEN_BEHAALD", "formulier": {"samenwerkingsvorm": "ACTIEF_MEE_OPLOSSEN", "vraagAanJeugdLink": "Veiligheid thuis herstellen",
                 "watHeeftJeugdLinkGedaan": "Zorgtafel, risicotaxatie, veiligheidsplan in twee versies, warme overdracht",
                 "conclusie": "De doelen zijn behaald", "resterendeZorgen": "Geen acute zorgen", "afsprakenVeiligheid": "Oma blijft langskomen",
                 "zichtOpKind": "Huisarts en school", "regie": "Sociaal Team", "meningOuders": "Tevreden", "meningKind": "Het is fijner thuis",
                 "ondertekendDoor": "%s", "ondertekendOp": "%s"}}""".formatted(OPVOLGER, vandaag());
    }
}
