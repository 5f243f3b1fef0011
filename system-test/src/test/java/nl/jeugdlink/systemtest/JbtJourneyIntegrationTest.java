package nl.jeugdlink.systemtest;

import static nl.jeugdlink.systemtest.SystemRun.geopendeCasus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.HeadlessChromium;
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
 * Journey 3 across five services, each its own process from its jar, over the real broker and store and
 * a real SMTP server (issue 12, "How it is judged"): two casussen of Ede are opened as in journey 1
 * (referral → screening → casus → regisseur) and their regisseur asks the Jeugdbeschermingstafel for a
 * talk. A request without the safety section is refused naming {@code formulier.veiligheid}; the complete
 * one starts the escalation-service's JBT_PLANNING deadline of 10 working days, which runs across King's
 * Day (Monday 27 April 2026), and is planned at FoodValley's Tuesday, which meets it. The chair fills
 * that Tuesday (capacity 1) and closes the next: the second request finds no place within two weeks, the
 * chair and the municipal contact are mailed and the neighbouring table's Thursday is taken; the family's regisseur is
 * refused as the raadsmedewerker for the independent test, with the reason. After the talk
 * the chair records "vrijwillig, niet vrijblijvend + raadsonderzoek" with its three items (a regisseur may
 * not); JbtBesluitGenomen and RaadsonderzoekGevraagd are on {@code jeugdlink.jbt.verzoek}, keyed by casus and
 * schema-valid, and the case-service shows the decision on the casus. The planned talk's invitations reach the Raad's and the
 * GI's contacts, the mother and (through her address) the child of 13. The report is mailed to the mother with her
 * personal link and to the requester; the mother's reactions through the link page are appended and every version
 * kept; the decision starts the report's and the evaluation's deadlines. The clocks are adjustable
 * ({@code jeugdlink.klok.verstelbaar}) and start on Tuesday 21 April 2026.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JbtJourneyIntegrationTest extends AgainstRunningServices {

    private static final Duration PATIENCE = SystemRun.PATIENCE;
    /** Tuesday 21 April 2026, 09:00 in Ede. */
    private static final Instant START = Instant.parse("2026-04-21T07:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");

    // Demo users of the local issuer, known to the notification-service's contact directory.
    private static final String REGISSEUR = "regisseur-ede";
    private static final String GW = "gedragswetenschapper-ede";
    private static final String TEAMLEIDER = "teamleider-ede";
    private static final String VOORZITTER = "jbt-voorzitter-ede";
    /** FoodValley's municipal contact for the table (jbt-service configuration). */
    private static final String CONTACTPERSOON = "gm-foodvalley-jbt";
    /** Whom the form names beside the family, with an address: the parents' trusted person and a neighbour. */
    private static final String VERTROUWENSPERSOON = "mies.vertrouwd@example.nl";
    private static final String BUURMAN = "joop.buur@example.nl";

    private final String verstelbaar = "--jeugdlink.klok.verstelbaar=true";
    private final String klok = "--jeugdlink.klok.start=" + START;
    private final ServiceProcess intake = new ServiceProcess("intake-service", "intake-jbt-" + run).with(verstelbaar, klok);
    private final ServiceProcess casus = new ServiceProcess("case-service", "casus-jbt-" + run).with(verstelbaar, klok);
    private final ServiceProcess jbt = new ServiceProcess("jbt-service", "jbt-jbt-" + run).with(verstelbaar, klok);
    private final ServiceProcess escalatie = new ServiceProcess("escalation-service", "escalatie-jbt-" + run).with(verstelbaar, klok);
    private final ServiceProcess notificatie = new ServiceProcess("notification-service", "notificatie-jbt-" + run)
            .with(verstelbaar, klok, "--spring.mail.port=" + smtpPort, "--jeugdlink.notificatie.bezorging.ronde=1s");
    private final List<ServiceProcess> services = List.of(intake, casus, jbt, escalatie, notificatie);

    /** The first casus: filed, planned at its own table, decided. */
    private Casus eerste;

    @Override
    protected List<ServiceProcess> services() {
        return services;
    }

    @Test
    @Order(1)
    void aRequestWithoutSafetyIsRefusedTheCompleteOneIsPlannedWithinTenWorkingDaysAcrossKingsDay() throws Exception {
        eerste = geopendeCasus(intake, casus, kafka, "verwijzer-jbt-1-" + run);

        // 1. The regisseur files without section 2.5 (safety and agreements): refused, naming the section.
        //    Until the jbt-service has learned the casus and its regisseur from the case-service, it is 404 or 403.
        var zonder = await().atMost(PATIENCE).until(() -> dien(eerste, formulier(false)), r -> r.statusCode() != 404 && r.statusCode() != 403);
        assertThat(zonder.statusCode()).as(zonder.body()).isEqualTo(400);
        assertThat(zonder.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode probleem = JSON.readTree(zonder.body());
        assertThat(probleem.path("invalidParams").valueStream().map(p -> p.path("name").asString())).contains("formulier.veiligheid");
        assertThat(probleem.path("invalidParams").valueStream().filter(p -> "formulier.veiligheid".equals(p.path("name").asString()))
                .findFirst().orElseThrow().path("code").asString()).isEqualTo("verplicht");

        // 2. The complete form is filed.
        var ingediend = await().atMost(PATIENCE).until(() -> dien(eerste, formulier(true)), r -> r.statusCode() != 404 && r.statusCode() != 403);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);
        assertThat(JSON.readTree(ingediend.body()).path("status").asString()).isEqualTo("INGEDIEND");
        JsonNode ingediendEvent = SystemRun.payload(event(JbtEvents.TOPIC, eerste.casusId(), JbtEvents.JBT_VERZOEK_INGEDIEND));
        assertThat(ingediendEvent.path("ingediendOp").asString()).startsWith("2026-04-21T07:");
        assertThat(ingediendEvent.path("aanmeldingId").asString()).isEqualTo(eerste.aanmeldingId());

        // 3. The escalation-service's JBT_PLANNING deadline: 10 working days from Tuesday 21 April, King's Day (Monday
        //    27 April) not counted: 22, 23, 24, 28, 29, 30 April, 1, 4, 5, 6 May.
        JsonNode gestart = termijnEvent(eerste.aanmeldingId(), EscalationEvents.TERMIJN_GESTART);
        assertThat(gestart.path("uiterlijk").asString()).isEqualTo("2026-05-06");
        assertThat(gestart.path("werkdagen").asInt()).isEqualTo(10);
        assertThat(gestart.path("betreftRol").asString()).isEqualTo("JBT_VOORZITTER");
        assertThat(jbtTermijn(eerste, "OPEN").path("uiterlijk").asString()).isEqualTo("2026-05-06");

        // 4. The chair gives Tuesday 28 April room for one talk and plans: the first free moment of the own table.
        zetCapaciteit("foodvalley", "2026-04-28", 1);
        var gepland = plan(eerste, "{}");
        assertThat(gepland.statusCode()).as(gepland.body()).isEqualTo(201);
        JsonNode planning = JSON.readTree(gepland.body());
        assertThat(planning.path("gepland").asBoolean()).isTrue();
        assertThat(planning.path("tafel").asString()).isEqualTo("foodvalley");
        assertThat(planning.path("datum").asString()).isEqualTo("2026-04-28");
        JsonNode geplandEvent = SystemRun.payload(event(JbtEvents.TOPIC, eerste.casusId(), JbtEvents.JBT_VERZOEK_GEPLAND));
        assertThat(geplandEvent.path("datum").asString()).isEqualTo("2026-04-28");
        // The talk's own time: the first of the moment, which begins at the table's 09:00, and lasts the table's hour (ADR 0036).
        assertThat(geplandEvent.path("tijdstip").asString()).isEqualTo("09:00");
        assertThat(geplandEvent.path("gesprekEinde").asString()).isEqualTo("10:00");

        // 5. The talk's date meets the deadline, within the 10 working days.
        JsonNode gestopt = termijnEvent(eerste.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT);
        assertThat(gestopt.path("uitkomst").asString()).isEqualTo("GEHAALD");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(jbtTermijn(eerste, "GEHAALD").path("status").asString()).isEqualTo("GEHAALD"));

        // The invitations: the table's contacts at the Raad and the GI, the mother (with the option of a trusted person) and,
        // through her address, Sam (13 on the day of the talk) for his part of it. No name of the family on any of them.
        for (String ketenpartner : List.of("rvdk-foodvalley-jbt", "gi-foodvalley-jbt")) {
            MimeMessage uitnodiging = await().atMost(PATIENCE)
                    .until(() -> SystemRun.mailMet(smtp, ketenpartner + "@jeugdlink.local", eerste.casusId()), m -> m != null);
            assertThat(SystemRun.tekst(uitnodiging)).contains("Het gesprek is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.")
                    .doesNotContain("Voorbeeld");
        }
        MimeMessage ouders = await().atMost(PATIENCE)
                .until(() -> SystemRun.mailMet(smtp, "anna.voorbeeld@example.nl", "U mag iemand meenemen die u vertrouwt."), m -> m != null);
        assertThat(SystemRun.tekst(ouders)).contains("Het gesprek is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.",
                "U heeft een vertrouwenspersoon genoemd. Die krijgt een eigen uitnodiging met de datum.");
        // The invitation for the child of 12+, through the mother: not the child's own feedback mail after a conversation,
        // which also greets "Beste jongere".
        MimeMessage kind = mail("anna.voorbeeld@example.nl", "Beste jongere", "28 april 2026");
        assertThat(SystemRun.tekst(kind)).contains("Deze uitnodiging is voor uw kind van 12 jaar of ouder.", "Het gesprek is op 28 april 2026.",
                "Het gesprek is van 09:00 tot 10:00 uur.").doesNotContain("Sam", "Voorbeeld");
        // The requester, and the two people the form names with an address - each an invitation of their own, with the talk's
        // time and nothing of the family.
        assertThat(SystemRun.tekst(mail(REGISSEUR + "@jeugdlink.local", "is ingepland", eerste.casusId())))
                .contains("Het gesprek aan de Jeugdbeschermingstafel foodvalley is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.",
                        "2 genodigden uit het verzoek krijgen een eigen uitnodiging per e-mail.");
        assertThat(SystemRun.tekst(mail(VERTROUWENSPERSOON, "Ouders hebben u gevraagd om als vertrouwenspersoon mee te gaan", "28 april 2026")))
                .contains("Beste Mies Vertrouwd,", "Het gesprek is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.", "regisseur-ede@jeugdlink.local")
                .doesNotContain("Voorbeeld", "Sam", eerste.casusId());
        assertThat(SystemRun.tekst(mail(BUURMAN, "U bent genoemd in het verzoek voor dit gesprek.", "28 april 2026")))
                .contains("Beste Joop Buur,", "Het gesprek is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.")
                .doesNotContain("Voorbeeld", "Sam", eerste.casusId());

        // The case-service shows the casus as planned at the table.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stand = stand(eerste);
            assertThat(stand.path("status").asString()).isEqualTo("GEPLAND");
            assertThat(stand.path("gesprekOp").asString()).isEqualTo("2026-04-28");
        });
    }

    @Test
    @Order(2)
    void withTheOwnTablesMomentsFullTheOverflowPathRunsAndTheChairAndMunicipalContactAreMailed() throws Exception {
        Casus tweede = geopendeCasus(intake, casus, kafka, "verwijzer-jbt-2-" + run);
        var ingediend = await().atMost(PATIENCE).until(() -> dien(tweede, formulier(true)), r -> r.statusCode() != 404 && r.statusCode() != 403);
        assertThat(ingediend.statusCode()).as(ingediend.body()).isEqualTo(201);

        // 28 April is full (its one place went to the first request); the chair closes 5 May.
        var momenten = new ApiCaller(jbt.baseUrl()).get("/api/v1/jbt-tafels/foodvalley/momenten", token(VOORZITTER, "jbt-voorzitter"));
        assertThat(momenten.statusCode()).as(momenten.body()).isEqualTo(200);
        assertThat(momenten.body()).contains("2026-04-28");
        zetCapaciteit("foodvalley", "2026-05-05", 0);

        var wacht = plan(tweede, "{}");
        assertThat(wacht.statusCode()).as(wacht.body()).isBetween(200, 201);
        JsonNode overloop = JSON.readTree(wacht.body());
        assertThat(overloop.path("gepland").asBoolean()).isFalse();
        assertThat(overloop.path("wachttijdOverschreden").asBoolean()).isTrue();
        assertThat(overloop.path("eersteVrijeMoment").asString()).isEqualTo("2026-05-12");
        assertThat(overloop.path("aangebodenTafel").asString()).isEqualTo("centraal-gelderland");
        String buurmoment = overloop.path("aanbod").get(0).asString();
        assertThat(buurmoment).isEqualTo("2026-04-23");

        JsonNode overschreden = SystemRun.payload(event(JbtEvents.TOPIC, tweede.casusId(), JbtEvents.JBT_WACHTTIJD_OVERSCHREDEN));
        assertThat(overschreden.path("voorzitterId").asString()).isEqualTo(VOORZITTER);
        assertThat(overschreden.path("contactpersoonId").asString()).isEqualTo(CONTACTPERSOON);

        // The chair and the municipal contact read it in their mail, with the neighbouring table's moments.
        for (String ontvanger : List.of(VOORZITTER, CONTACTPERSOON)) {
            MimeMessage mail = await().atMost(PATIENCE)
                    .until(() -> SystemRun.mailMet(smtp, ontvanger + "@jeugdlink.local", tweede.casusId()), m -> m != null);
            assertThat(mail.getSubject()).contains("binnen twee weken geen plek");
            assertThat(SystemRun.tekst(mail)).contains("centraal-gelderland", "23 april 2026", "12 mei 2026");
        }

        // The chair takes the neighbouring table's Thursday.
        // The chair takes the neighbouring table's Thursday, the moment's second talk (13:30 + the table's hour): its own time.
        var bijDeBuren = plan(tweede, "{\"tafel\": \"centraal-gelderland\", \"datum\": \"" + buurmoment + "\", \"tijdstip\": \"14:30\"}");
        assertThat(bijDeBuren.statusCode()).as(bijDeBuren.body()).isEqualTo(201);
        assertThat(JSON.readTree(bijDeBuren.body()).path("buurtafel").asBoolean()).isTrue();
        JsonNode buurGepland = SystemRun.payload(event(JbtEvents.TOPIC, tweede.casusId(), JbtEvents.JBT_VERZOEK_GEPLAND));
        assertThat(buurGepland.path("buurtafel").asBoolean()).isTrue();
        assertThat(buurGepland.path("gesprekEinde").asString()).isEqualTo("15:30");
        assertThat(buurGepland.path("aanvang").asString()).isEqualTo("13:30");
        assertThat(buurGepland.path("tijdstip").asString()).isEqualTo("14:30");
        // Every invitation names the talk's own time, not the moment's start.
        assertThat(SystemRun.tekst(mail(REGISSEUR + "@jeugdlink.local", "is ingepland", tweede.casusId())))
                .contains("Het gesprek aan de Jeugdbeschermingstafel centraal-gelderland is op 23 april 2026.", "Het gesprek is van 14:30 tot 15:30 uur.",
                        "Dit is de buurtafel");
        assertThat(SystemRun.tekst(mail("anna.voorbeeld@example.nl", "U mag iemand meenemen die u vertrouwt.", "23 april 2026")))
                .contains("Het gesprek is van 14:30 tot 15:30 uur.").doesNotContain("13:30");
        assertThat(SystemRun.tekst(mail("anna.voorbeeld@example.nl", "Beste jongere", "23 april 2026"))).contains("Het gesprek is van 14:30 tot 15:30 uur.");
        assertThat(SystemRun.tekst(mail(VERTROUWENSPERSOON, "Ouders hebben u gevraagd", "23 april 2026")))
                .contains("Het gesprek is van 14:30 tot 15:30 uur.").doesNotContain("13:30");
        assertThat(SystemRun.tekst(mail(BUURMAN, "U bent genoemd in het verzoek", "23 april 2026")))
                .contains("Het gesprek is van 14:30 tot 15:30 uur.").doesNotContain("13:30");
        assertThat(termijnEvent(tweede.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT).path("uitkomst").asString()).isEqualTo("GEHAALD");

        // The Raad's independent test: the family's own regisseur (known to the jbt-service from the case-service's events)
        // is refused with the reason; a raadsmedewerker who was never involved with the family is assigned.
        var betrokken = wijsRaadsmedewerkerAan(tweede, REGISSEUR);
        assertThat(betrokken.statusCode()).as(betrokken.body()).isEqualTo(409);
        assertThat(JSON.readTree(betrokken.body()).path("regel").asString()).isEqualTo("onafhankelijkheid");
        assertThat(JSON.readTree(betrokken.body()).path("detail").asString()).contains(REGISSEUR, "eerder betrokken bij dit gezin");
        var onafhankelijk = wijsRaadsmedewerkerAan(tweede, "raadsmedewerker-ede");
        assertThat(onafhankelijk.statusCode()).as(onafhankelijk.body()).isEqualTo(200);
        // Invited for the talk, at its own time.
        assertThat(SystemRun.tekst(mail("raadsmedewerker-ede@jeugdlink.local", "onafhankelijke toets", tweede.casusId())))
                .contains("Het gesprek aan de Jeugdbeschermingstafel centraal-gelderland is op 23 april 2026.", "Het gesprek is van 14:30 tot 15:30 uur.");
    }

    private HttpResponse<String> wijsRaadsmedewerkerAan(Casus c, String raadsmedewerker) {
        return new ApiCaller(jbt.baseUrl()).send(HttpRequest.newBuilder(URI.create(jbt.baseUrl() + "/api/v1/jbt-verzoeken/" + c.casusId() + "/raadsmedewerker"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"raadsmedewerkerId\": \"" + raadsmedewerker + "\"}")),
                token(VOORZITTER, "jbt-voorzitter"));
    }

    @Test
    @Order(3)
    void theChairRecordsVoluntaryNotNonCommittalWithARaadsonderzoekAndItsThreeItemsAndTheCasusShowsIt() throws Exception {
        // Before the talk the chair assigns the first casus's raadsmedewerker (never involved with that family), invited at the talk's time.
        var raadsmedewerker = wijsRaadsmedewerkerAan(eerste, "raadsmedewerker-ede");
        assertThat(raadsmedewerker.statusCode()).as(raadsmedewerker.body()).isEqualTo(200);
        assertThat(SystemRun.tekst(mail("raadsmedewerker-ede@jeugdlink.local", "onafhankelijke toets", eerste.casusId())))
                .contains("Het gesprek aan de Jeugdbeschermingstafel foodvalley is op 28 april 2026.", "Het gesprek is van 09:00 tot 10:00 uur.");

        // The talk was held on Tuesday 28 April; the chair records the decision that afternoon.
        SystemRun.zetKlok(jbt, "2026-04-28T13:00:00Z");
        String besluit = """
                {"uitkomst": "VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK", "route": "Regie naar de GI voor zes maanden",
                 "hulp": "Gezinscoaching met drang, dagbehandeling voor Sanne", "veiligheidsafspraken": "Dagelijks naar school; oma kijkt mee",
                 "besluitvorming": "CONSENSUS", "evaluatieMoment": "2026-07-28"}""";
        String pad = "/api/v1/jbt-verzoeken/" + eerste.casusId() + "/besluit";
        ApiCaller api = new ApiCaller(jbt.baseUrl());

        // Only the chair decides; the regisseur is refused. Each of the three items is required.
        var regisseur = api.post(pad, besluit, token(REGISSEUR, "regisseur"));
        assertThat(regisseur.statusCode()).as(regisseur.body()).isEqualTo(403);
        var zonderAfspraken = api.post(pad, besluit.replace("\"veiligheidsafspraken\": \"Dagelijks naar school; oma kijkt mee\",", ""),
                token(VOORZITTER, "jbt-voorzitter"));
        assertThat(zonderAfspraken.statusCode()).as(zonderAfspraken.body()).isEqualTo(400);
        assertThat(zonderAfspraken.body()).contains("veiligheidsafspraken");

        var besloten = api.post(pad, besluit, token(VOORZITTER, "jbt-voorzitter"));
        assertThat(besloten.statusCode()).as(besloten.body()).isEqualTo(201);
        JsonNode verzoek = JSON.readTree(api.get("/api/v1/jbt-verzoeken/" + eerste.casusId(), token(VOORZITTER, "jbt-voorzitter")).body());
        assertThat(verzoek.path("status").asString()).isEqualTo("BESLOTEN");
        assertThat(verzoek.path("besluit").path("uitkomst").asString()).isEqualTo("VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK");
        assertThat(verzoek.path("besluit").path("route").asString()).isEqualTo("Regie naar de GI voor zes maanden");
        assertThat(verzoek.path("besluit").path("hulp").asString()).isEqualTo("Gezinscoaching met drang, dagbehandeling voor Sanne");
        assertThat(verzoek.path("besluit").path("veiligheidsafspraken").asString()).isEqualTo("Dagelijks naar school; oma kijkt mee");

        // On the topic, keyed by casus, valid against the published schemas; the decision's texts stay off Kafka.
        var genomen = event(JbtEvents.TOPIC, eerste.casusId(), JbtEvents.JBT_BESLUIT_GENOMEN);
        JsonNode besluitEvent = SystemRun.payload(genomen);
        assertThat(besluitEvent.path("uitkomst").asString()).isEqualTo("VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK");
        assertThat(besluitEvent.path("besluitvorming").asString()).isEqualTo("CONSENSUS");
        assertThat(new String(genomen.value(), StandardCharsets.UTF_8)).doesNotContain("Gezinscoaching", "oma kijkt mee");
        SystemRun.payload(event(JbtEvents.TOPIC, eerste.casusId(), JbtEvents.RAADSONDERZOEK_GEVRAAGD));

        // The safety agreements go to everyone at the talk (seed 002:466): the requester, the table's Raad and GI and the
        // raadsmedewerker with the decision, the casus and why they get it (jbt-besluit-afspraken) ...
        List<String[]> aanTafel = List.of(
                new String[] {REGISSEUR, "U heeft het verzoek voor dit gesprek gedaan."},
                new String[] {"rvdk-foodvalley-jbt", "U was bij het gesprek namens de Raad voor de Kinderbescherming."},
                new String[] {"gi-foodvalley-jbt", "U was bij het gesprek namens de Gecertificeerde Instelling."},
                new String[] {"raadsmedewerker-ede", "U deed de onafhankelijke toets namens de Raad voor de Kinderbescherming."});
        for (String[] professional : aanTafel) {
            MimeMessage afspraken = mail(professional[0] + "@jeugdlink.local", "het besluit en de veiligheidsafspraken", eerste.casusId());
            assertThat(afspraken.getSubject()).isEqualTo("JeugdLink: het besluit en de veiligheidsafspraken van de Jeugdbeschermingstafel");
            assertThat(SystemRun.tekst(afspraken)).as(professional[0]).contains(professional[1], "De hulp blijft vrijwillig, maar niet vrijblijvend.",
                    "Raad voor de Kinderbescherming om onderzoek", "Dit zijn de afspraken:\n\nDagelijks naar school; oma kijkt mee",
                    "Deze e-mail bevat gegevens van het gezin.").doesNotContain("Gezinscoaching", "Voorbeeld");
        }
        // ... and the trusted person and the other invitee, at the form's addresses, the agreements alone: no outcome, no casus,
        // no names of the family (jbt-besluit-genodigde).
        for (String[] genodigde : List.of(new String[] {VERTROUWENSPERSOON, "Beste Mies Vertrouwd,", "U was gevraagd als vertrouwenspersoon van de ouders."},
                new String[] {BUURMAN, "Beste Joop Buur,", "U was genoemd in het verzoek voor dit gesprek."})) {
            MimeMessage afspraken = mail(genodigde[0], "De afspraken over veiligheid van de Jeugdbeschermingstafel", "Dit zijn de afspraken");
            assertThat(SystemRun.tekst(afspraken)).as(genodigde[0]).contains(genodigde[1], genodigde[2],
                    "Dit zijn de afspraken:\n\nDagelijks naar school; oma kijkt mee", "regisseur-ede@jeugdlink.local")
                    .doesNotContain(eerste.casusId(), "vrijwillig", "Raadsonderzoek", "Voorbeeld", "Sam", "Gezinscoaching");
        }

        // The case-service shows on the casus that it was at the table and what was decided.
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode stand = stand(eerste);
            assertThat(stand.path("status").asString()).isEqualTo("BESLOTEN");
            assertThat(stand.path("uitkomst").asString()).isEqualTo("VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK");
            assertThat(stand.path("besluitvorming").asString()).isEqualTo("CONSENSUS");
            assertThat(stand.path("evaluatieMoment").asString()).isEqualTo("2026-07-28");
            assertThat(stand.path("gesprekOp").asString()).isEqualTo("2026-04-28");
        });
    }

    @Test
    @Order(4)
    void theReportIsMailedAndTheParentsReactThroughTheirLinkEveryVersionAndReactionKept() throws Exception {
        // Two days after the talk the chair records the report; the decision started its deadline (JBT_VERSLAG) and,
        // with its evaluation moment, JBT_EVALUATIE, counted from 28 July.
        JsonNode verslagTermijn = termijnEvent(eerste.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "JBT_VERSLAG");
        assertThat(verslagTermijn.path("werkdagen").asInt()).isEqualTo(10);
        assertThat(verslagTermijn.path("betreftRol").asString()).isEqualTo("JBT_VOORZITTER");
        JsonNode evaluatie = termijnEvent(eerste.aanmeldingId(), EscalationEvents.TERMIJN_GESTART, "JBT_EVALUATIE");
        assertThat(evaluatie.path("uiterlijk").asString()).isEqualTo("2026-07-29");

        SystemRun.zetKlok(jbt, "2026-04-30T07:00:00Z");
        ApiCaller api = new ApiCaller(jbt.baseUrl());
        String pad = "/api/v1/jbt-verzoeken/" + eerste.casusId() + "/verslag";
        String eersteVersie = "Besproken: Sam verzuimt school. Afgesproken: Sam gaat elke dag naar school; oma kijkt mee.";
        var vastgelegd = api.post(pad, JSON.writeValueAsString(java.util.Map.of("tekst", eersteVersie)), token(VOORZITTER, "jbt-voorzitter"));
        assertThat(vastgelegd.statusCode()).as(vastgelegd.body()).isEqualTo(201);

        // JbtVerslagGereed on the topic, schema-valid: the report's text is not on Kafka, the parents' link only sealed.
        var gereed = event(JbtEvents.TOPIC, eerste.casusId(), JbtEvents.JBT_VERSLAG_GEREED);
        JsonNode gereedEvent = SystemRun.payload(gereed);
        assertThat(gereedEvent.path("versie").asInt()).isEqualTo(1);
        assertThat(gereedEvent.path("verzegeld").asString()).isNotBlank();
        assertThat(new String(gereed.value(), StandardCharsets.UTF_8)).doesNotContain("oma kijkt mee", "/ouders/", "link=");
        // The report meets its deadline.
        assertThat(termijnEvent(eerste.aanmeldingId(), EscalationEvents.TERMIJN_GESTOPT, "JBT_VERSLAG").path("uitkomst").asString()).isEqualTo("GEHAALD");

        // The mother, whose address the intake shared with consent, gets her personal link; the requester is told without it.
        MimeMessage ouderMail = await().atMost(PATIENCE)
                .until(() -> SystemRun.mailMet(smtp, "anna.voorbeeld@example.nl", "Het verslag van het gesprek"), m -> m != null);
        String ouderTekst = leesbaar(ouderMail);
        assertThat(ouderTekst).contains("Beste ouder of verzorger,", "Uw reactie wordt aan het verslag toegevoegd.").doesNotContain(eerste.aanmeldingId(), "Voorbeeld");
        var linkInMail = java.util.regex.Pattern.compile("(https?://\\S+/ouders/jbt-verslagen/" + eerste.casusId() + "\\?link=\\S+)").matcher(ouderTekst);
        assertThat(linkInMail.find()).as(ouderTekst).isTrue();
        String link = linkInMail.group(1);
        MimeMessage indienerMail = await().atMost(PATIENCE)
                .until(() -> SystemRun.mailMet(smtp, REGISSEUR + "@jeugdlink.local", "het verslag van de Jeugdbeschermingstafel is klaar"), m -> m != null);
        assertThat(leesbaar(indienerMail)).contains(eerste.casusId(), "Dit is versie 1 van het verslag.").doesNotContain("?link=");

        // The link opens the parents' page at the jbt-service (its public address is the gateway's in production, this run's here).
        String pagina = jbt.baseUrl() + link.substring(link.indexOf("/ouders/"));
        var gelezen = api.send(HttpRequest.newBuilder(URI.create(pagina)).GET(), null);
        assertThat(gelezen.statusCode()).isEqualTo(200);
        assertThat(gelezen.body()).contains("Sam gaat elke dag naar school; oma kijkt mee.").doesNotContain("123456782");
        // The mother reacts twice on the page her link opens, in a real browser (Chromium, required in CI): the page as a parent uses it,
        // each reaction typed into its form and sent with its button; the page answers with what it kept. Without a browser (and not
        // required) the same form is posted over HTTP.
        String token = link.substring(link.indexOf("?link=") + "?link=".length());
        List<String> reacties = List.of("Wij zijn het eens met de afspraken.", "Oma kan op woensdag niet; de buurvrouw wel.");
        if (HeadlessChromium.beschikbaar() || "required".equals(System.getenv("JEUGDLINK_BROWSER_TESTS"))) {
            HeadlessChromium.assumeAvailable(); // fails here when required and missing
            try (var chromium = new HeadlessChromium()) {
                for (int i = 0; i < reacties.size(); i++) {
                    chromium.open(pagina);
                    assertThat(chromium.evalueer("document.getElementById('verslag').textContent")).contains("Sam gaat elke dag naar school; oma kijkt mee.");
                    assertThat(chromium.evalueer("document.getElementById('melding') === null")).as("a fresh page, not the answer").isEqualTo("true");
                    chromium.evalueer("document.getElementById('tekst').value = " + JSON.writeValueAsString(reacties.get(i)) + "; "
                            + "document.getElementById('verstuur').click(); 'verstuurd'");
                    chromium.wachtOp("document.getElementById('melding') ? document.getElementById('melding').textContent : null", v -> v != null);
                    assertThat(chromium.evalueer("document.getElementById('melding').textContent")).contains("Uw reactie is ontvangen");
                    assertThat(chromium.evalueer("Array.from(document.querySelectorAll('#reacties li .tekst')).map(e => e.textContent).join('|')"))
                            .isEqualTo(String.join("|", reacties.subList(0, i + 1)));
                }
            }
        } else {
            for (String reactie : reacties) {
                var gereageerd = api.send(HttpRequest.newBuilder(URI.create(jbt.baseUrl() + "/ouders/jbt-verslagen/" + eerste.casusId()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("link=" + token + "&tekst=" + java.net.URLEncoder.encode(reactie, StandardCharsets.UTF_8))), null);
                assertThat(gereageerd.statusCode()).as(gereageerd.body()).isEqualTo(200);
                assertThat(gereageerd.body()).contains("Uw reactie is ontvangen", reactie.replace("'", "&#39;"));
            }
        }
        var veranderd = api.send(HttpRequest.newBuilder(URI.create(pagina + "x")).GET(), null);
        assertThat(veranderd.statusCode()).isEqualTo(403);

        // The chair records a second version: the first is kept beside it, and so are both reactions, on version 1.
        var tweede = api.post(pad, JSON.writeValueAsString(java.util.Map.of("tekst", eersteVersie + " Aangevuld: de buurvrouw kijkt op woensdag mee.")),
                token(VOORZITTER, "jbt-voorzitter"));
        assertThat(tweede.statusCode()).as(tweede.body()).isEqualTo(201);
        JsonNode verzoek = JSON.readTree(api.get("/api/v1/jbt-verzoeken/" + eerste.casusId(), token(VOORZITTER, "jbt-voorzitter")).body());
        assertThat(verzoek.path("verslag").path("versies")).hasSize(2);
        assertThat(verzoek.path("verslag").path("versies").get(0).path("tekst").asString()).isEqualTo(eersteVersie);
        assertThat(verzoek.path("verslag").path("reacties").valueStream().map(r -> r.path("tekst").asString()))
                .containsExactly("Wij zijn het eens met de afspraken.", "Oma kan op woensdag niet; de buurvrouw wel.");
        assertThat(verzoek.path("verslag").path("reacties").valueStream().map(r -> r.path("versie").asInt())).containsOnly(1);
        MimeMessage tweedeMail = await().atMost(PATIENCE)
                .until(() -> SystemRun.mailMet(smtp, "anna.voorbeeld@example.nl", "Dit is versie 2 van het verslag"), m -> m != null);
        assertThat(leesbaar(tweedeMail)).contains("/ouders/jbt-verslagen/" + eerste.casusId() + "?link=");
    }

    /** The mail's text decoded (quoted-printable writes '=' as '=3D', which the link is full of). */
    private static String leesbaar(MimeMessage mail) throws Exception {
        return mail.getContent() instanceof String tekst ? tekst.replace("\r\n", "\n") : SystemRun.tekst(mail);
    }

    // --- the casus, as journey 1 opens it ---

    /** Referral → screening → casus opened by the case-service → the regisseur coupled; the casus's ids. */

    // --- helpers ---

    /** The mail to {@code adres} whose subject or body holds every one of {@code teksten}, waiting for it. */
    private MimeMessage mail(String adres, String... teksten) {
        return await().atMost(PATIENCE).until(() -> {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                String geheel = m.getSubject() + SystemRun.tekst(m);
                if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(adres))
                        && java.util.Arrays.stream(teksten).allMatch(geheel::contains)) {
                    return m;
                }
            }
            return null;
        }, m -> m != null);
    }

    private ConsumerRecord<String, byte[]> event(String topic, String key, EventType type) {
        return SystemRun.event(kafka, topic, key, type.type());
    }

    private static String token(String subject, String rol) {
        return ApiCaller.token(subject, rol, EDE);
    }

    private HttpResponse<String> dien(Casus c, String formulier) {
        return new ApiCaller(jbt.baseUrl()).post("/api/v1/jbt-verzoeken", """
                {"casusId": "%s", "soort": "BESPREKING", "gesprekstype": "VIJF_VOOR_TWAALF", "formulier": %s}""".formatted(c.casusId(), formulier),
                token(REGISSEUR, "regisseur"));
    }

    private HttpResponse<String> plan(Casus c, String body) {
        return new ApiCaller(jbt.baseUrl()).post("/api/v1/jbt-verzoeken/" + c.casusId() + "/planning", body, token(VOORZITTER, "jbt-voorzitter"));
    }

    /** The chair sets one moment's capacity (0 closes it). */
    private void zetCapaciteit(String tafel, String datum, int capaciteit) {
        var response = new ApiCaller(jbt.baseUrl()).send(HttpRequest.newBuilder(URI.create(jbt.baseUrl() + "/api/v1/jbt-tafels/" + tafel + "/momenten/" + datum))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"capaciteit\": " + capaciteit + "}")),
                token(VOORZITTER, "jbt-voorzitter"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private JsonNode stand(Casus c) {
        var response = new ApiCaller(casus.baseUrl()).get("/api/v1/casussen/" + c.casusId() + "/jbt", token(REGISSEUR, "regisseur"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The casus's JBT_PLANNING deadline as the escalation-service answers it, among those with the given status. */
    private JsonNode jbtTermijn(Casus c, String status) {
        var response = new ApiCaller(escalatie.baseUrl()).get("/api/v1/termijnen?casusId=" + c.casusId() + "&status=" + status,
                token(TEAMLEIDER, "teamleider"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        JsonNode lijst = body.isArray() ? body : body.path("termijnen");
        return lijst.valueStream().filter(t -> "JBT_PLANNING".equals(t.path("soort").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no JBT_PLANNING deadline " + status + " for casus " + c.casusId() + ": " + response.body()));
    }

    private JsonNode termijnEvent(String aanmeldingId, EventType type) {
        return termijnEvent(aanmeldingId, type, "JBT_PLANNING");
    }

    /** The one deadline event of this type and kind about the referral, schema-checked. */
    private JsonNode termijnEvent(String aanmeldingId, EventType type, String soort) {
        var found = kafka.read(EscalationEvents.TOPIC, PATIENCE, rs -> rs.stream().anyMatch(r -> isJbtTermijn(r, aanmeldingId, type, soort))).stream()
                .filter(r -> isJbtTermijn(r, aanmeldingId, type, soort)).toList();
        assertThat(found).as(type.type() + " " + soort + " about " + aanmeldingId).hasSize(1);
        return SystemRun.payload(found.getFirst());
    }

    private static boolean isJbtTermijn(ConsumerRecord<String, byte[]> r, String aanmeldingId, EventType type, String soort) {
        return aanmeldingId.equals(r.key()) && type.type().equals(KafkaProbe.header(r, "ce_type"))
                && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + soort + "\"");
    }

    /** Bijlage 3 as a regisseur of Ede fills it in for the family of journey 1; without section 2.5 when {@code veiligheid} is false. */
    private static String formulier(boolean veiligheid) {
        String sectie = veiligheid ? """
                "veiligheid": {"zorgenEnWieDezeDeelt": "School en regisseur zien verwaarlozing; moeder herkent het deels.",
                  "afspraken": "Dagelijks naar school; oma kijkt mee.", "zichtOpKind": "School en oma", "regie": "Sociaal Team",
                  "veiligheidsuitspraak": "Als er niets verandert raken de kinderen verder achter en zijn ze thuis niet veilig.",
                  "risicotaxatieUitkomst": "Verhoogd risico", "risicotaxatieInstrument": "LIRIK", "veiligheidsschaal": 4},
                """ : "";
        return """
                {"verzoeker": {"spoorbesluitDatum": "2026-04-17", "organisatie": "Sociaal Team Ede", "naam": "R. de Regisseur",
                   "telefoon": "0318-000000", "email": "regisseur@ede.example", "relatieTotGezin": "Regisseur van het gezin sinds de aanmelding"},
                 "kinderen": [{"achternaam": "Voorbeeld", "voornamen": "Sam", "geslacht": "M", "geboortedatum": "2013-03-02", "geboorteplaats": "Ede",
                   "bsn": "111222333", "nationaliteit": "Nederlandse", "verblijfsstatus": "Nederlander", "leefsituatie": "Woont bij moeder",
                   "verblijfadresBrp": "Stationsweg 12, Ede", "schoolOfDagbesteding": "De Regenboog, groep 8"}],
                 "ouders": [{"achternaam": "Voorbeeld", "voornamen": "Anna", "geboortedatum": "1985-01-15", "bsn": "123456782",
                   "relatieTotKind": "moeder", "gezag": true, "woonadres": "Stationsweg 12, 6711 AB Ede, Nederland", "telefoon": "06-12345678"}],
                 "onderbouwing": {"aanleiding": "De samenwerking stagneert en de zorgen over de ontwikkeling nemen toe.",
                   "visieOpVervolg": "Een niet-vrijblijvend traject met evaluatie aan tafel.",
                   "waaromVrijwilligNietVolstaat": "Afspraken uit het veiligheidsplan worden niet nagekomen.", "spoed": false},
                 "gezinsbeschrijving": {"huishoudenEnWonen": "Moeder met Sam in een huurwoning.", "gezinsgeschiedenis": "Scheiding in 2021.",
                   "omgangsregeling": "Vader ziet Sam niet.", "overigeKinderen": "Geen"},
                 "informatie": {
                   "ontwikkelingKind": [{"onderwerp": "gedrag", "waardering": "ZORG", "feit": "Sam verzuimde in drie maanden 14 schooldagen.",
                     "bron": "ANDERE_BRON", "bronToelichting": "school"}],
                   "opvoedingscontext": [{"onderwerp": "schulden", "waardering": "ZORG", "feit": "Moeder heeft schulden bij de woningcorporatie.",
                     "bron": "VERZOEKER"}],
                   "veranderbaarheidOuders": "Moeder wil veranderen maar komt afspraken niet na.", "netwerk": "Oma woont in de buurt en helpt soms.",
                   "netwerkVolgensOuders": "Moeder noemt oma en een buurvrouw."},
                 "hulpaanbod": {"chronologisch": [{"instantie": "Sociaal Team Ede", "start": "2025-06-01", "traject": "Gezinscoaching",
                     "doel": "Structuur in huis", "verloop": "Wisselend", "resultaat": "Beperkt", "conclusie": "Meer drang nodig"}],
                   "toestemmingOudersInformatieOpvragen": true, "oordeelOuders": "Moeder vindt de hulp te veel.",
                   "rapporten": [{"titel": "Verslag gezinscoaching", "datum": "2026-02-20"}]},
                 %s
                 "bespreking": {"ontvangenDoorOudersEnKinderen": "2026-04-19", "besprokenOp": "2026-04-20",
                   "reactieOuders": "Moeder is het er niet mee eens maar komt.", "reactieKinderen": "Sam wil gehoord worden."},
                 "referenten": [{"instelling": "De Regenboog", "functie": "intern begeleider", "akkoordMetWeergaveOp": "2026-04-19",
                   "contact": "ib@regenboog.example"}],
                 "genodigden": [{"naam": "Anna Voorbeeld", "rol": "moeder, met een vertrouwenspersoon", "contact": "06-12345678"},
                   {"naam": "Sam Voorbeeld", "rol": "kind van 12 of ouder, apart", "contact": "via moeder"},
                   {"naam": "Mies Vertrouwd", "rol": "vertrouwenspersoon", "contact": "mies.vertrouwd@example.nl"},
                   {"naam": "Joop Buur", "rol": "buurman, vangt Sam na school op", "contact": "joop.buur@example.nl"}],
                 "tolk": {"nodig": false},
                 "ondertekening": {"naam": "R. de Regisseur", "functie": "regisseur", "onderVerantwoordelijkheidVan": "T. Teamleider",
                   "datum": "2026-04-20"}}
                """.formatted(sectie);
    }


}
