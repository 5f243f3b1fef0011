package nl.jeugdlink.routing.aanbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Providers keep their supply; the region reads it per product, ordered by waiting time, against the running service and store. */
@JeugdLinkIntegrationTest
class AanbodIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private HttpResponse<String> put(String agbPad, String agbToken, String json) {
        return ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agbPad + "/aanbod"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)),
                TestIssuer.get().zorgaanbiederToken("za-" + agbToken, agbToken));
    }

    private static String aanbod(String naam, String gemeente, String code, String beschikbaarheid) {
        return """
                {"naam": "%s", "gemeenten": ["%s"], "contractVan": "2026-01-01", "contractTot": "2030-12-31",
                 "producten": [{"categorie": "45", "code": "%s", %s}]}""".formatted(naam, gemeente, code, beschikbaarheid);
    }

    private JsonNode lees(String code, String gemeente, String token) {
        var response = ApiCaller.onPort(port).get("/api/v1/aanbod?categorie=45&code=" + code + "&gemeente=" + gemeente, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("aanbieders");
    }

    @Test
    void contractedProvidersOfAProductAreListedForTheirMunicipalityShortestWaitFirst_andAProviderKeepsOnlyItsOwn() {
        String code = "Z" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String a = "9701" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String b = "9702" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String c = "9703" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String elders = "9704" + ThreadLocalRandom.current().nextInt(1000, 9999);
        assertThat(put(a, a, aanbod("Lang Wachten", "GM0228", code, "\"wachttijdDagen\": 40")).statusCode()).isEqualTo(200);
        assertThat(put(b, b, aanbod("Vrije Plek", "GM0228", code, "\"vrijePlaatsen\": 2")).statusCode()).isEqualTo(200);
        assertThat(put(c, c, aanbod("Kort Wachten", "GM0228", code, "\"wachttijdDagen\": 7")).statusCode()).isEqualTo(200);
        assertThat(put(elders, elders, aanbod("Elders", "GM0345", code, "\"wachttijdDagen\": 1")).statusCode()).isEqualTo(200);

        String regisseur = ApiCaller.token("st-ede", "regisseur", List.of("GM0228"));
        JsonNode lijst = lees(code, "GM0228", regisseur);
        assertThat(lijst.findValuesAsString("agbCode")).containsExactly(b, c, a);
        assertThat(lijst.get(0).get("bijgewerktOp").asString()).isNotBlank();

        // A provider updates its availability and drops the product: the list follows.
        assertThat(put(a, a, aanbod("Lang Wachten", "GM0228", code, "\"wachttijdDagen\": 0")).statusCode()).isEqualTo(200);
        // Both without waiting now: the one with free places first.
        assertThat(lees(code, "GM0228", regisseur).findValuesAsString("agbCode")).containsExactly(b, a, c);
        assertThat(put(c, c, aanbod("Kort Wachten", "GM0228", "X" + code.substring(1), "\"wachttijdDagen\": 7")).statusCode()).isEqualTo(200);
        assertThat(lees(code, "GM0228", regisseur).findValuesAsString("agbCode")).containsExactly(b, a);

        assertThat(put(a, b, aanbod("Overname", "GM0228", code, "\"wachttijdDagen\": 1")).statusCode()).as("B keeping A's supply").isEqualTo(403);
        assertThat(ApiCaller.onPort(port).get("/api/v1/aanbod?categorie=45&code=" + code + "&gemeente=GM0228",
                TestIssuer.get().zorgaanbiederToken("za-" + a, a)).statusCode()).as("providers do not read each other's supply").isEqualTo(403);
        assertThat(ApiCaller.onPort(port).get("/api/v1/aanbod?categorie=45&code=" + code + "&gemeente=GM0345", regisseur).statusCode())
                .isEqualTo(403);
    }

    private HttpResponse<String> contract(String gemeente, String agb, String producten, String van, String tot) {
        return ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/gemeenten/" + gemeente
                + "/contracten/" + agb)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                {"producten": [%s], "van": "%s", "tot": "%s"}""".formatted(producten, van, tot))),
                ApiCaller.token("bo-" + gemeente, "backoffice", List.of(gemeente)));
    }

    @Test
    void whereTheMunicipalityKeepsAContractRegisterOnlyProvidersItContractedForTheProductTodayAreListed() {
        String barneveld = "GM0203";
        String code = "Z" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String product = "{\"categorie\": \"45\", \"code\": \"" + code + "\"}";
        String gecontracteerd = "9711" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String alleenEigenZeggen = "9712" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String categorieVanHetRegister = "9713" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String anderProduct = "9714" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String verlopen = "9715" + ThreadLocalRandom.current().nextInt(1000, 9999);
        for (String agb : List.of(gecontracteerd, alleenEigenZeggen, anderProduct, verlopen)) {
            assertThat(put(agb, agb, aanbod("Aanbieder " + agb, barneveld, code, "\"wachttijdDagen\": 10")).statusCode()).isEqualTo(200);
        }
        // This one states another municipality's contract only; Barneveld's register has it for the whole category 45.
        assertThat(put(categorieVanHetRegister, categorieVanHetRegister, aanbod("Categorie", "GM0228", code, "\"wachttijdDagen\": 3"))
                .statusCode()).isEqualTo(200);
        assertThat(contract(barneveld, gecontracteerd, product, "2026-01-01", "2030-12-31").statusCode()).isEqualTo(200);
        assertThat(contract(barneveld, categorieVanHetRegister, "{\"categorie\": \"45\"}", "2026-01-01", "2030-12-31").statusCode()).isEqualTo(200);
        assertThat(contract(barneveld, anderProduct, "{\"categorie\": \"45\", \"code\": \"Y" + code.substring(1) + "\"}", "2026-01-01",
                "2030-12-31").statusCode()).isEqualTo(200);
        assertThat(contract(barneveld, verlopen, product, "2025-01-01", "2025-12-31").statusCode()).isEqualTo(200);

        JsonNode lijst = lees(code, barneveld, ApiCaller.token("st-barneveld", "regisseur", List.of(barneveld)));

        // The register decides: not the provider without a contract (alleenEigenZeggen), nor another product's, nor an ended one.
        assertThat(lijst.findValuesAsString("agbCode")).containsExactly(categorieVanHetRegister, gecontracteerd);
    }

    @Test
    void badSupplyIsA400NamingFieldAndRule() {
        String a = "9705" + ThreadLocalRandom.current().nextInt(1000, 9999);
        var zonder = put(a, a, """
                {"naam": "", "gemeenten": ["0228"], "contractVan": "2026-01-01", "contractTot": "2025-01-01",
                 "producten": [{"categorie": "4", "code": "45A01"}]}""");
        assertThat(zonder.statusCode()).isEqualTo(400);
        assertThat(zonder.body()).contains("naam").contains("cbs-code").contains("na-contractVan").contains("JZ020").contains("beschikbaarheid");
        var geenBegin = put(a, a, "{\"naam\": \"X\"}");
        assertThat(geenBegin.statusCode()).isEqualTo(400);
        assertThat(geenBegin.body()).contains("contractVan");
        assertThat(ApiCaller.onPort(port).get("/api/v1/aanbod?categorie=45&code=45A01&gemeente=Ede",
                ApiCaller.token("st", "regisseur", List.of("GM0228"))).statusCode()).isEqualTo(400);
    }
}
