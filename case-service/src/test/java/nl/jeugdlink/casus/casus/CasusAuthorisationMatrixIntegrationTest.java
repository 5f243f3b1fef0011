package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.jeugdlink.casus.casus.domain.Casus;
import nl.jeugdlink.casus.casus.domain.Samenvatting;
import nl.jeugdlink.casus.casus.domain.GesprekSoort;
import nl.jeugdlink.casus.casus.domain.CasusEvent;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.casus.casus.domain.Expertise;
import nl.jeugdlink.casus.casus.domain.Grondslag;
import nl.jeugdlink.casus.casus.domain.GwMoment;
import nl.jeugdlink.casus.casus.domain.Kind;
import nl.jeugdlink.casus.casus.domain.Leeftijdscategorie;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every cell of docs/autorisatiematrix.md for the case-service, against the running service: per
 * endpoint and role, one casus per relation of the asker to it (regisseur, on the team, screener,
 * referrer while dossierhouder and after, former member, not involved, another municipality), made
 * through the casus's own commands and stored. Each endpoint gets a valid request, so an allowed cell
 * succeeds (2xx) and a refused one is a 403. A writing cell gets a casus of its own; the read cells of one asker share theirs.
 */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasusAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";
    /** Facts are recorded after they happened: a day before the service's clock. */
    private static final Instant GISTEREN = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    /** The member a cell that ends a membership ends. */
    private static final String LID = "matrix-lid";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();
    private String casusInEde;
    /** Per matrix casus, the conversation with the family that every regisseur of a handover attended. */
    private final java.util.Map<String, String> gezamenlijkGesprek = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per matrix casus, the id its row's path names: an evaluation, a goal of the plan, or a safety plan's version. */
    private final java.util.Map<String, String> padId = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per asker (subject), the casus its read cells share. */
    private final java.util.Map<String, String> leescasus = new java.util.HashMap<>();
    private final java.util.Map<String, String> tokens = new java.util.HashMap<>();
    private final java.util.Map<String, String> ongeldig = new java.util.HashMap<>();

    @BeforeAll
    void eenCasusInEde() {
        casusInEde = AanmeldingGescreendMother.openCasus(kafka, casussen);
    }

    /**
     * Each cell its own dynamic test, named as the parameterised test named it. Not a parameterised test: Spring's per-method
     * listeners (among them the Mockito reset that walks every bean) ran before and after each of the 2,464 cells, a fifth of
     * the class's time, for a context no cell changes (ADR 0044).
     */
    @TestFactory
    Stream<DynamicTest> answersAsTheMatrixSays() {
        return AuthorisationMatrix.relationRowsFor("case-service").stream().flatMap(row -> row.cells().entrySet().stream()
                .map(cell -> DynamicTest.dynamicTest(row + " als " + cell.getKey() + ": " + cell.getValue(),
                        () -> answersAsTheMatrixSays(row, cell.getKey(), cell.getValue()))));
    }

    private void answersAsTheMatrixSays(AuthorisationMatrix.RelationRow row, String relatie, boolean toegestaan) {
        String subject = ("m-" + row.rol() + "-" + relatie).replace(' ', '-');
        String casusId;
        if (leest(row)) {
            casusId = leescasus.computeIfAbsent(subject, s -> {
                String nieuw = casusWaarin(s, row.rol(), relatie);
                voorbereid("GET /api/v1/casussen/{casusId}/veiligheidsplannen/huidig", nieuw);
                return nieuw;
            });
        } else {
            casusId = casusWaarin(subject, row.rol(), relatie);
            voorbereid(row.endpoint(), casusId);
        }
        List<String> gemeenten = List.of(relatie.equals("andere gemeente") ? ANDERE : EIGEN);

        var response = call(row, casusId, subject, token(subject, row.rol(), gemeenten));

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryCallWithoutAValidTokenWith401() {
        return AuthorisationMatrix.relationRowsFor("case-service").stream()
                .map(row -> DynamicTest.dynamicTest(row + " zonder geldig token", () -> refusesEveryCallWithoutAValidTokenWith401(row)));
    }

    private void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.RelationRow row) {
        // Per role one forged and one expired token: the service verifies each again on every call (it remembers only valid ones).
        var issuer = TestIssuer.get();
        String vervalst = ongeldig.computeIfAbsent("vervalst " + row.rol(), k -> issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)));
        String verlopen = ongeldig.computeIfAbsent("verlopen " + row.rol(), k -> issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN)));
        for (String token : new String[] {null, vervalst, verlopen}) {
            assertThat(call(row, casusInEde, "x", token).statusCode()).isEqualTo(401);
        }
    }

    /**
     * A GET changes no casus, so the read cells of one asker share the casus of their relation, made once (with a safety plan, for
     * the rows that read one); a writing cell keeps a fresh casus of its own.
     */
    private static boolean leest(AuthorisationMatrix.RelationRow row) {
        return row.method().equals("GET");
    }

    /**
     * One token per asker, as a client holds one for its session: signing a fresh RS256 token for every cell was a third of the
     * test's own CPU. Valid for an hour, far longer than the class runs.
     */
    private String token(String subject, String rol, List<String> gemeenten) {
        return tokens.computeIfAbsent(subject + " " + rol + " " + gemeenten, k -> ApiCaller.token(subject, rol, gemeenten));
    }

    /**
     * A fresh casus of Ede in which {@code subject} has the column's relation, ready for every cell
     * (a member to end, the GW at the intended closure): cells that change or close a casus do not
     * disturb each other.
     */
    private String casusWaarin(String subject, String rol, String relatie) {
        boolean screener = relatie.equals("screener");
        boolean verwijzer = relatie.startsWith("verwijzer");
        String gw = screener && rol.equals("gedragswetenschapper") ? subject : "matrix-gw";
        String teamleider = screener && !rol.equals("gedragswetenschapper") ? subject : "matrix-tl";
        Instant gescreend = GISTEREN.minus(Duration.ofHours(1));
        var opening = Casus.open(new Casus.Screening(UUID.randomUUID().toString(), EIGEN, "JEUGDLINK", "SOCIAAL_TEAM",
                verwijzer ? subject : "matrix-verwijzer", gw, teamleider, List.of(new Casus.Koppeling(LID, Expertise.VEILIG_THUIS)),
                List.of(new Kind(AanmeldingGescreendMother.KIND_ONDER_4, Leeftijdscategorie.ONDER_4)), true, gescreend), gescreend);
        Casus casus = opening.casus();
        List<CasusEvent> events = new ArrayList<>(opening.events());
        Instant nu = Instant.now();
        switch (relatie) {
            case "regisseur" -> events.addAll(casus.koppelRegisseur(subject, "matrix-tl", nu));
            case "teamlid", "andere gemeente" -> casus.voegTeamlidToe(subject, TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.VEILIG_THUIS,
                    Grondslag.toestemming(), nu);
            case "screener" -> casus.beeindigTeamlidmaatschap(subject, nu);
            case "verwijzer dossierhouder", "niet betrokken" -> {
                // the referrer holds the dossier; someone not involved needs nothing
            }
            case "verwijzer na overdracht" -> events.addAll(casus.koppelRegisseur("matrix-regisseur", "matrix-tl", nu));
            case "oud-teamlid" -> {
                casus.voegTeamlidToe(subject, TeamRol.JEUGDLINK_PROFESSIONAL, Expertise.VEILIG_THUIS, Grondslag.toestemming(), nu.minusSeconds(60));
                casus.beeindigTeamlidmaatschap(subject, nu);
            }
            default -> throw new IllegalStateException("the matrix names relation " + relatie + ": give it a casus here");
        }
        casus.legGwMomentVast(GwMoment.Soort.VOORGENOMEN_AFSLUITING, "matrix-gw", LocalDate.ofInstant(GISTEREN, ZoneOffset.UTC), nu);
        // The family met the regisseur now, the subject and the new regisseur together: the ground of any warm handover.
        List<String> aanwezig = new ArrayList<>(List.of(subject, "matrix-nieuwe-regisseur"));
        casus.regisseur().ifPresent(r -> aanwezig.add(r.medewerkerId()));
        var gesprek = casus.legGesprekVast(new Casus.NieuwGesprek(GesprekSoort.GEZINSGESPREK, GISTEREN, aanwezig, true, List.of(), false, false,
                new Samenvatting("Kennismaking")), subject, nu);
        events.addAll(gesprek);
        gezamenlijkGesprek.put(casus.id().toString(), ((CasusEvent.GesprekVastgelegd) gesprek.getFirst()).gesprek().gesprekId());
        assertThat(casussen.add(casus, events)).isTrue();
        return casus.id().toString();
    }

    /**
     * The earlier step a row's path needs, recorded through the API by the member coupled at screening ({@link #LID}, a JeugdLink
     * professional in every matrix casus) before the cell's own call: an evaluation for its minutes, a plan for a goal's status, a
     * safety plan for the current and a numbered version.
     */
    private void voorbereid(String endpoint, String casusId) {
        String casus = "/api/v1/casussen/" + casusId;
        String lid = token(LID, "jeugdlink-professional", List.of(EIGEN));
        HttpResponse<String> stap = switch (endpoint) {
            case "POST /api/v1/casussen/{casusId}/evaluaties/{evaluatieId}/verslag" -> api().post(casus + "/evaluaties", """
                    {"maanden": 3, "gehoudenOp": "%s", "vervolg": "DOORGAAN"}""".formatted(GISTEREN.toString().substring(0, 10)), lid);
            case "PUT /api/v1/casussen/{casusId}/plan/doelen/{doelId}/status" -> api().post(casus + "/plan", CasusVerdiepingMother.plan(GISTEREN.toString()), lid);
            case "GET /api/v1/casussen/{casusId}/veiligheidsplannen/huidig", "GET /api/v1/casussen/{casusId}/veiligheidsplannen/{versie}" ->
                    api().post(casus + "/veiligheidsplannen", veiligheidsplan(LID), lid);
            default -> null;
        };
        if (stap == null) {
            return;
        }
        assertThat(stap.statusCode()).as(stap.body()).isEqualTo(201);
        var body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stap.body());
        padId.put(casusId, switch (endpoint) {
            case "POST /api/v1/casussen/{casusId}/evaluaties/{evaluatieId}/verslag" -> body.get("id").asString();
            case "PUT /api/v1/casussen/{casusId}/plan/doelen/{doelId}/status" -> body.get("plannen").get(0).get("doelen").get(0).get("id").asString();
            default -> "1";
        });
    }

    private HttpResponse<String> call(AuthorisationMatrix.RelationRow row, String casusId, String subject, @Nullable String token) {
        String casus = "/api/v1/casussen/" + casusId;
        String id = padId.getOrDefault(casusId, UUID.randomUUID().toString());
        return switch (row.endpoint()) {
            case "GET /api/v1/casussen/{casusId}" -> api().get(casus, token);
            case "GET /api/v1/casussen/{casusId}/jbt" -> api().get(casus + "/jbt", token);
            // A regisseur couples themselves; the teamleider another.
            // Replacing a regisseur is a warm handover after the joint conversation every matrix casus has (casusWaarin).
            case "PUT /api/v1/casussen/{casusId}/regisseur" -> send("PUT", casus + "/regisseur", CasusVerdiepingMother.regisseurMetOverdracht(
                    row.rol().equals("teamleider") ? "matrix-nieuwe-regisseur" : subject, gezamenlijkGesprek.getOrDefault(casusId, casusId)), token);
            case "POST /api/v1/casussen/{casusId}/teamleden" -> api().post(casus + "/teamleden", """
                    {"medewerkerId": "%s", "rol": "JEUGDLINK_PROFESSIONAL", "expertise": "VEILIG_THUIS"}""".formatted(uniek()), token);
            case "DELETE /api/v1/casussen/{casusId}/teamleden/{medewerkerId}" -> send("DELETE", casus + "/teamleden/" + LID, null, token);
            case "POST /api/v1/casussen/{casusId}/gesprekken" -> api().post(casus + "/gesprekken", """
                    {"soort": "GEZINSGESPREK", "gehoudenOp": "%s", "professionals": ["%s"], "gezinAanwezig": true,
                     "kindcontacten": [{"kindId": "%s", "gezien": true, "gesproken": false}], "netwerkUitgenodigd": true,
                     "verslagGedeeldMetGezin": true, "samenvatting": "Gesprek met moeder over de afspraken."}"""
                    .formatted(GISTEREN, subject, AanmeldingGescreendMother.KIND_ONDER_4), token);
            case "GET /api/v1/casussen/{casusId}/gesprekken" -> api().get(casus + "/gesprekken", token);
            case "POST /api/v1/casussen/{casusId}/gw-momenten" -> api().post(casus + "/gw-momenten", """
                    {"moment": "START", "gedragswetenschapperId": "%s", "datum": "%s"}""".formatted(subject, GISTEREN.toString().substring(0, 10)), token);
            case "POST /api/v1/casussen/{casusId}/plan" -> api().post(casus + "/plan", CasusVerdiepingMother.plan(GISTEREN.toString()), token);
            case "POST /api/v1/casussen/{casusId}/hulp" -> api().post(casus + "/hulp", """
                    {"ingezetOp": "%s"}""".formatted(GISTEREN), token);
            case "POST /api/v1/casussen/{casusId}/afsluiting" -> api().post(casus + "/afsluiting", CasusVerdiepingMother.afsluiting("DOELEN_BEHAALD"), token);
            case "POST /api/v1/casussen/{casusId}/werkaantekeningen" -> api().post(casus + "/werkaantekeningen", """
                    {"tekst": "Eigen notitie."}""", token);
            case "GET /api/v1/casussen/{casusId}/werkaantekeningen" -> api().get(casus + "/werkaantekeningen", token);
            case "GET /api/v1/casussen/{casusId}/gezinsfeedback" -> api().get(casus + "/gezinsfeedback", token);
            case "GET /api/v1/casussen/{casusId}/evaluaties" -> api().get(casus + "/evaluaties", token);
            case "GET /api/v1/casussen/{casusId}/dossieritems" -> api().get(casus + "/dossieritems", token);
            case "POST /api/v1/casussen/{casusId}/dossieritems" -> api().post(casus + "/dossieritems", """
                    {"bron": "PROFESSIONAL", "aard": "FEIT", "tekst": "School meldt verzuim."}""", token);
            case "GET /api/v1/casussen/{casusId}/risicotaxaties" -> api().get(casus + "/risicotaxaties", token);
            case "POST /api/v1/casussen/{casusId}/risicotaxaties" -> api().post(casus + "/risicotaxaties", """
                    {"instrument": "LIRIK", "uitkomst": "Verhoogd risico", "datum": "%s", "uitgevoerdDoor": "%s"}"""
                    .formatted(GISTEREN.toString().substring(0, 10), subject), token);
            case "POST /api/v1/casussen/{casusId}/evaluaties" -> api().post(casus + "/evaluaties", """
                    {"maanden": 3, "gehoudenOp": "%s", "vervolg": "DOORGAAN"}""".formatted(GISTEREN.toString().substring(0, 10)), token);
            case "POST /api/v1/casussen/{casusId}/veiligheidsplannen" -> api().post(casus + "/veiligheidsplannen", veiligheidsplan(subject), token);
            case "GET /api/v1/casussen/{casusId}/veiligheidsplannen" -> api().get(casus + "/veiligheidsplannen", token);
            case "GET /api/v1/casussen/{casusId}/veiligheidsplannen/huidig" -> api().get(casus + "/veiligheidsplannen/huidig", token);
            case "GET /api/v1/casussen/{casusId}/veiligheidsplannen/{versie}" -> api().get(casus + "/veiligheidsplannen/" + id, token);
            case "POST /api/v1/casussen/{casusId}/evaluaties/{evaluatieId}/verslag" -> api().post(casus + "/evaluaties/" + id + "/verslag", """
                    {"verslag": "Afspraken lopen; school meldt minder verzuim."}""", token);
            case "PUT /api/v1/casussen/{casusId}/plan/doelen/{doelId}/status" -> send("PUT", casus + "/plan/doelen/" + id + "/status", """
                    {"status": "LOPEND"}""", token);
            case "GET /api/v1/casussen/{casusId}/veiligheidsscores" -> api().get(casus + "/veiligheidsscores", token);
            case "POST /api/v1/casussen/{casusId}/startoverleg" -> api().post(casus + "/startoverleg", """
                    {"gehoudenOp": "%s", "deelnemers": ["matrix-verwijzer", "matrix-gw"], "doel": "Veiligheid thuis herstellen",
                     "verwachtingen": "Het Sociaal Team houdt regie",
                     "afspraken": {"taakverdeling": "VT doet de risicotaxatie", "informatiedeling": "Met toestemming",
                                   "communicatie": "Wekelijks contact", "dossiervorming": "Verslagen in het dossier"}}"""
                    .formatted(GISTEREN.toString().substring(0, 10)), token);
            default -> throw new IllegalStateException("the matrix names " + row.endpoint() + ": give it a request here");
        };
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private HttpResponse<String> send(String method, String path, @Nullable String json, @Nullable String token) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return api().send(request, token);
    }

    /** A safety plan with every field of Bijlage 3, valid from yesterday, signed by a parent and the caller. */
    private static String veiligheidsplan(String hulpverlener) {
        LocalDate van = LocalDate.ofInstant(GISTEREN, ZoneOffset.UTC);
        return """
                {"watGaatGoed": "Oma past op", "zorgen": "Ruzies", "watIsNodig": "Rust in huis",
                 "veiligheidKind": {"scoreOuder": 4, "scoreProfessional": 4, "toelichting": "Rustiger"},
                 "veiligheidOuders": {"scoreOuder": 5, "scoreProfessional": 5, "toelichting": "Gesteund"},
                 "afsprakenKorteTermijn": "Vader slaapt elders", "afsprakenLangeTermijn": "Therapie",
                 "wieDoetWat": [{"afspraak": "Belt dagelijks", "naam": "Buurvrouw", "contact": "06-00000000"}],
                 "toezicht": {"naam": "%s", "telefoon": "0318-000000"}, "contactfrequentie": "wekelijks",
                 "geldigVan": "%s", "geldigTot": "%s", "gevolgBijNietNakomen": "Melding", "eersteEvaluatie": "%s",
                 "ondertekeningen": [{"naam": "Petra Ouwehand", "rol": "OUDER", "getekendOp": "%s"}, {"naam": "%s", "rol": "HULPVERLENER", "getekendOp": "%s"}]}"""
                .formatted(hulpverlener, van, van.plusMonths(3), van.plusMonths(1), van, hulpverlener, van);
    }

    private static String uniek() {
        return "lid-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
