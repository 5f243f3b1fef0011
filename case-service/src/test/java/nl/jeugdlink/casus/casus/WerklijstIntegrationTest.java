package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.StoreQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worklists over the API against a real broker and store: a casus shows on the list of whoever works in its team
 * now, and on the team list of the teamleider who screened it; it leaves a list when the period ends; filters, sorting
 * and paging follow the NLGov rules and a wrong parameter is a 400 naming it. Listing, and listing one's own working
 * notes, are reads by {@code _id} only: the embedded store scans nothing for them.
 */
@JeugdLinkIntegrationTest
class WerklijstIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> EDE = List.of("GM0228");
    private static final String TEAMLEIDER = ApiCaller.token(AanmeldingGescreendMother.TEAMLEIDER, "teamleider", EDE);
    private static final String PROFESSIONAL = ApiCaller.token("vt-0107", "jeugdlink-professional", EDE);

    @LocalServerPort
    int port;

    @Autowired
    Casussen casussen;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreQueries queries;

    private final KafkaProbe kafka = new KafkaProbe();

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private HttpResponse<String> put(String path, String json, String token) {
        return api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private List<String> casusIds(String query, String token) {
        var response = api().get("/api/v1/casussen" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("casussen").valueStream().map(c -> c.get("casusId").asText()).toList();
    }

    @Test
    void aCasusShowsOnTheListsOfItsTeamAndLeavesTheListOfWhosePeriodEnded() {
        String regisseurId = "st-wl-" + UUID.randomUUID().toString().substring(0, 8);
        String regisseur = ApiCaller.token(regisseurId, "regisseur", EDE);
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        assertThat(put("/api/v1/casussen/" + casusId + "/regisseur", "{\"regisseurId\": \"" + regisseurId + "\"}", TEAMLEIDER).statusCode()).isEqualTo(200);

        long mark = queries.mark();
        var eigen = api().get("/api/v1/casussen?status=open&sorteer=-geopendOp&page=1&pageSize=10", regisseur);
        assertThat(queries.scanning(mongo, mark, Set.of("werklijst_casussen", "werklijst_paginas"))).isEmpty();
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("werklijst_casussen"));
        assertThat(queries.since(mark)).anyMatch(q -> q.collection().equals("werklijst_paginas"));

        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        JsonNode lijst = JSON.readTree(eigen.body());
        assertThat(lijst.get("casussen")).singleElement().satisfies(c -> {
            assertThat(c.get("casusId").asText()).isEqualTo(casusId);
            assertThat(c.get("rol").asText()).isEqualTo("REGISSEUR");
            assertThat(c.get("status").asText()).isEqualTo("OPEN");
            assertThat(c.get("regisseurId").asText()).isEqualTo(regisseurId);
            assertThat(c.get("aantalKinderen").asInt()).isEqualTo(2);
            assertThat(c.get("href").asText()).isEqualTo("/api/v1/casussen/" + casusId);
        });
        assertThat(lijst.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(casusIds("?betrokkenheid=team&rol=TEAMLEIDER&pageSize=200", TEAMLEIDER)).contains(casusId);
        assertThat(casusIds("?pageSize=200", PROFESSIONAL)).contains(casusId);
        assertThat(casusIds("?status=afgesloten", regisseur)).isEmpty();
        assertThat(casusIds("?gemeente=GM0345", regisseur)).as("only the caller's own municipalities").isEmpty();
        assertThat(casusIds("", ApiCaller.token("vt-buiten", "jeugdlink-professional", EDE))).doesNotContain(casusId);

        var beeindigd = api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/casussen/" + casusId + "/teamleden/vt-0107"))
                .DELETE(), TEAMLEIDER);
        assertThat(beeindigd.statusCode()).as(beeindigd.body()).isEqualTo(200);
        assertThat(casusIds("?pageSize=200", PROFESSIONAL)).doesNotContain(casusId);
    }

    @Test
    void aTeamListIsTheTeamleidersAndAWrongParameterIsA400NamingIt() {
        var professionalAlsTeam = api().get("/api/v1/casussen?betrokkenheid=team", PROFESSIONAL);
        var fout = api().get("/api/v1/casussen?betrokkenheid=iedereen&status=half&rol=KOK&sorteer=naam&pageSize=500", PROFESSIONAL);

        assertThat(professionalAlsTeam.statusCode()).isEqualTo(403);
        assertThat(fout.statusCode()).as(fout.body()).isEqualTo(400);
        assertThat(JSON.readTree(fout.body()).get("invalidParams").valueStream().map(p -> p.get("name").asText() + ":" + p.get("code").asText()))
                .containsExactlyInAnyOrder("betrokkenheid:enum", "status:enum", "rol:enum", "sorteer:enum", "pageSize:max");
    }

    @Test
    void listingOnesOwnWorkingNotesScansNothing() {
        String casusId = AanmeldingGescreendMother.openCasus(kafka, casussen);
        String notities = "/api/v1/casussen/" + casusId + "/werkaantekeningen";
        assertThat(api().post(notities, "{\"tekst\": \"Eerst school bellen.\"}", PROFESSIONAL).statusCode()).isEqualTo(201);
        assertThat(api().post(notities, "{\"tekst\": \"Oma als steun?\"}", PROFESSIONAL).statusCode()).isEqualTo(201);

        long mark = queries.mark();
        var eigen = api().get(notities, PROFESSIONAL);

        assertThat(queries.scanning(mongo, mark, Set.of("werkaantekeningen", "werkaantekeningen_per_auteur", "casussen"))).isEmpty();
        assertThat(JSON.readTree(eigen.body()).valueStream().map(n -> n.get("tekst").asText())).containsExactly("Eerst school bellen.", "Oma als steun?");
        assertThat(JSON.readTree(api().get(notities, TEAMLEIDER).body())).isEmpty();
    }
}
