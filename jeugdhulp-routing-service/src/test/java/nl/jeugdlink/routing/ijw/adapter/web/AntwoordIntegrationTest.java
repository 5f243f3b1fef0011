package nl.jeugdlink.routing.ijw.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.TestIssuer;
import nl.jeugdlink.routing.ijw.xml.IjwBerichtMother;
import nl.jeugdlink.routing.ijw.xml.IjwXml;
import nl.jeugdlink.routing.ijw.xml.Jw316;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The back office answers requested products with a JW319 that the provider fetches, against the running service and store. */
@JeugdLinkIntegrationTest
class AntwoordIntegrationTest {

    private static final String AGB_A = "98000061";
    private static final String AGB_B = "98000062";
    private static final IjwXml XML = new IjwXml();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    private static String uniek() {
        return UUID.randomUUID().toString().substring(0, 12);
    }

    private ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    private static String backoffice(String gemeente) {
        return ApiCaller.token("bo-" + gemeente, "backoffice", List.of(gemeente));
    }

    private static String aanbieder(String agb) {
        return TestIssuer.get().zorgaanbiederToken("za-" + agb, agb);
    }

    private HttpResponse<String> verzoek(String agb, String bsn, String... referenties) {
        var response = api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agb + "/berichten"))
                .header("Content-Type", "application/xml").header("Accept", "application/xml, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(XML.schrijf(IjwBerichtMother.jw315Van(agb, uniek(), bsn, referenties)))), aanbieder(agb));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> antwoord(String agb, String referentie, String json, String token) {
        return api().post("/api/v1/zorgaanbieders/" + agb + "/verzoeken/" + referentie + "/antwoord", json, token);
    }

    private HttpResponse<String> jw319(String agbPad, String referentie, String agbToken) {
        return api().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/zorgaanbieders/" + agbPad + "/verzoeken/" + referentie
                + "/jw319")).header("Accept", "application/xml, application/problem+json").GET(), aanbieder(agbToken));
    }

    @Test
    void inOnderzoekOnceThenRejectedAndTheProviderFetchesAValidJw319_andTheRequestClosesWhenEveryProductIsAnswered() {
        String bsn = IjwBerichtMother.geldigBsn();
        String ref1 = uniek();
        String ref2 = uniek();
        verzoek(AGB_A, bsn, ref1, ref2);
        String bo = backoffice("GM0228");

        assertThat(antwoord(AGB_A, ref1, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo).statusCode()).isEqualTo(201);
        var onderzoek = jw319(AGB_A, ref1, AGB_A);
        assertThat(onderzoek.statusCode()).as(onderzoek.body()).isEqualTo(200);
        assertThat(XML.lees(onderzoek.body(), Jw319.class).client().antwoord().verzoekAntwoord()).isEqualTo("2");
        var tweedeOnderzoek = antwoord(AGB_A, ref1, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo);
        assertThat(tweedeOnderzoek.statusCode()).isEqualTo(409);
        assertThat(tweedeOnderzoek.body()).contains("TR360");

        assertThat(antwoord(AGB_A, ref1, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"3\"}", bo).statusCode()).isEqualTo(201);
        var afgewezen = jw319(AGB_A, ref1, AGB_A);
        assertThat(XML.schemafouten(afgewezen.body())).isEmpty();
        Jw319 bericht = XML.lees(afgewezen.body(), Jw319.class);
        assertThat(bericht.header().afzender()).isEqualTo("0228");
        assertThat(bericht.header().ontvanger()).isEqualTo(AGB_A);
        assertThat(bericht.client().bsn()).isEqualTo(bsn);
        assertThat(bericht.client().antwoord().verzoekAntwoord()).isEqualTo("1");
        assertThat(bericht.client().antwoord().redenAfwijzingVerzoek()).isEqualTo("3");
        assertThat(jw319(AGB_A, ref1, AGB_A).body()).isEqualTo(afgewezen.body());
        assertThat(antwoord(AGB_A, ref1, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"2\"}", bo).statusCode()).isEqualTo(409);

        // One product still open: the client's next request is refused (TR374); once both are answered it is accepted.
        Jw316 nogOpen = XML.lees(verzoek(AGB_A, bsn, uniek()).body(), Jw316.class);
        assertThat(nogOpen.header().retourCodes()).isNull();
        var woonplaats = antwoord(AGB_A, ref2, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"8\", \"woonplaatsbeginselGemeente\": \"0345\"}", bo);
        assertThat(woonplaats.statusCode()).as(woonplaats.body()).isEqualTo(201);
        assertThat(XML.lees(jw319(AGB_A, ref2, AGB_A).body(), Jw319.class).client().antwoord().woonplaatsbeginsel().gemeente()).isEqualTo("0345");
        Jw316 daarna = XML.lees(verzoek(AGB_A, bsn, uniek()).body(), Jw316.class);
        assertThat(daarna.header().retourCodes().retourCode()).containsExactly("0200");
    }

    @Test
    void everyJw319OfOneMunicipalityHasItsOwnBerichtIdentificatie_alsoWhenAnsweredAtTheSameTime() throws Exception {
        // TR056: the identification is unique per message kind for the sender; the counter is one findAndModify $inc per sender and kind.
        String agb = "98000063";
        String bo = backoffice("GM0228");
        List<String> referenties = java.util.stream.IntStream.range(0, 6).mapToObj(i -> uniek()).toList();
        // One request per client, so the parallel answers below write different requests and meet only at the counter.
        referenties.forEach(ref -> verzoek(agb, IjwBerichtMother.geldigBsn(), ref));
        String eerste = referenties.getFirst();
        assertThat(antwoord(agb, eerste, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo).statusCode()).isEqualTo(201);
        String onderzoek = XML.lees(jw319(agb, eerste, agb).body(), Jw319.class).header().berichtIdentificatie().identificatie();
        assertThat(antwoord(agb, eerste, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"3\"}", bo).statusCode()).isEqualTo(201);

        List<String> gelijktijdig = referenties.subList(1, referenties.size());
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(gelijktijdig.size())) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var antwoorden = gelijktijdig.stream().map(ref -> threads.submit(() -> {
                start.await();
                return antwoord(agb, ref, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"7\"}", bo).statusCode();
            })).toList();
            start.countDown();
            for (var a : antwoorden) {
                assertThat(a.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(201);
            }
        }

        List<String> identificaties = new java.util.ArrayList<>(List.of(onderzoek));
        for (String ref : referenties) {
            var bericht = jw319(agb, ref, agb);
            assertThat(bericht.statusCode()).as(bericht.body()).isEqualTo(200);
            assertThat(XML.schemafouten(bericht.body())).isEmpty();
            Jw319 jw319 = XML.lees(bericht.body(), Jw319.class);
            assertThat(jw319.header().afzender()).isEqualTo("0228");
            identificaties.add(jw319.header().berichtIdentificatie().identificatie());
        }
        // The "in onderzoek" JW319 and the rejection of the same product are two messages, each of the six others one more.
        assertThat(identificaties).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void eachRequestedProductIsPublishedAndEachAnswerToo_keyedByTheRequestWithoutTheBsn() {
        String bsn = IjwBerichtMother.geldigBsn();
        String ref1 = uniek();
        String ref2 = uniek();
        verzoek(AGB_B, bsn, ref1, ref2);
        String bo = backoffice("GM0228");
        assertThat(antwoord(AGB_B, ref1, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo).statusCode()).isEqualTo(201);
        assertThat(antwoord(AGB_B, ref1, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"8\", "
                + "\"woonplaatsbeginselGemeente\": \"0203\"}", bo).statusCode()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> aangevraagd = events(RoutingEvents.JEUGDHULP_AANGEVRAAGD.type(), 2, ref1, ref2);
        var eerste = JSON.readTree(aangevraagd.getFirst().value());
        String verzoekId = eerste.path("verzoekId").asString();
        assertThat(aangevraagd).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(verzoekId);
            assertThat(KafkaProbe.header(r, "ce_subject")).isEqualTo(verzoekId);
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(bsn);
        });
        assertThat(eerste.path("casusId").asString()).isEqualTo(verzoekId);
        assertThat(eerste.path("aanmeldingId").asString()).isEqualTo(verzoekId);
        assertThat(eerste.path("gemeenteCode").asString()).isEqualTo("GM0228");

        List<ConsumerRecord<String, byte[]>> beantwoord = events(RoutingEvents.VERZOEK_BEANTWOORD.type(), 2, ref1);
        var onderzoek = JSON.readTree(beantwoord.get(0).value());
        var afwijzing = JSON.readTree(beantwoord.get(1).value());
        assertThat(onderzoek.path("antwoord").asString()).isEqualTo("IN_ONDERZOEK");
        assertThat(onderzoek.path("definitief").asBoolean()).isFalse();
        assertThat(afwijzing.path("antwoord").asString()).isEqualTo("AFGEWEZEN");
        assertThat(afwijzing.path("definitief").asBoolean()).isTrue();
        assertThat(afwijzing.path("redenAfwijzing").asString()).isEqualTo("8");
        assertThat(afwijzing.path("woonplaatsbeginselGemeente").asString()).isEqualTo("0203");
        assertThat(afwijzing.path("aanvraagId").asString()).isEqualTo(JSON.readTree(aangevraagd.stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(ref1)).findFirst().orElseThrow().value()).path("aanvraagId").asString());
        assertThat(beantwoord).allSatisfy(r -> assertThat(r.key()).isEqualTo(verzoekId));
    }

    /** The routing topic's events of this type naming one of the references, in their order. */
    private List<ConsumerRecord<String, byte[]>> events(String type, int aantal, String... referenties) {
        java.util.function.Predicate<ConsumerRecord<String, byte[]>> past = r -> type.equals(KafkaProbe.header(r, "ce_type"))
                && java.util.Arrays.stream(referenties).anyMatch(ref -> new String(r.value(), StandardCharsets.UTF_8).contains("\"" + ref + "\""));
        var gevonden = kafka.read(RoutingEvents.TOPIC, Duration.ofSeconds(30), rs -> rs.stream().filter(past).count() >= aantal).stream()
                .filter(past).toList();
        assertThat(gevonden).hasSize(aantal);
        return gevonden;
    }

    @Test
    void theBackOfficeListsItsOpenRequestedProductsUntilEachHasItsFinalAnswer() {
        String ref1 = uniek();
        String ref2 = uniek();
        verzoek(AGB_B, IjwBerichtMother.geldigBsn(), ref1, ref2);
        String bo = backoffice("GM0228");

        var lijst = api().get("/api/v1/gemeenten/GM0228/verzoeken", bo);
        assertThat(lijst.statusCode()).as(lijst.body()).isEqualTo(200);
        assertThat(lijst.body()).contains(ref1).contains(ref2);
        assertThat(antwoord(AGB_B, ref1, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo).statusCode()).isEqualTo(201);
        assertThat(antwoord(AGB_B, ref2, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"3\"}", bo).statusCode()).isEqualTo(201);

        String daarna = api().get("/api/v1/gemeenten/GM0228/verzoeken", bo).body();
        assertThat(daarna).as("in onderzoek stays, a rejection leaves").contains(ref1).doesNotContain(ref2);
        assertThat(daarna).contains("\"inOnderzoek\":true");
        assertThat(api().get("/api/v1/gemeenten/GM0228/verzoeken", backoffice("GM0345")).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/gemeenten/GM0345/verzoeken", backoffice("GM0345")).body()).doesNotContain(ref1);
        assertThat(api().get("/api/v1/gemeenten/GM0228/verzoeken", aanbieder(AGB_B)).statusCode()).isEqualTo(403);
    }

    @Test
    void badAnswersNameFieldAndRule_andNobodyElseAnswersOrReads() {
        String ref = uniek();
        verzoek(AGB_A, IjwBerichtMother.geldigBsn(), ref);
        String bo = backoffice("GM0228");

        var zonderReden = antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"AFGEWEZEN\"}", bo);
        assertThat(zonderReden.statusCode()).isEqualTo(400);
        assertThat(zonderReden.body()).contains("redenAfwijzingVerzoek").contains("WJ759");
        var achtZonderGemeente = antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"AFGEWEZEN\", \"redenAfwijzingVerzoek\": \"8\"}", bo);
        assertThat(achtZonderGemeente.statusCode()).isEqualTo(400);
        assertThat(achtZonderGemeente.body()).contains("woonplaatsbeginselGemeente").contains("TR377");
        assertThat(antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"TOEGEWEZEN\"}", bo).statusCode()).isEqualTo(400);
        assertThat(antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", backoffice("GM0345")).statusCode()).as("another municipality")
                .isEqualTo(404);
        assertThat(antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", aanbieder(AGB_A)).statusCode()).isEqualTo(403);
        assertThat(jw319(AGB_A, ref, AGB_A).statusCode()).as("not answered yet").isEqualTo(404);

        assertThat(antwoord(AGB_A, ref, "{\"verzoekAntwoord\": \"IN_ONDERZOEK\"}", bo).statusCode()).isEqualTo(201);
        assertThat(jw319(AGB_A, ref, AGB_B).statusCode()).as("B on A's path").isEqualTo(403);
        assertThat(jw319(AGB_B, ref, AGB_B).statusCode()).as("A's reference under B").isEqualTo(404);
    }
}
