package nl.jeugdlink.routing.toewijzing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.AuthorisationMatrix;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every cell of docs/autorisatiematrix.md for the jeugdhulp-routing-service, against the running
 * service. The platform's table reader gives each row two cells; for a care provider they mean its own
 * AGB code and another provider's (its token names no municipality: only the AGB code decides), and a
 * refused look at another provider's toewijzing by id is a 404, never a 403.
 */
@JeugdLinkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ToewijzingAuthorisationMatrixIntegrationTest {

    private static final String EIGEN = "GM0228";
    private static final String ANDERE = "GM0345";
    /** The contract rows use municipalities of their own: a register in Ede would make every other row's toewijzing a contract check. */
    private static final String REGISTER_EIGEN = "GM0203";
    private static final String REGISTER_ANDERE = "GM0267";
    private static final String CONTRACT = "{\"producten\": [{\"categorie\": \"45\"}], \"van\": \"2026-01-01\"}";
    private static final String AGB_EIGEN = "98000011";
    private static final String AGB_ANDERE = "98000022";
    private static final String PER_ID = "GET /api/v1/toewijzingen/{toewijzingId}";
    /** A toewijzing Ede made under the woonplaatsbeginsel in a casus of {@link #WOONPLAATS_CASUS_GEMEENTE}: Ede sees it, nothing else there. */
    private static final String PER_ID_WOONPLAATS = "GET /api/v1/toewijzingen/{woonplaatsToewijzingId}";
    private static final String WOONPLAATS_CASUS_GEMEENTE = "GM0279";
    private static final String AFWIJZING = "POST /api/v1/toewijzingen/{toewijzingId}/afwijzing";
    private static final String ANTWOORD = "POST /api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/antwoord";
    private static final String VERZOEK_TOEWIJZING = "POST /api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/toewijzing";
    private static final IjwXml XML = new IjwXml();
    private static final String CLIENT = """
            {"bsn": "999900006", "geboortedatum": "2015-03-01", "geslacht": "1", "achternaam": "Bakker"}""";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();
    private String casusInEde;
    private String toewijzingInEde;
    private String afTeWijzen;
    private String beantwoord;
    private String woonplaatsCasus;
    private String woonplaatsToewijzing;

    @BeforeAll
    void eenToewijzingInEdeAanDeEigenZorgaanbieder() {
        casusInEde = CasusGeopendMother.bekendeCasus(kafka, casussen, EIGEN);
        var response = api().post("/api/v1/casussen/" + casusInEde + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB_EIGEN),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        toewijzingInEde = response.headers().firstValue("Location").orElseThrow().replaceAll("^.*/", "");
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusInEde + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CLIENT)),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        // A toewijzing of its own for the one allowed decline, so the reads above keep an undeclined one.
        String tweedeCasus = CasusGeopendMother.bekendeCasus(kafka, casussen, EIGEN);
        var tweede = api().post("/api/v1/casussen/" + tweedeCasus + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB_EIGEN),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(tweede.statusCode()).as(tweede.body()).isEqualTo(201);
        afTeWijzen = tweede.headers().firstValue("Location").orElseThrow().replaceAll("^.*/", "");
        var contract = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten/" + REGISTER_EIGEN
                + "/contracten/" + AGB_EIGEN)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CONTRACT)),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(REGISTER_EIGEN)));
        assertThat(contract.statusCode()).as(contract.body()).isEqualTo(200);
        // A request of the own provider with one product in onderzoek, for the JW319 reads.
        beantwoord = verzoek();
        var antwoord = api().post("/api/v1/zorgaanbieders/" + AGB_EIGEN + "/verzoeken/" + beantwoord + "/antwoord",
                "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
        // Scherpenzeel's youth protector determines care the woonplaatsbeginsel makes Ede's; Ede's back office assigns it there.
        woonplaatsCasus = CasusGeopendMother.bekendeCasus(kafka, casussen, WOONPLAATS_CASUS_GEMEENTE);
        String bepaling = BepalingIntegrationTest.bepaling(AGB_EIGEN);
        var bepaald = api().post("/api/v1/casussen/" + woonplaatsCasus + "/bepalingen", bepaling.substring(0, bepaling.lastIndexOf('}'))
                + ", \"woonplaatsbeginselGemeente\": \"" + EIGEN + "\"}", ApiCaller.token("matrix-voorbereiding", "jeugdbeschermer",
                List.of(WOONPLAATS_CASUS_GEMEENTE)));
        assertThat(bepaald.statusCode()).as(bepaald.body()).isEqualTo(201);
        String opdracht = ToewijzingIntegrationTest.specifiek(AGB_EIGEN);
        var elders = api().post("/api/v1/casussen/" + woonplaatsCasus + "/toewijzingen", opdracht.substring(0, opdracht.lastIndexOf('}'))
                + ", \"bepalingId\": \"" + tools.jackson.databind.json.JsonMapper.builder().build().readTree(bepaald.body()).get("bepalingId").asString() + "\"}",
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(elders.statusCode()).as(elders.body()).isEqualTo(201);
        woonplaatsToewijzing = elders.headers().firstValue("Location").orElseThrow().replaceAll("^.*/", "");
    }

    private @Nullable String gedeeldAfgewezen;

    private String gedeeldAfgewezen() {
        if (gedeeldAfgewezen == null) {
            gedeeldAfgewezen = afgewezen();
        }
        return gedeeldAfgewezen;
    }

    /** A fresh toewijzing in Ede to the own provider; its id. */
    private String toegewezen() {
        String casus = CasusGeopendMother.bekendeCasus(kafka, casussen, EIGEN);
        var toegewezen = api().post("/api/v1/casussen/" + casus + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB_EIGEN),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        return toegewezen.headers().firstValue("Location").orElseThrow().replaceAll("^.*/", "");
    }

    /** A fresh toewijzing in Ede declined by the own provider; its id. */
    private String afgewezen() {
        String casus = CasusGeopendMother.bekendeCasus(kafka, casussen, EIGEN);
        var toegewezen = api().post("/api/v1/casussen/" + casus + "/toewijzingen", ToewijzingIntegrationTest.specifiek(AGB_EIGEN),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(toegewezen.statusCode()).as(toegewezen.body()).isEqualTo(201);
        String id = toegewezen.headers().firstValue("Location").orElseThrow().replaceAll("^.*/", "");
        var afwijzing = api().post("/api/v1/toewijzingen/" + id + "/afwijzing", "{\"grond\": \"GEEN_PASSENDE_HULP\", \"reden\": \"GEEN_PLAATS\"}",
                TestIssuer.get().zorgaanbiederToken("matrix-voorbereiding", AGB_EIGEN));
        assertThat(afwijzing.statusCode()).as(afwijzing.body()).isEqualTo(201);
        return id;
    }

    /** A fresh declined toewijzing in Ede whose search went to the RET; with {@code besproken} the RET discussed it without care. */
    private String retZoektocht(boolean besproken) {
        String id = afgewezen();
        var ingeschakeld = api().post("/api/v1/toewijzingen/" + id + "/afwijzing/zoektocht", "{\"route\": \"RET\"}",
                ApiCaller.token("matrix-voorbereiding", "jeugdbeschermer", List.of(EIGEN)));
        assertThat(ingeschakeld.statusCode()).as(ingeschakeld.body()).isEqualTo(201);
        if (besproken) {
            var bespreking = api().post("/api/v1/toewijzingen/" + id + "/afwijzing/zoektocht/bespreking", "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}",
                    ApiCaller.token("matrix-voorbereiding", "jeugdbeschermer", List.of(EIGEN)));
            assertThat(bespreking.statusCode()).as(bespreking.body()).isEqualTo(201);
        }
        return id;
    }

    private @Nullable String gedeeldBesproken;

    private String gedeeldBesproken() {
        if (gedeeldBesproken == null) {
            gedeeldBesproken = retZoektocht(true);
        }
        return gedeeldBesproken;
    }

    /** A fresh casus in Barneveld (its register has no contract with the own provider) with a bepaling that needs an approval. */
    private String[] bepalingZonderContract() {
        String casus = CasusGeopendMother.bekendeCasus(kafka, casussen, REGISTER_EIGEN);
        var response = api().post("/api/v1/casussen/" + casus + "/bepalingen", BepalingIntegrationTest.bepaling("98000099"),
                ApiCaller.token("matrix-voorbereiding", "jeugdbeschermer", List.of(REGISTER_EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new String[] {casus, tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("bepalingId").asString()};
    }

    private String @Nullable [] gedeeldeBepaling;

    private String[] gedeeldeBepaling() {
        if (gedeeldeBepaling == null) {
            gedeeldeBepaling = bepalingZonderContract();
        }
        return gedeeldeBepaling;
    }

    /** A fresh intention on route 301 in the casus in Ede, intended on 16 November; its id. */
    private String voornemen() {
        var response = api().post("/api/v1/casussen/" + casusInEde + "/voornemens", "{\"route\": \"301\", \"voorgenomenOp\": \"2026-11-16\"}",
                ApiCaller.token("matrix-voorbereiding", "jeugdbeschermer", List.of(EIGEN)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).get("voornemenId").asString();
    }

    private @Nullable String gedeeldVoornemen;

    private String gedeeldVoornemen() {
        if (gedeeldVoornemen == null) {
            gedeeldVoornemen = voornemen();
        }
        return gedeeldVoornemen;
    }

    /** A fresh JW315 of the own provider to Ede with one product; its ReferentieAanbieder. */
    private String verzoek() {
        return verzoek(IjwBerichtMother.geldigBsn());
    }

    /** A fresh JW315 for a fresh client and a casus in Ede with that client: its ReferentieAanbieder and the casus id. */
    private String[] verzoekMetCasus() {
        String bsn = IjwBerichtMother.geldigBsn();
        String casus = CasusGeopendMother.bekendeCasus(kafka, casussen, EIGEN);
        var client = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/casussen/" + casus + "/client"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CLIENT.replace("999900006", bsn))),
                ApiCaller.token("matrix-voorbereiding", "backoffice", List.of(EIGEN)));
        assertThat(client.statusCode()).as(client.body()).isEqualTo(204);
        return new String[] {verzoek(bsn), casus};
    }

    private String verzoek(String bsn) {
        String referentie = uniek();
        var response = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_EIGEN + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(AGB_EIGEN, uniek(), bsn,
                        referentie)))), TestIssuer.get().zorgaanbiederToken("matrix-voorbereiding", AGB_EIGEN));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return referentie;
    }

    static Stream<Arguments> cells() {
        return AuthorisationMatrix.rowsFor("jeugdhulp-routing-service").stream().flatMap(row -> Stream.of(
                Arguments.of(row, true, row.eigenGemeente()),
                Arguments.of(row, false, row.andereGemeente())));
    }

    @ParameterizedTest(name = "{0} eigen={1}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(AuthorisationMatrix.Row row, boolean eigen, boolean toegestaan) {
        String subject = "matrix-" + row.rol();
        boolean zorgaanbieder = row.rol().equals("zorgaanbieder");
        String token = zorgaanbieder
                ? TestIssuer.get().zorgaanbiederToken(subject, eigen ? AGB_EIGEN : AGB_ANDERE)
                : row.endpoint().contains("/contracten/") || row.endpoint().contains("/akkoord") ? ApiCaller.token(subject, row.rol(), List.of(eigen ? REGISTER_EIGEN : REGISTER_ANDERE))
                : ApiCaller.token(subject, row.rol(), List.of(eigen ? EIGEN : ANDERE));

        var response = call(row, token);

        if (toegestaan) {
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        } else if (zorgaanbieder && !eigen && (row.endpoint().equals(PER_ID) || row.endpoint().equals(PER_ID_WOONPLAATS)
                || row.endpoint().equals(AFWIJZING))) {
            // Another provider's toewijzing does not exist for this one.
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        } else if (row.rol().equals("backoffice") && !eigen && (row.endpoint().equals(ANTWOORD) || row.endpoint().equals(VERZOEK_TOEWIJZING))) {
            // A request to another municipality does not exist for this back office.
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        } else {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0} zonder geldig token")
    @MethodSource("cells")
    void refusesEveryCallWithoutAValidTokenWith401(AuthorisationMatrix.Row row) {
        var issuer = TestIssuer.get();
        for (String token : new String[] {null, issuer.forgedToken("x", List.of(row.rol()), List.of(EIGEN)),
                issuer.expiredToken("x", List.of(row.rol()), List.of(EIGEN))}) {
            assertThat(call(row, token).statusCode()).isEqualTo(401);
        }
    }

    private HttpResponse<String> call(AuthorisationMatrix.Row row, @Nullable String token) {
        return switch (row.endpoint()) {
            // A fresh care provider per allowed call: the same product twice at one provider would be stacking (TR302, 409).
            case "POST /api/v1/casussen/{casusId}/toewijzingen" -> api().post("/api/v1/casussen/" + casusInEde + "/toewijzingen",
                    ToewijzingIntegrationTest.specifiek("97%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000))), token);
            case "GET /api/v1/toewijzingen" -> api().get("/api/v1/toewijzingen", token);
            case "GET /api/v1/toewijzingen?casusId={casusId}" -> api().get("/api/v1/toewijzingen?casusId=" + casusInEde, token);
            case PER_ID -> api().get("/api/v1/toewijzingen/" + toewijzingInEde, token);
            case PER_ID_WOONPLAATS -> api().get("/api/v1/toewijzingen/" + woonplaatsToewijzing, token);
            case "GET /api/v1/toewijzingen?casusId={woonplaatsCasusId}" -> api().get("/api/v1/toewijzingen?casusId=" + woonplaatsCasus, token);
            case "PUT /api/v1/casussen/{casusId}/client" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/casussen/" + casusInEde + "/client"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CLIENT)), token);
            // Scherpenzeel's casus whose bepaling makes Ede responsible: Ede's back office gives the client its JW301 needs.
            case "PUT /api/v1/casussen/{woonplaatsCasusId}/client" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/casussen/" + woonplaatsCasus + "/client"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CLIENT)), token);
            case "GET /api/v1/zorgaanbieders/{agbCode}/toewijzingen/{toewijzingId}/jw301" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_EIGEN + "/toewijzingen/" + toewijzingInEde + "/jw301"))
                    .header("Accept", "application/xml, application/problem+json").GET(), token);
            // A fresh declined toewijzing for each call of a row that may (step 5 is recorded once per decline), one shared by the others.
            case "POST /api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() ? afgewezen() : gedeeldAfgewezen()) + "/afwijzing/zoektocht", "{\"route\": \"RET\"}", token);
            // Steps 5B and 6 are recorded once: a fresh search for each call of a row that may, one shared by the others.
            case "POST /api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht/bespreking" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() ? retZoektocht(false) : gedeeldBesproken()) + "/afwijzing/zoektocht/bespreking",
                    "{\"uitkomst\": \"GEEN_PASSENDE_HULP\"}", token);
            case "POST /api/v1/toewijzingen/{toewijzingId}/afwijzing/zoektocht/opschaling" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() ? retZoektocht(true) : gedeeldBesproken()) + "/afwijzing/zoektocht/opschaling", "{}", token);
            // A fresh toewijzing per allowed call (an intrekking only brings the end forward), the shared one for the others.
            case "POST /api/v1/toewijzingen/{toewijzingId}/wijziging" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() && token != null ? afgewezen() : gedeeldAfgewezen()) + "/wijziging",
                    "{\"einddatum\": \"2027-01-31\", \"redenWijziging\": \"05\"}", token);
            // A fresh toewijzing per allowed call (a change ends it: a second change of the same day would be refused), the shared one otherwise.
            case "POST /api/v1/toewijzingen/{toewijzingId}/aanpassing" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() && token != null ? toegewezen() : toewijzingInEde) + "/aanpassing",
                    "{\"vanaf\": \"2027-02-01\", \"redenWijziging\": \"05\", \"omvang\": {\"volume\": 5, \"eenheid\": \"04\", \"frequentie\": \"2\"}}",
                    token);
            // A fresh toewijzing per allowed call (a correction removes it), the shared one otherwise; its ingangsdatum is past: with consent (OP186).
            case "POST /api/v1/toewijzingen/{toewijzingId}/correctie" -> api().post("/api/v1/toewijzingen/"
                    + (row.eigenGemeente() && token != null ? toegewezen() : toewijzingInEde) + "/correctie",
                    "{\"omvang\": {\"volume\": 4, \"eenheid\": \"04\", \"frequentie\": \"2\"}, \"instemmingAanbieder\": true}", token);
            case AFWIJZING -> api().post("/api/v1/toewijzingen/" + afTeWijzen + "/afwijzing",
                    "{\"grond\": \"GEEN_PASSENDE_HULP\", \"reden\": \"GEEN_PLAATS\"}", token);
            // A fresh JW315 per call (identification, references and client unique), always to the own provider's message API.
            case "POST /api/v1/zorgaanbieders/{agbCode}/berichten" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_EIGEN + "/berichten"))
                    .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(AGB_EIGEN, uniek(), IjwBerichtMother.geldigBsn(),
                            uniek())))), token);
            // A fresh request per call: a product is answered finally once.
            case ANTWOORD -> api().post("/api/v1/zorgaanbieders/" + AGB_EIGEN + "/verzoeken/" + (token == null ? uniek() : verzoek()) + "/antwoord",
                    "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"3\"}", token);
            // A fresh request and a casus with its client for each call of a row that may (a product is honoured once), a fresh request otherwise.
            case VERZOEK_TOEWIJZING -> {
                String[] v = row.eigenGemeente() && token != null ? verzoekMetCasus() : new String[] {token == null ? uniek() : verzoek(), casusInEde};
                yield api().post("/api/v1/zorgaanbieders/" + AGB_EIGEN + "/verzoeken/" + v[0] + "/toewijzing", "{\"casusId\": \"" + v[1]
                        + "\", \"omvang\": {\"volume\": 3, \"eenheid\": \"04\", \"frequentie\": \"2\"}}", token);
            }
            case "GET /api/v1/zorgaanbieders/{agbCode}/verzoeken/{referentieAanbieder}/jw319" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_EIGEN + "/verzoeken/" + beantwoord + "/jw319"))
                    .header("Accept", "application/xml, application/problem+json").GET(), token);
            case "PUT /api/v1/zorgaanbieders/{agbCode}/aanbod" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + AGB_EIGEN + "/aanbod"))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                            {"naam": "Matrix Zorg", "gemeenten": ["GM0228"], "contractVan": "2026-01-01",
                             "producten": [{"categorie": "45", "code": "45A01", "wachttijdDagen": 10}]}""")), token);
            case "GET /api/v1/aanbod?categorie={categorie}&code={code}&gemeente={gemeente}" ->
                    api().get("/api/v1/aanbod?categorie=45&code=45A01&gemeente=" + EIGEN, token);
            case "GET /api/v1/gemeenten/{gemeenteCode}/verzoeken" -> api().get("/api/v1/gemeenten/" + EIGEN + "/verzoeken", token);
            case "PUT /api/v1/gemeenten/{gemeenteCode}/contracten/{agbCode}" -> api().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/gemeenten/" + REGISTER_EIGEN + "/contracten/" + AGB_EIGEN))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(CONTRACT)), token);
            case "GET /api/v1/gemeenten/{gemeenteCode}/contracten/{agbCode}" ->
                    api().get("/api/v1/gemeenten/" + REGISTER_EIGEN + "/contracten/" + AGB_EIGEN, token);
            case "POST /api/v1/casussen/{casusId}/bepalingen" -> api().post("/api/v1/casussen/" + casusInEde + "/bepalingen",
                    BepalingIntegrationTest.bepaling(AGB_EIGEN), token);
            case "GET /api/v1/casussen/{casusId}/bepalingen" -> api().get("/api/v1/casussen/" + casusInEde + "/bepalingen", token);
            case "POST /api/v1/casussen/{casusId}/voornemens" -> api().post("/api/v1/casussen/" + casusInEde + "/voornemens",
                    "{\"route\": \"301\"}", token);
            // Step 1's consultation is recorded once per intention: a fresh intention for each call of a row that may, one shared by the others.
            case "POST /api/v1/casussen/{casusId}/voornemens/{voornemenId}/raadpleging" -> api().post("/api/v1/casussen/" + casusInEde
                    + "/voornemens/" + (row.eigenGemeente() && token != null ? voornemen() : gedeeldVoornemen()) + "/raadpleging",
                    "{\"geraadpleegdOp\": \"2026-11-17\"}", token);
            // An approval is given once: a fresh bepaling for each call of a row that may, one shared by the others (in Barneveld).
            case "POST /api/v1/casussen/{casusId}/bepalingen/{bepalingId}/akkoord" -> {
                String[] b = row.eigenGemeente() && token != null ? bepalingZonderContract() : gedeeldeBepaling();
                yield api().post("/api/v1/casussen/" + b[0] + "/bepalingen/" + b[1] + "/akkoord", "{\"toelichting\": \"Matrix\"}", token);
            }
            default -> throw new IllegalStateException("the matrix names " + row.endpoint() + ": give it a request here");
        };
    }

    private static String uniek() {
        return java.util.UUID.randomUUID().toString().substring(0, 12);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }
}
