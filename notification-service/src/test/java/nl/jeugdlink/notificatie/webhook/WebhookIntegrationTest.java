package nl.jeugdlink.notificatie.webhook;

import static nl.jeugdlink.notificatie.Gebeurtenissen.GOUDEN_CASUS;
import static nl.jeugdlink.notificatie.Gebeurtenissen.stuur;
import static nl.jeugdlink.notificatie.Gebeurtenissen.voorbeeld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.notificatie.NotificatieIntegrationTest;
import nl.jeugdlink.notificatie.webhook.application.AdresserenGebeurtenissen;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Care providers' webhooks and change feed against a real broker, store and an HTTP receiver on loopback (issue 14). */
@NotificatieIntegrationTest
class WebhookIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    static String nieuweAgb() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    static String toewijzing(String agb, String casus) {
        return stuur(RoutingEvents.JEUGDHULP_TOEGEWEZEN, casus, voorbeeld(RoutingEvents.JEUGDHULP_TOEGEWEZEN,
                Map.of("98000011", agb, GOUDEN_CASUS, casus)));
    }

    ApiCaller api() {
        return ApiCaller.onPort(port);
    }

    static String token(String agb) {
        return TestIssuer.get().zorgaanbiederToken("za-" + agb, agb);
    }

    /** Registers and returns the secret, shown in this answer only. */
    String abonneer(String agb, String url) {
        HttpResponse<String> r = api().post("/api/v1/abonnementen", """
                {"callbackUrl":"%s","auth":"Bearer ontvanger-token","kanalen":[{"naam":"toewijzingen","filters":{"gebeurtenissen":["JeugdhulpToegewezen"]}}]}"""
                .formatted(url), token(agb));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String secret = json.readTree(r.body()).get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        return secret;
    }

    @Test
    void aSubscriptionReceivesExactlyItsProvidersAllocationsSignedAndVerifiable() throws Exception {
        String agbA = nieuweAgb();
        String agbB = nieuweAgb();
        try (Ontvanger a = new Ontvanger(); Ontvanger b = new Ontvanger()) {
            String secretA = abonneer(agbA, a.url());
            String secretB = abonneer(agbB, b.url());
            Set<String> vanA = new HashSet<>();
            Set<String> vanB = new HashSet<>();
            for (int i = 0; i < 3; i++) {
                vanA.add(toewijzing(agbA, UUID.randomUUID().toString()));
            }
            for (int i = 0; i < 2; i++) {
                vanB.add(toewijzing(agbB, UUID.randomUUID().toString()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> a.verwerkt.size() == 3 && b.verwerkt.size() == 2);
            Thread.sleep(500); // nothing more arrives
            assertThat(a.verwerkt).isEqualTo(vanA);
            assertThat(b.verwerkt).isEqualTo(vanB);
            assertThat(a.ontvangen).hasSize(3);
            long nu = Instant.now().getEpochSecond();
            for (Ontvanger.Bezorging d : a.ontvangen) {
                assertThat(Ontvanger.echt(secretA, d, nu)).as("signed with A's secret").isTrue();
                assertThat(Ontvanger.echt(secretB, d, nu)).as("not with B's").isFalse();
                assertThat(d.contentType()).startsWith("application/cloudevents+json");
                assertThat(d.authorization()).isEqualTo("Bearer ontvanger-token");
                JsonNode event = json.readTree(d.body());
                assertThat(event.get("specversion").asString()).isEqualTo("1.0");
                assertThat(event.get("id").asString()).isEqualTo(d.id());
                assertThat(event.get("type").asString()).isEqualTo(RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
                assertThat(event.get("data").get("agbCode").asString()).isEqualTo(agbA);
                assertThat(d.body()).doesNotContain(agbB);
                // A forged body, a forged signature and a stale (replayed) delivery fail the receiver's check.
                assertThat(Ontvanger.echt(secretA, new Ontvanger.Bezorging(d.id(), d.timestamp(), d.signature(), d.contentType(), d.authorization(),
                        d.body().replace(agbA, agbB)), nu)).isFalse();
                assertThat(Ontvanger.echt(secretA, new Ontvanger.Bezorging(d.id(), d.timestamp(), "v1," + java.util.Base64.getEncoder()
                        .encodeToString(new byte[32]), d.contentType(), d.authorization(), d.body()), nu)).isFalse();
                assertThat(Ontvanger.echt(secretA, d, nu + 600)).as("ten minutes later: stale").isFalse();
            }
        }
    }

    @Test
    void aChangeOrWithdrawalOfAToewijzingReachesItsProviderAfterTheAllocationAndOnlyASubscriptionThatWantsIt() throws Exception {
        String agb = nieuweAgb();
        String ander = nieuweAgb();
        try (Ontvanger alles = new Ontvanger(); Ontvanger alleenToewijzingen = new Ontvanger(); Ontvanger vanAnder = new Ontvanger()) {
            HttpResponse<String> zonderFilter = api().post("/api/v1/abonnementen", """
                    {"callbackUrl":"%s","kanalen":[{"naam":"toewijzingen"}]}""".formatted(alles.url()), token(agb));
            assertThat(zonderFilter.statusCode()).as(zonderFilter.body()).isEqualTo(201);
            abonneer(agb, alleenToewijzingen.url());
            HttpResponse<String> metFilter = api().post("/api/v1/abonnementen", """
                    {"callbackUrl":"%s","kanalen":[{"naam":"toewijzingen","filters":{"gebeurtenissen":["ToewijzingGewijzigd"]}}]}"""
                    .formatted(vanAnder.url()), token(ander));
            assertThat(metFilter.statusCode()).as(metFilter.body()).isEqualTo(201);
            String casus = UUID.randomUUID().toString();
            String toegewezen = toewijzing(agb, casus);
            String gewijzigd = stuur(RoutingEvents.TOEWIJZING_GEWIJZIGD, casus, voorbeeld(RoutingEvents.TOEWIJZING_GEWIJZIGD,
                    Map.of("98000011", agb, GOUDEN_CASUS, casus)));

            await().atMost(Duration.ofSeconds(30)).until(() -> alles.verwerkt.size() == 2 && alleenToewijzingen.verwerkt.size() == 1);
            Thread.sleep(500); // nothing more arrives
            // Same casus, same key: the change comes after the allocation, its sequence the next of the provider's feed.
            assertThat(alles.ontvangen).extracting(Ontvanger.Bezorging::id).containsExactly(toegewezen, gewijzigd);
            JsonNode wijziging = json.readTree(alles.ontvangen.get(1).body());
            assertThat(wijziging.get("type").asString()).isEqualTo(RoutingEvents.TOEWIJZING_GEWIJZIGD.type());
            assertThat(wijziging.get("data").get("redenWijziging").asString()).isEqualTo("05");
            assertThat(Long.parseLong(wijziging.get("sequence").asString()))
                    .isGreaterThan(Long.parseLong(json.readTree(alles.ontvangen.get(0).body()).get("sequence").asString()));
            assertThat(alleenToewijzingen.verwerkt).containsExactly(toegewezen);
            // Another provider that asked for changes gets none of this provider's.
            assertThat(vanAnder.ontvangen).isEmpty();
            assertThat(ids(feed(agb, null, 10))).containsExactly(toegewezen, gewijzigd);
        }
    }

    @Test
    void theRouteMessagesOfAProvidersOwnRequestsReachItsFeedAndASubscriptionThatWantsThemTheAnswerAfterTheRequest() throws Exception {
        String agb = nieuweAgb();
        String ander = nieuweAgb();
        String goudenVerzoek = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99";
        try (Ontvanger o = new Ontvanger()) {
            HttpResponse<String> r = api().post("/api/v1/abonnementen", """
                    {"callbackUrl":"%s","kanalen":[{"naam":"toewijzingen","filters":{"gebeurtenissen":["JeugdhulpAangevraagd","VerzoekBeantwoord","LeveringVerwijderd"]}}]}"""
                    .formatted(o.url()), token(agb));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String verzoek = UUID.randomUUID().toString();
            String casus = UUID.randomUUID().toString();
            String aangevraagd = stuur(RoutingEvents.JEUGDHULP_AANGEVRAAGD, verzoek, voorbeeld(RoutingEvents.JEUGDHULP_AANGEVRAAGD,
                    Map.of("98000011", agb, goudenVerzoek, verzoek)));
            String beantwoord = stuur(RoutingEvents.VERZOEK_BEANTWOORD, verzoek, voorbeeld(RoutingEvents.VERZOEK_BEANTWOORD,
                    Map.of("98000011", agb, goudenVerzoek, verzoek)));
            String verwijderd = stuur(RoutingEvents.LEVERING_VERWIJDERD, casus, voorbeeld(RoutingEvents.LEVERING_VERWIJDERD,
                    Map.of("98000011", agb, GOUDEN_CASUS, casus)));

            await().atMost(Duration.ofSeconds(30)).until(() -> o.verwerkt.size() == 3);
            assertThat(o.verwerkt).containsExactlyInAnyOrder(aangevraagd, beantwoord, verwijderd);
            List<String> gepusht = o.ontvangen.stream().map(Ontvanger.Bezorging::id).toList();
            assertThat(gepusht.indexOf(aangevraagd)).as("the answer after its request").isLessThan(gepusht.indexOf(beantwoord));
            List<String> inFeed = ids(feed(agb, null, 10));
            assertThat(inFeed).containsExactlyInAnyOrder(aangevraagd, beantwoord, verwijderd);
            assertThat(inFeed.indexOf(aangevraagd)).isLessThan(inFeed.indexOf(beantwoord));
            // Addressed by the payload's AGB code: another provider's feed has none of it.
            assertThat(ids(feed(ander, null, 10))).isEmpty();
        }
    }

    @Test
    void aReceiverThatIsDownDuringABurstReceivesEveryEventAfterwardsOncePerWebhookId() throws Exception {
        String agb = nieuweAgb();
        try (Ontvanger o = new Ontvanger()) {
            abonneer(agb, o.url());
            o.status = 503;
            Set<String> verstuurd = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                verstuurd.add(toewijzing(agb, UUID.randomUUID().toString()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> o.geweigerd.get() >= 20); // tried (and refused) while down; the breaker of this subscription opens
            assertThat(o.verwerkt).isEmpty();
            o.status = 200;
            await().atMost(Duration.ofSeconds(60)).until(() -> o.verwerkt.size() == 20);
            Thread.sleep(1000);
            assertThat(o.verwerkt).isEqualTo(verstuurd);
            assertThat(o.verwerkt).hasSize(20);
            assertThat(o.ontvangen.size()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void aLaterEventOfACasusWaitsBehindAFailingEarlierOneAndArrivesAfterIt() throws Exception {
        String agb = nieuweAgb();
        String casus = UUID.randomUUID().toString();
        String andereCasus = UUID.randomUUID().toString();
        try (Ontvanger o = new Ontvanger()) {
            abonneer(agb, o.url());
            o.status = 503;
            String eerste = toewijzing(agb, casus);
            await().atMost(Duration.ofSeconds(30)).until(() -> o.geweigerd.get() >= 1);
            String tweede = toewijzing(agb, casus);
            // The second of the casus is parked behind the first, not tried at the receiver, and not on the dead-letter list.
            await().atMost(Duration.ofSeconds(30)).until(() -> bezorglog.find(AdresserenGebeurtenissen.bezorgingId(agb, 2, abonnementVan(agb)))
                    .map(d -> d.status() == nl.jeugdlink.platform.delivery.Delivery.Status.PARKED).orElse(false));
            assertThat(nietBezorgd.van(agb)).isEmpty();
            o.status = 200;
            String ander = toewijzing(agb, andereCasus);
            await().atMost(Duration.ofSeconds(60)).until(() -> o.verwerkt.size() == 3);
            List<String> volgorde = o.ontvangen.stream().map(Ontvanger.Bezorging::id).distinct().toList();
            assertThat(volgorde).containsExactlyInAnyOrder(eerste, tweede, ander);
            assertThat(volgorde.indexOf(eerste)).as("the casus's first event before its second").isLessThan(volgorde.indexOf(tweede));
            assertThat(nietBezorgd.van(agb)).isEmpty();
        }
    }

    @Test
    void aRotatedSecretSignsBesideTheOldOneDuringTheOverlapAndTheDeliveryLogShowsEachAttempt() throws Exception {
        String agb = nieuweAgb();
        String andere = nieuweAgb();
        try (Ontvanger o = new Ontvanger()) {
            String oud = abonneer(agb, o.url());
            String id = abonnementVan(agb);
            HttpResponse<String> geroteerd = api().post("/api/v1/abonnementen/" + id + "/geheim", "{}", token(agb));
            assertThat(geroteerd.statusCode()).as(geroteerd.body()).isEqualTo(200);
            JsonNode antwoord = json.readTree(geroteerd.body());
            String nieuw = antwoord.get("secret").asString();
            assertThat(nieuw).startsWith("whsec_").isNotEqualTo(oud);
            assertThat(Instant.parse(antwoord.get("vorigGeheimGeldigTot").asString())).isAfter(Instant.now().plus(Duration.ofHours(23)));
            // Another provider cannot rotate it, and the list never shows a secret.
            assertThat(api().post("/api/v1/abonnementen/" + id + "/geheim", "{}", token(andere)).statusCode()).isEqualTo(404);
            assertThat(api().get("/api/v1/abonnementen/" + id, token(agb)).body()).doesNotContain(nieuw, oud);

            o.status = 503;
            String eventId = toewijzing(agb, UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> o.geweigerd.get() >= 1);
            o.status = 200;
            await().atMost(Duration.ofSeconds(60)).until(() -> o.verwerkt.contains(eventId));
            Ontvanger.Bezorging d = o.ontvangen.getFirst();
            long nu = Instant.now().getEpochSecond();
            assertThat(d.signature().split(" ")).hasSize(2);
            assertThat(Ontvanger.echt(nieuw, d, nu)).as("the new secret").isTrue();
            assertThat(Ontvanger.echt(oud, d, nu)).as("the old one, during the overlap").isTrue();

            String pad = "/api/v1/abonnementen/" + id + "/bezorgingen";
            await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(api().get(pad, token(agb)).body()).get("bezorgingen").get(0)
                    .get("status").asString().equals("SENT"));
            JsonNode log = json.readTree(api().get(pad, token(agb)).body());
            JsonNode bezorging = log.get("bezorgingen").get(0);
            assertThat(bezorging.get("webhookId").asString()).isEqualTo(eventId);
            assertThat(bezorging.get("type").asString()).isEqualTo(RoutingEvents.JEUGDHULP_TOEGEWEZEN.type());
            List<String> uitkomsten = new ArrayList<>();
            bezorging.get("pogingen").forEach(p -> uitkomsten.add(p.get("uitkomst").asString() + (p.hasNonNull("fout") ? " " + p.get("fout").asString() : "")));
            assertThat(uitkomsten).first().asString().contains("HTTP 503");
            assertThat(uitkomsten).last().isEqualTo("SENT");
            assertThat(log.toString()).doesNotContain("agbCode", "toewijzingId");
            assertThat(log.get("meer").asBoolean()).isFalse();
            // Another provider's token finds no such subscription; a beheerder reads the same log.
            assertThat(api().get(pad, token(andere)).statusCode()).isEqualTo(404);
            HttpResponse<String> beheer = api().get("/api/v1/beheer/zorgaanbieders/" + agb + "/abonnementen/" + id + "/bezorgingen",
                    ApiCaller.token("beheerder-ede", "beheerder", List.of("GM0228")));
            assertThat(beheer.statusCode()).as(beheer.body()).isEqualTo(200);
            assertThat(json.readTree(beheer.body()).get("bezorgingen").get(0).get("webhookId").asString()).isEqualTo(eventId);
        }
    }

    @Autowired
    nl.jeugdlink.platform.delivery.DeliveryLog bezorglog;

    @Autowired
    nl.jeugdlink.notificatie.webhook.domain.NietBezorgd nietBezorgd;

    @Autowired
    nl.jeugdlink.notificatie.webhook.domain.Abonnementen abonnementen;

    private String abonnementVan(String agb) {
        return abonnementen.van(agb).getFirst().id();
    }

    @Test
    void theChangeFeedReturnsEverythingSinceACursorAndNothingOfAnotherProvider() {
        String agbA = nieuweAgb();
        String agbB = nieuweAgb();
        List<String> vanA = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            vanA.add(toewijzing(agbA, UUID.randomUUID().toString()));
        }
        String vanB = toewijzing(agbB, UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(feed(agbA, null, 100)).size() == 5);
        // Five casussen are five keys, so possibly five partitions: the feed's order is the order of arrival, which
        // Kafka keeps per casus only. The pages must follow the feed's own order, whatever it is.
        List<String> volgorde = ids(feed(agbA, null, 100));
        assertThat(volgorde).containsExactlyInAnyOrderElementsOf(vanA);
        JsonNode eerste = feed(agbA, null, 2);
        assertThat(ids(eerste)).containsExactlyElementsOf(volgorde.subList(0, 2));
        assertThat(eerste.get("meer").asBoolean()).isTrue();
        JsonNode rest = feed(agbA, eerste.get("volgende").asString(), 100);
        assertThat(ids(rest)).containsExactlyElementsOf(volgorde.subList(2, 5));
        assertThat(rest.get("meer").asBoolean()).isFalse();
        assertThat(ids(feed(agbA, rest.get("volgende").asString(), 100))).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(feed(agbB, null, 100)).equals(List.of(vanB)));

        HttpResponse<String> bOpA = api().get("/api/v1/zorgaanbieders/" + agbA + "/gebeurtenissen", token(agbB));
        assertThat(bOpA.statusCode()).isEqualTo(403);
        // Only the path B asked for is echoed (instance); nothing of A's feed.
        assertThat(json.readTree(bOpA.body()).get("detail").asString()).doesNotContain(agbA);
        assertThat(bOpA.body()).doesNotContain(vanA.getFirst()).doesNotContain("gebeurtenissen\":");
        assertThat(api().get("/api/v1/zorgaanbieders/" + agbA + "/gebeurtenissen", ApiCaller.token("bo-ede", "backoffice", List.of("GM0228")))
                .statusCode()).isEqualTo(403);
        assertThat(api().get("/api/v1/zorgaanbieders/" + agbA + "/gebeurtenissen", null).statusCode()).isEqualTo(401);
        HttpResponse<String> slecht = api().get("/api/v1/zorgaanbieders/" + agbA + "/gebeurtenissen?na=abc", token(agbA));
        assertThat(slecht.statusCode()).isEqualTo(400);
        assertThat(slecht.body()).contains("\"na\"").contains("cursor");
    }

    @Test
    void badSubscriptionsAreRefusedNamingFieldAndRule() {
        String agb = nieuweAgb();
        HttpResponse<String> r = api().post("/api/v1/abonnementen", """
                {"callbackUrl":"http://example.org/hook","kanalen":[{"naam":"alles","filters":{"gebeurtenissen":["Onbekend"]}}]}""", token(agb));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
        assertThat(r.body()).contains("callbackUrl").contains("https").contains("kanalen").contains("bekend");
        assertThat(api().post("/api/v1/abonnementen", "{\"callbackUrl\":\"https://example.org/hook\",\"kanalen\":[{\"naam\":\"toewijzingen\"}]}",
                ApiCaller.token("bo-ede", "backoffice", List.of("GM0228"))).statusCode()).isEqualTo(403);
    }

    @Test
    void aProviderListsChangesAndRemovesOnlyItsOwnSubscriptionsAndTheSecretIsShownOnce() {
        String agbA = nieuweAgb();
        String agbB = nieuweAgb();
        HttpResponse<String> r = api().post("/api/v1/abonnementen",
                "{\"callbackUrl\":\"https://a.example.org/hook\",\"kanalen\":[{\"naam\":\"toewijzingen\"}]}", token(agbA));
        String id = json.readTree(r.body()).get("id").asString();
        HttpResponse<String> lijst = api().get("/api/v1/abonnementen", token(agbA));
        assertThat(lijst.body()).contains(id).doesNotContain("whsec_");
        assertThat(api().get("/api/v1/abonnementen", token(agbB)).body()).doesNotContain(id);
        assertThat(api().get("/api/v1/abonnementen/" + id, token(agbB)).statusCode()).isEqualTo(404);
        HttpResponse<String> gewijzigd = api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/abonnementen/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                        "{\"callbackUrl\":\"https://a.example.org/nieuw\",\"kanalen\":[{\"naam\":\"toewijzingen\"}]}")), token(agbA));
        assertThat(gewijzigd.statusCode()).isEqualTo(200);
        assertThat(gewijzigd.body()).contains("https://a.example.org/nieuw").doesNotContain("whsec_");
        var verwijder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/abonnementen/" + id)).DELETE();
        assertThat(api().send(verwijder, token(agbB)).statusCode()).isEqualTo(404);
        assertThat(api().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/abonnementen/" + id)).DELETE(), token(agbA))
                .statusCode()).isEqualTo(204);
        assertThat(api().get("/api/v1/abonnementen", token(agbA)).body()).doesNotContain(id);
    }

    @Test
    void aDeliveryTheReceiverRefusesForGoodIsParkedListedAndRedeliveredOnRequest() throws Exception {
        String agb = nieuweAgb();
        try (Ontvanger o = new Ontvanger()) {
            abonneer(agb, o.url());
            o.status = 410;
            String event = toewijzing(agb, UUID.randomUUID().toString());
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body().contains("PARKED"));
            JsonNode lijst = json.readTree(api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body());
            assertThat(lijst).hasSize(1);
            String bezorging = lijst.get(0).get("bezorgingId").asString();
            assertThat(lijst.get(0).get("pogingen").get(0).get("uitkomst").asString()).isEqualTo("FAILED");
            assertThat(api().get("/api/v1/abonnementen/niet-bezorgd", token(nieuweAgb())).body()).isEqualTo("[]");
            assertThat(api().post("/api/v1/abonnementen/niet-bezorgd/" + bezorging + "/opnieuw", "", token(nieuweAgb())).statusCode()).isEqualTo(404);
            o.status = 200;
            assertThat(api().post("/api/v1/abonnementen/niet-bezorgd/" + bezorging + "/opnieuw", "", token(agb)).statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(30)).until(() -> o.verwerkt.contains(event));
            assertThat(api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body()).isEqualTo("[]");
        }
    }

    @Test
    void aBeheerderRedeliversASubscriptionsDeadLettersInFeedOrderAuditedAndBadInputIsAProblem() throws Exception {
        String agb = nieuweAgb();
        String beheerder = ApiCaller.token("beheerder-ede", "beheerder", List.of("GM0228"));
        try (Ontvanger o = new Ontvanger()) {
            abonneer(agb, o.url());
            String id = abonnementVan(agb);
            o.status = 410;
            List<String> events = List.of(toewijzing(agb, UUID.randomUUID().toString()), toewijzing(agb, UUID.randomUUID().toString()),
                    toewijzing(agb, UUID.randomUUID().toString()));
            await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body()).size() == 3);
            String pad = "/api/v1/beheer/zorgaanbieders/" + agb + "/abonnementen/" + id + "/niet-bezorgd/opnieuw";

            // Bad input is a problem naming field and rule, and releases nothing.
            HttpResponse<String> onbekend = api().post(pad, "{\"bezorgingIds\":[\"webhook:" + agb + ":999999:" + id + "\"]}", beheerder);
            assertThat(onbekend.statusCode()).as(onbekend.body()).isEqualTo(400);
            assertThat(onbekend.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
            assertThat(onbekend.body()).contains("bezorgingIds[0]", "niet-bezorgd");
            HttpResponse<String> geenAgb = api().post("/api/v1/beheer/zorgaanbieders/ede/abonnementen/" + id + "/niet-bezorgd/opnieuw", "{}", beheerder);
            assertThat(geenAgb.statusCode()).as(geenAgb.body()).isEqualTo(400);
            assertThat(geenAgb.body()).contains("agbCode", "agb-code");
            assertThat(api().post("/api/v1/beheer/zorgaanbieders/" + agb + "/abonnementen/" + UUID.randomUUID() + "/niet-bezorgd/opnieuw", "{}", beheerder)
                    .statusCode()).isEqualTo(404);
            // Only a beheerder: the provider itself redelivers one at a time on its own endpoint.
            assertThat(api().post(pad, "{}", token(agb)).statusCode()).isEqualTo(403);
            assertThat(json.readTree(api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body())).hasSize(3);
            assertThat(o.verwerkt).isEmpty();

            o.status = 200;
            HttpResponse<String> opnieuw = api().post(pad, "", beheerder);
            assertThat(opnieuw.statusCode()).as(opnieuw.body()).isEqualTo(202);
            JsonNode antwoord = json.readTree(opnieuw.body());
            assertThat(antwoord.get("aantal").asInt()).isEqualTo(3);
            List<Long> nummers = new ArrayList<>();
            antwoord.get("bezorgingIds").forEach(b -> nummers.add(Long.parseLong(b.asString().split(":")[2])));
            assertThat(nummers).isSorted();
            await().atMost(Duration.ofSeconds(30)).until(() -> o.verwerkt.containsAll(events));
            assertThat(o.perId()).allSatisfy((webhookId, keer) -> assertThat(keer).isEqualTo(1L));
            assertThat(api().get("/api/v1/abonnementen/niet-bezorgd", token(agb)).body()).isEqualTo("[]");
            // Audited: who sent whose dead letters again.
            String eerste = antwoord.get("bezorgingIds").get(0).asString();
            HttpResponse<String> audit = api().get("/api/v1/audit-records?betreft=" + java.net.URLEncoder.encode(eerste, java.nio.charset.StandardCharsets.UTF_8),
                    beheerder);
            assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
            assertThat(audit.body()).contains("webhook-opnieuw", "beheerder-ede", "WIJZIGEN");
        }
    }

    private JsonNode feed(String agb, String na, int aantal) {
        HttpResponse<String> r = api().get("/api/v1/zorgaanbieders/" + agb + "/gebeurtenissen?aantal=" + aantal + (na == null ? "" : "&na=" + na), token(agb));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> ids(JsonNode pagina) {
        List<String> ids = new ArrayList<>();
        pagina.get("gebeurtenissen").forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }
}
