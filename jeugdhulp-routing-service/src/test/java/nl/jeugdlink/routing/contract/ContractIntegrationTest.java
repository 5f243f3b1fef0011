package nl.jeugdlink.routing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.routing.toewijzing.ToewijzingTestdata;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The municipality's contract register and the toewijzing's check against it, against the running service. Barneveld and Nijkerk
 * only: the other classes assign in municipalities without a register, which must stay unchecked.
 */
@JeugdLinkIntegrationTest
class ContractIntegrationTest {

    private static final String BARNEVELD = "GM0203";
    private static final String NIJKERK = "GM0267";
    private static final String GECONTRACTEERD = "98000051";
    private static final String NIET_GECONTRACTEERD = "98000052";
    private static final String AMBULANT = """
            {"producten": [{"categorie": "45", "code": "45A01"}, {"categorie": "43"}], "van": "2026-01-01", "tot": "2027-12-31"}""";

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    private final KafkaProbe kafka = new KafkaProbe();

    private HttpResponse<String> put(String gemeente, String agb, String body, String token) {
        return ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten/" + gemeente
                + "/contracten/" + agb)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), token);
    }

    private static String backoffice(String gemeente) {
        return ApiCaller.token("bo-" + gemeente, "backoffice", List.of(gemeente));
    }

    private HttpResponse<String> toewijzing(String casusId, String body) {
        return ApiCaller.onPort(port).post("/api/v1/casussen/" + casusId + "/toewijzingen", body, backoffice(BARNEVELD));
    }

    @Test
    void onceTheMunicipalityKeepsARegisterOnlyContractedCareIsAssigned() {
        var bewaard = put(BARNEVELD, GECONTRACTEERD, AMBULANT, backoffice(BARNEVELD));
        assertThat(bewaard.statusCode()).as(bewaard.body()).isEqualTo(200);
        String casusId = nl.jeugdlink.routing.toewijzing.ToewijzingTestdata.casus(kafka, casussen, BARNEVELD);

        assertThat(toewijzing(casusId, ToewijzingTestdata.specifiek(GECONTRACTEERD)).statusCode()).isEqualTo(201);
        var anderProduct = toewijzing(casusId, ToewijzingTestdata.specifiek(GECONTRACTEERD).replace("45A01", "45B02"));
        var andereAanbieder = toewijzing(casusId, ToewijzingTestdata.specifiek(NIET_GECONTRACTEERD));
        var naHetContract = toewijzing(casusId, ToewijzingTestdata.specifiek(GECONTRACTEERD).replace("2026-12-01", "2028-01-02")
                .replace("2027-05-31", "2028-05-31"));
        // The whole category 43 is contracted: any code in it.
        var categorie = toewijzing(casusId, ToewijzingTestdata.specifiek(GECONTRACTEERD).replace("\"45\"", "\"43\"").replace("45A01", "43X01"));

        for (var geweigerd : List.of(anderProduct, andereAanbieder, naHetContract)) {
            assertThat(geweigerd.statusCode()).as(geweigerd.body()).isEqualTo(409);
            assertThat(geweigerd.body()).contains("GEEN_CONTRACT").contains("agbCode");
        }
        assertThat(categorie.statusCode()).as(categorie.body()).isEqualTo(201);
    }

    @Test
    void theBackOfficeKeepsItsOwnRegisterAndTheLocalTeamReadsIt() {
        assertThat(put(BARNEVELD, "98000053", AMBULANT, backoffice(BARNEVELD)).statusCode()).isEqualTo(200);

        var gelezen = ApiCaller.onPort(port).get("/api/v1/gemeenten/" + BARNEVELD + "/contracten/98000053",
                ApiCaller.token("rg", "regisseur", List.of(BARNEVELD)));
        assertThat(gelezen.statusCode()).as(gelezen.body()).isEqualTo(200);
        assertThat(gelezen.body()).contains("45A01").contains("\"van\":\"2026-01-01\"");
        assertThat(ApiCaller.onPort(port).get("/api/v1/gemeenten/" + BARNEVELD + "/contracten/98000059", backoffice(BARNEVELD)).statusCode())
                .isEqualTo(404);
        assertThat(put(BARNEVELD, "98000053", AMBULANT, backoffice(NIJKERK)).statusCode()).isEqualTo(403);
        assertThat(put(BARNEVELD, "98000053", AMBULANT, ApiCaller.token("rg", "regisseur", List.of(BARNEVELD))).statusCode()).isEqualTo(403);
        assertThat(ApiCaller.onPort(port).get("/api/v1/gemeenten/" + BARNEVELD + "/contracten/98000053", backoffice(NIJKERK)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void namesEveryBrokenRuleAtOnce() {
        var fout = put(NIJKERK, "98000054", """
                {"producten": [{"categorie": "4", "code": "x"}, {"categorie": "4", "code": "x"}], "tot": "2025-01-01"}""", backoffice(NIJKERK));
        assertThat(fout.statusCode()).isEqualTo(400);
        assertThat(fout.body()).contains("\"van\"");

        var regels = put(NIJKERK, "98000054", """
                {"producten": [{"categorie": "4", "code": "x"}, {"categorie": "4", "code": "x"}], "van": "2026-01-01", "tot": "2025-01-01"}""",
                backoffice(NIJKERK));
        assertThat(regels.statusCode()).isEqualTo(400);
        assertThat(regels.body()).contains("na-van").contains("JZ020").contains("productcode").contains("uniek");
        assertThat(ApiCaller.onPort(port).get("/api/v1/gemeenten/" + NIJKERK + "/contracten/98000054", backoffice(NIJKERK)).statusCode())
                .as("nothing stored").isEqualTo(404);
    }
}
