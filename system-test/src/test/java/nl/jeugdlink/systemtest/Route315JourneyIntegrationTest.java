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
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
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
 * Journey 4's 315 route (issue 13) over the running intake, case, routing and escalation services, each its own process: a care
 * provider sends a JW315 for two products to Ede and gets its JW316; each product's answer is due in 5 working days (across
 * King's Day) and its final answer in 2 weeks, as deadlines of the escalation-service in the request's own traject. One product is
 * "in onderzoek" and then rejected on the woonplaatsbeginsel with a JW319 naming Barneveld; the other is honoured in the client's
 * casus with a JW301 carrying the provider's ReferentieAanbieder, whose care the provider starts and stops over its message API
 * (START_GEMELD, STOP_GEMELD recorded). Every message validates against the project's XSD; a JW315 breaking the 11-proef gets its
 * retour. The route's own terms of the escalation-service: a bepaling following an intention on route 315 meets steps 2-3 (3 weeks
 * from the intention) by its referral, and step 4 (the provider's JW315 within 5 working days of the referral, across King's Day) by
 * the JW315 the routing links to the casus's client; an intention whose referral never comes breaches steps 2-3 to the GI's team
 * leader at midnight after its last day (the escalation-service's clock moved, last); its step 1, breached as well, is met on time
 * by the consultation the youth protector records afterwards (LokaalTeamGeraadpleegd), which withdraws that breach on record
 * (TermijnOverschrijdingIngetrokken, ADR 0041). The clocks stand on Tuesday 21 April 2026.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Route315JourneyIntegrationTest extends AgainstRunningServices {

    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String AGB = "98000033";
    /** A test BSN that passes the 11-proef (IJW.md 1.13); it crosses only the message API and REST, never Kafka. */
    private static final String BSN = "999900006";
    /** Another client, whose casus's bepaling on route 315 the provider asks for (step 4); it too passes the 11-proef. */
    private static final String BSN_STAP_4 = "999900018";
    /** The youth protector's certified institution: a route term's breach concerns its team leader. */
    private static final String GI = "GI_GELDERLAND";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-315-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-315-" + run).with(verstelbaar, klok);
    private final ServiceProcess routing = new ServiceProcess("jeugdhulp-routing-service", "routing-315-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-315-" + run).with(verstelbaar, klok);
    private final List<ServiceProcess> services = List.of(intake, casus, routing, escalatie);
    private final String refOnderzoek = "WPB-" + run;
    private final String refToewijzing = "AMB-" + run;
    /** The toewijzing that honoured {@link #refToewijzing}: its casus, id and number, for the start and stop. */
    private Casus honoured;
    private String honouredId;
    private long honouredNummer;

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void aRequestIsAnsweredWithAJw316AndEachProductsAnswerIsDueInFiveWorkingDaysAcrossKingsDayAndItsDecisionInTwoWeeks() throws Exception {
        var jw316 = stuur(jw315("V1-" + run, BSN, refOnderzoek, refToewijzing));

        assertThat(jw316.statusCode()).as(jw316.body()).isEqualTo(200);
        valideer(jw316.body());
        assertThat(jw316.body()).contains("<RetourCode>0200</RetourCode>");
        for (String ref : List.of(refOnderzoek, refToewijzing)) {
            JsonNode aangevraagd = aangevraagd(ref);
            String verzoekId = aangevraagd.path("verzoekId").asString();
            assertThat(aangevraagd.path("gemeenteCode").asString()).isEqualTo("GM0228");
            // 5 working days from Tuesday 21 April, King's Day (Monday 27 April) not counted; 2 weeks is Tuesday 5 May.
            JsonNode antwoord = termijn(verzoekId, EscalationEvents.TERMIJN_GESTART, "VERZOEK_ANTWOORD", aangevraagd.path("aanvraagId").asString());
            assertThat(antwoord.path("uiterlijk").asString()).isEqualTo("2026-04-29");
            assertThat(antwoord.path("betreftRol").asString()).isEqualTo("BACKOFFICE");
            JsonNode besluit = termijn(verzoekId, EscalationEvents.TERMIJN_GESTART, "VERZOEK_BESLUIT", aangevraagd.path("aanvraagId").asString());
            assertThat(besluit.path("uiterlijk").asString()).isEqualTo("2026-05-05");
        }
        // A second open request for the same client at the same provider is refused (TR374); a BSN breaking the 11-proef gets 0001.
        assertThat(stuur(jw315("V2-" + run, BSN, "X-" + run)).body()).contains("<RetourCode>9374</RetourCode>");
        var elfproef = stuur(jw315("V3-" + run, "999900007", "Y-" + run));
        valideer(elfproef.body());
        assertThat(elfproef.body()).contains("<RetourCode>0001</RetourCode>");
    }

    @Test
    @Order(2)
    void aProductInOnderzoekIsThenRejectedOnTheWoonplaatsbeginselWithAJw319NamingBarneveld_eachTermMet() throws Exception {
        JsonNode aangevraagd = aangevraagd(refOnderzoek);
        String verzoekId = aangevraagd.path("verzoekId").asString();
        String aanvraagId = aangevraagd.path("aanvraagId").asString();
        String pad = "/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + refOnderzoek + "/antwoord";

        var onderzoek = api().post(pad, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", backoffice());
        assertThat(onderzoek.statusCode()).as(onderzoek.body()).isEqualTo(201);
        assertThat(termijn(verzoekId, EscalationEvents.TERMIJN_GESTOPT, "VERZOEK_ANTWOORD", aanvraagId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");
        var afgewezen = api().post(pad, """
                {"verzoekAntwoord": "AFGEWEZEN", "redenAfwijzingVerzoek": "8", "woonplaatsbeginselGemeente": "0203"}""", backoffice());
        assertThat(afgewezen.statusCode()).as(afgewezen.body()).isEqualTo(201);
        assertThat(termijn(verzoekId, EscalationEvents.TERMIJN_GESTOPT, "VERZOEK_BESLUIT", aanvraagId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");

        var jw319 = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB + "/verzoeken/"
                + refOnderzoek + "/jw319")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder());
        assertThat(jw319.statusCode()).as(jw319.body()).isEqualTo(200);
        valideer(jw319.body());
        assertThat(jw319.body()).contains("<Afzender>0228</Afzender>").contains("<Ontvanger>" + AGB + "</Ontvanger>")
                .contains("<VerzoekAntwoord>1</VerzoekAntwoord>").contains("<RedenAfwijzingVerzoek>8</RedenAfwijzingVerzoek>").contains("0203");
    }

    @Test
    @Order(3)
    void theOtherProductIsHonouredInTheClientsCasusWithAJw301CarryingTheProvidersReference_itsTermMet() throws Exception {
        JsonNode aangevraagd = aangevraagd(refToewijzing);
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-315-" + run);
        var client = await().atMost(SystemRun.PATIENCE).until(() -> api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl()
                + "/api/v1/casussen/" + c.casusId() + "/client")).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                {"bsn": "%s", "geboortedatum": "2013-03-02", "geslacht": "1", "achternaam": "Voorbeeld", "voorletters": "S"}""".formatted(BSN))),
                backoffice()), r -> r.statusCode() != 404);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);

        var toegewezen = api().post("/api/v1/zorgaanbieders/" + AGB + "/verzoeken/" + refToewijzing + "/toewijzing", """
                {"casusId": "%s", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}}""".formatted(c.casusId()), backoffice());
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        String toewijzingId = JSON.readTree(toegewezen.body()).path("toewijzingId").asString();
        honoured = c;
        honouredId = toewijzingId;
        honouredNummer = JSON.readTree(toegewezen.body()).path("toewijzingNummer").asLong();

        var jw301 = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB + "/toewijzingen/"
                + toewijzingId + "/jw301")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder());
        assertThat(jw301.statusCode()).as(jw301.body()).isEqualTo(200);
        valideer(jw301.body());
        assertThat(jw301.body()).contains("<ReferentieAanbieder>" + refToewijzing + "</ReferentieAanbieder>").contains("<Bsn>" + BSN + "</Bsn>");
        String aanvraagId = aangevraagd.path("aanvraagId").asString();
        String verzoekId = aangevraagd.path("verzoekId").asString();
        assertThat(termijn(verzoekId, EscalationEvents.TERMIJN_GESTOPT, "VERZOEK_ANTWOORD", aanvraagId).path("uitkomst").asString()).isEqualTo("GEHAALD");
        assertThat(termijn(verzoekId, EscalationEvents.TERMIJN_GESTOPT, "VERZOEK_BESLUIT", aanvraagId).path("uitkomst").asString()).isEqualTo("GEHAALD");
        // The toewijzing's own term starts as on the 301 route, in the casus's traject.
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "TOEWIJZING_ANTWOORD", toewijzingId).path("uiterlijk").asString())
                .isEqualTo("2026-04-29");
        // Every product answered: the client's next request is accepted again (TR374).
        assertThat(stuur(jw315("V4-" + run, BSN, "Z-" + run)).body()).contains("<RetourCode>0200</RetourCode>");
    }

    @Test
    @Order(4)
    void theProviderStartsAndStopsTheCareOverTheMessageApi_eachReportRecordedAgainstItsFiveWorkingDays() throws Exception {
        assertThat(honoured).as("test 3 honoured the product").isNotNull();
        var jw306 = stuur(startOfStop("S1-" + run, true));
        assertThat(jw306.body()).contains("<RetourCode>0200</RetourCode>");
        valideer(jw306.body());
        assertThat(termijn(honoured.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "START_GEMELD", honouredId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");
        var jw308 = stuur(startOfStop("E1-" + run, false));
        assertThat(jw308.body()).contains("<RetourCode>0200</RetourCode>");
        valideer(jw308.body());
        // OP272: the JW307 within 5 working days of the actual end, recorded when it arrives (STOP_GEMELD).
        JsonNode stop = termijn(honoured.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "STOP_GEMELD", honouredId);
        assertThat(stop.path("uitkomst").asString()).isEqualTo("GEHAALD");
    }

    @Test
    @Order(5)
    void aBepalingOnRoute315MeetsStepsTwoAndThreeByItsReferralAndStepFourByTheProvidersJw315_fiveWorkingDaysAcrossKingsDay() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-315-5-" + run);
        // The youth protector intended the bepaling on Tuesday 14 April: steps 2-3 are due 3 weeks on, Tuesday 5 May.
        String voornemenId = voornemen(c, "{\"route\": \"315\", \"voorgenomenOp\": \"2026-04-14\"}");
        JsonNode stap23 = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_2_3", voornemenId);
        assertThat(stap23.path("uiterlijk").asString()).isEqualTo("2026-05-05");
        assertThat(stap23.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(stap23.path("betreftOrganisatie").asString()).isEqualTo(GI);
        clientGegeven(c, BSN_STAP_4);

        // Local team on Thursday 16 April, the provider on Friday 17 April, the referral sent on Monday 20 April.
        var bepaald = api().post("/api/v1/casussen/" + c.casusId() + "/bepalingen", """
                {"voornemenId": "%s", "voorkeursAanbieder": "%s", "product": {"categorie": "45", "code": "45A01"}, "ingangsdatum": "2026-05-01",
                 "einddatum": "2026-10-31", "omvang": {"volume": 3, "eenheid": "04", "frequentie": "2"}, "evaluatiemomenten": ["2026-07-01"],
                 "lokaalTeamGeraadpleegdOp": "2026-04-16", "zorgaanbiederGeraadpleegdOp": "2026-04-17", "verwezenNaarLokaalTeamOp": "2026-04-20"}"""
                .formatted(voornemenId, AGB), jeugdbeschermer());
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        String bepalingId = JSON.readTree(bepaald.body()).path("bepalingId").asString();
        assertThat(JSON.readTree(bepaald.body()).path("route").asString()).isEqualTo("315");
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_2_3", voornemenId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");
        // Step 4: the provider's JW315 within 5 working days of the referral - Tuesday 28 April, King's Day (Monday 27 April) not counted.
        JsonNode stap4 = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_4", bepalingId);
        assertThat(stap4.path("uiterlijk").asString()).isEqualTo("2026-04-28");
        assertThat(stap4.path("betreftOrganisatie").asString()).isEqualTo(GI);

        // The provider sends its JW315 for the client over the message API; the routing links it to the bepaling (BepalingAangevraagd).
        var jw316 = stuur(jw315("V5-" + run, BSN_STAP_4, "STAP4-" + run));
        valideer(jw316.body());
        assertThat(jw316.body()).contains("<RetourCode>0200</RetourCode>");
        var aangevraagd = SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.BEPALING_AANGEVRAAGD.type());
        assertThat(new String(aangevraagd.value(), StandardCharsets.UTF_8)).doesNotContain(BSN_STAP_4);
        JsonNode aanvraag = SystemRun.payload(aangevraagd);
        assertThat(aanvraag.path("bepalingId").asString()).isEqualTo(bepalingId);
        assertThat(aanvraag.path("agbCode").asString()).isEqualTo(AGB);
        assertThat(aanvraag.path("verzoekId").asString()).isEqualTo(aangevraagd("STAP4-" + run).path("verzoekId").asString());
        assertThat(termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "ROUTE_315_STAP_4", bepalingId).path("uitkomst").asString())
                .isEqualTo("GEHAALD");
    }

    /** Moves the escalation-service's clock three weeks on: the last test of the class, after every other term was read. */
    @Test
    @Order(6)
    void anIntentionOnRoute315WithoutItsReferralBreachesStepsTwoAndThreeToTheGiTeamLeaderThreeWeeksOn() throws Exception {
        Casus c = geopendeCasus(intake, casus, kafka, "verwijzer-315-6-" + run);
        // Intended today, Tuesday 21 April: steps 2-3 are due by Tuesday 12 May; no bepaling with its referral follows.
        String voornemenId = voornemen(c, "{\"route\": \"315\"}");
        JsonNode gestart = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "ROUTE_315_STAP_2_3", voornemenId);
        assertThat(gestart.path("uiterlijk").asString()).isEqualTo("2026-05-12");

        // On the evening of the last day it is still open; at midnight in Ede it has passed, and the breach is the GI team leader's.
        SystemRun.zetKlok(escalatie, "2026-05-12T21:59:00Z");
        assertThat(stand(c, "ROUTE_315_STAP_2_3").path("status").asString()).isEqualTo("OPEN");
        SystemRun.zetKlok(escalatie, "2026-05-12T22:00:01Z");
        assertThat(stand(c, "ROUTE_315_STAP_2_3").path("status").asString()).isEqualTo("OVERSCHREDEN");
        JsonNode overschreden = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_315_STAP_2_3", voornemenId);
        assertThat(overschreden.path("uiterlijk").asString()).isEqualTo("2026-05-12");
        assertThat(overschreden.path("werkdagenTeLaat").asInt()).isEqualTo(1);
        assertThat(overschreden.path("casusId").asString()).isEqualTo(c.casusId());
        assertThat(overschreden.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(overschreden.path("betreftOrganisatie").asString()).isEqualTo(GI);

        // Step 1 (5 working days: Wednesday 29 April, King's Day not counted) passed as well, for want of a consultation on record.
        JsonNode stap1 = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_OVERSCHREDEN, "ROUTE_315_STAP_1", voornemenId);
        assertThat(stap1.path("uiterlijk").asString()).isEqualTo("2026-04-29");
        assertThat(stap1.path("betreftOrganisatie").asString()).isEqualTo(GI);
        // The youth protector records it now: the local team and the provider were consulted on the day of the intention (ADR 0040).
        var raadpleging = api().post("/api/v1/casussen/" + c.casusId() + "/voornemens/" + voornemenId + "/raadpleging",
                "{\"geraadpleegdOp\": \"2026-04-21\", \"agbCode\": \"%s\"}".formatted(AGB), jeugdbeschermer());
        assertThat(raadpleging.statusCode()).as(raadpleging.body()).isEqualTo(201);
        JsonNode geraadpleegd = SystemRun.payload(SystemRun.event(kafka, RoutingEvents.TOPIC, c.casusId(), RoutingEvents.LOKAAL_TEAM_GERAADPLEEGD.type()));
        assertThat(geraadpleegd.path("voornemenId").asString()).isEqualTo(voornemenId);
        assertThat(geraadpleegd.path("route").asString()).isEqualTo("315");
        assertThat(geraadpleegd.path("geraadpleegdOp").asString()).isEqualTo("2026-04-21");
        assertThat(geraadpleegd.path("agbCode").asString()).isEqualTo(AGB);
        // Met on time by a fact that arrived late: the breach is withdrawn on record, not erased (ADR 0041); steps 2-3 stay breached.
        JsonNode ingetrokken = termijn(c.aanmeldingId(), EscalationEvents.TERMIJN_OVERSCHRIJDING_INGETROKKEN, "ROUTE_315_STAP_1", voornemenId);
        assertThat(ingetrokken.path("uiterlijk").asString()).isEqualTo("2026-04-29");
        // The breach as it was reported; the stored deadline keeps the store's millisecond precision.
        assertThat(Instant.parse(ingetrokken.path("overschredenOp").asString()))
                .isEqualTo(Instant.parse(stap1.path("overschredenOp").asString()).truncatedTo(ChronoUnit.MILLIS));
        assertThat(ingetrokken.path("betreftRol").asString()).isEqualTo("TEAMLEIDER");
        assertThat(ingetrokken.path("betreftOrganisatie").asString()).isEqualTo(GI);
        JsonNode stand = await().atMost(SystemRun.PATIENCE).until(() -> stand(c, "ROUTE_315_STAP_1"), t -> "GEHAALD".equals(t.path("status").asString()));
        assertThat(stand.path("overschrijdingIngetrokken").asBoolean()).isTrue();
        assertThat(stand(c, "ROUTE_315_STAP_2_3").path("status").asString()).isEqualTo("OVERSCHREDEN");
    }

    /** The provider's JW305 (start on 4 May) or JW307 (end on 8 May, according to plan) of the honoured toewijzing. */
    private String startOfStop(String identificatie, boolean start) {
        String product = start
                ? "<StartProducten><StartProduct><ToewijzingNummer>%d</ToewijzingNummer><Begindatum>2026-05-04</Begindatum>"
                        .formatted(honouredNummer) + "<StatusAanlevering>1</StatusAanlevering></StartProduct></StartProducten>"
                : "<StopProducten><StopProduct><ToewijzingNummer>%d</ToewijzingNummer><Begindatum>2026-05-04</Begindatum>".formatted(honouredNummer)
                        + "<RedenBeeindiging>31</RedenBeeindiging><Einddatum>2026-05-08</Einddatum><StatusAanlevering>1</StatusAanlevering>"
                        + "</StopProduct></StopProducten>";
        String soort = start ? "JW305" : "JW307";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <%s><Header><BerichtCode>%s</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>\
                <Afzender>%s</Afzender><Ontvanger>0228</Ontvanger><BerichtIdentificatie><Identificatie>%s</Identificatie>\
                <Dagtekening>2026-04-21</Dagtekening></BerichtIdentificatie><XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie>\
                <BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie></Header><Client><Bsn>%s</Bsn><Geboortedatum><Datum>2013-03-02</Datum>\
                </Geboortedatum><Geslacht>1</Geslacht><Naam><Geslachtsnaam><Achternaam>Voorbeeld</Achternaam></Geslachtsnaam>\
                <Voorletters>S</Voorletters></Naam>%s</Client></%s>"""
                .formatted(soort, start ? "438" : "440", AGB, identificatie.length() > 12 ? identificatie.substring(0, 12) : identificatie, BSN, product,
                        soort);
    }

    // --- helpers ---

    private static String jw315(String identificatie, String bsn, String... referenties) {
        StringBuilder producten = new StringBuilder();
        int nummer = 0;
        for (String ref : referenties) {
            // Each product its own code: one product twice over overlapping periods breaks TR386 (retourcode 9386).
            producten.append("""
                    <AangevraagdProduct><ReferentieAanbieder>%s</ReferentieAanbieder><Product><Categorie>45</Categorie><Code>45A0%d</Code></Product>\
                    <ToewijzingIngangsdatum>2026-05-01</ToewijzingIngangsdatum><ToewijzingEinddatum>2026-10-31</ToewijzingEinddatum>\
                    <Omvang><Volume>3</Volume><Eenheid>04</Eenheid><Frequentie>2</Frequentie></Omvang>\
                    <Verwijzer><Type>02</Type><Naam>Huisarts</Naam></Verwijzer></AangevraagdProduct>""".formatted(ref, ++nummer));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <JW315><Header><BerichtCode>446</BerichtCode><BerichtVersie>3</BerichtVersie><BerichtSubversie>2</BerichtSubversie>\
                <Afzender>%s</Afzender><Ontvanger>0228</Ontvanger><BerichtIdentificatie><Identificatie>%s</Identificatie>\
                <Dagtekening>2026-04-21</Dagtekening></BerichtIdentificatie><XsdVersie><BasisschemaXsdVersie>1.0.0</BasisschemaXsdVersie>\
                <BerichtXsdVersie>1.0.0</BerichtXsdVersie></XsdVersie></Header><Client><Bsn>%s</Bsn><Geboortedatum><Datum>2013-03-02</Datum>\
                </Geboortedatum><Geslacht>1</Geslacht><Naam><Geslachtsnaam><Achternaam>Voorbeeld</Achternaam></Geslachtsnaam>\
                <Voorletters>S</Voorletters></Naam><AangevraagdeProducten>%s</AangevraagdeProducten></Client></JW315>"""
                .formatted(AGB, identificatie.length() > 12 ? identificatie.substring(0, 12) : identificatie, bsn, producten);
    }

    private HttpResponse<String> stuur(String bericht) throws Exception {
        valideer(bericht);
        return api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/zorgaanbieders/" + AGB + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(bericht)), aanbieder());
    }

    private static void valideer(String xml) throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("..", "jeugdhulp-routing-service", "src", "main", "resources", "ijw", "ijw-3.2-jeugdlink.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    /** The routing's JeugdhulpAangevraagd of the requested product with this reference. */
    private JsonNode aangevraagd(String ref) {
        var found = kafka.read(RoutingEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().anyMatch(r -> isAanvraag(r, ref))).stream()
                .filter(r -> isAanvraag(r, ref)).toList();
        assertThat(found).as("JeugdhulpAangevraagd " + ref).hasSize(1);
        JsonNode payload = SystemRun.payload(found.getFirst());
        assertThat(found.getFirst().key()).isEqualTo(payload.path("verzoekId").asString());
        assertThat(new String(found.getFirst().value(), StandardCharsets.UTF_8)).doesNotContain(BSN);
        return payload;
    }

    private static boolean isAanvraag(ConsumerRecord<String, byte[]> r, String ref) {
        return RoutingEvents.JEUGDHULP_AANGEVRAAGD.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + ref + "\"");
    }

    private ApiCaller api() {
        return new ApiCaller(routing.baseUrl());
    }

    /** An intended bepaling in the casus by the GI's youth protector, once the routing has learned the casus: its id. */
    private String voornemen(Casus c, String body) {
        var voorgenomen = await().atMost(SystemRun.PATIENCE).until(() -> api().post("/api/v1/casussen/" + c.casusId() + "/voornemens", body,
                jeugdbeschermer()), r -> r.statusCode() != 404);
        assertThat(voorgenomen.statusCode()).as(voorgenomen.body()).isEqualTo(201);
        return JSON.readTree(voorgenomen.body()).path("voornemenId").asString();
    }

    private void clientGegeven(Casus c, String bsn) {
        var client = api().send(HttpRequest.newBuilder(URI.create(routing.baseUrl() + "/api/v1/casussen/" + c.casusId() + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"bsn": "%s", "geboortedatum": "2013-03-02", "geslacht": "1", "achternaam": "Voorbeeld", "voorletters": "S"}"""
                        .formatted(bsn))), backoffice());
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
    }

    /** The deadline of this kind in the casus as the escalation-service's API shows it now. */
    private JsonNode stand(Casus c, String soort) {
        var response = new ApiCaller(escalatie.baseUrl()).get("/api/v1/termijnen?casusId=" + c.casusId()
                + "&status=OPEN,OPGESCHORT,OVERSCHREDEN,GEHAALD,TE_LAAT_GEHAALD,VERVALLEN", ApiCaller.token("teamleider-ede", "teamleider", EDE));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("termijnen").valueStream().filter(t -> soort.equals(t.path("soort").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(soort + " not in " + response.body()));
    }

    private static String jeugdbeschermer() {
        return TestIssuer.get().token("jeugdbeschermer-ede", List.of("jeugdbeschermer"), EDE, GI);
    }

    private static String backoffice() {
        return ApiCaller.token("backoffice-ede", "backoffice", EDE);
    }

    private static String aanbieder() {
        return TestIssuer.get().zorgaanbiederToken("zorgaanbieder-" + AGB, AGB);
    }

    /** The first such deadline event of the traject about this subject (onderwerpId). */
    private JsonNode termijn(String aanmeldingId, EventType type, String soort, String onderwerp) {
        var found = kafka.read(EscalationEvents.TOPIC, SystemRun.PATIENCE, rs -> rs.stream().anyMatch(r -> isTermijn(r, aanmeldingId, type, soort, onderwerp)))
                .stream().filter(r -> isTermijn(r, aanmeldingId, type, soort, onderwerp)).toList();
        assertThat(found).as(type.type() + " " + soort + " about " + onderwerp).isNotEmpty();
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isTermijn(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort, String onderwerp) {
        String value = new String(r.value(), StandardCharsets.UTF_8);
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type")) && value.contains("\"" + soort + "\"")
                && value.contains("\"" + onderwerp + "\"");
    }
}
