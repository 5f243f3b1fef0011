package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every look at a referral leaves an audit record, refusals too; tampering with one is detected. */
@JeugdLinkIntegrationTest
class AuditTrailIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEHEERDER = ApiCaller.token("beheer-1", "beheerder", List.of());

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private JsonNode auditAbout(String id) {
        var response = ApiCaller.onPort(port).get("/api/v1/audit-records?betreft=" + id, BEHEERDER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode verification() {
        var response = ApiCaller.onPort(port).get("/api/v1/audit-records/verificatie", BEHEERDER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void recordsTheCreationEveryReadAndEveryRefusal() {
        var api = ApiCaller.onPort(port);
        var created = api.post("/api/v1/aanmeldingen", AanmeldingRequestMother.geldig(), ApiCaller.token("st-ede-0042", "regisseur", List.of("GM0228")));
        String id = JSON.readTree(created.body()).get("id").asText();
        api.get("/api/v1/aanmeldingen/" + id, ApiCaller.token("gw-ede-7", "gedragswetenschapper", List.of("GM0228")));
        var refused = api.get("/api/v1/aanmeldingen/" + id, ApiCaller.token("tl-veenendaal-2", "teamleider", List.of("GM0345")));
        assertThat(refused.statusCode()).isEqualTo(403);

        JsonNode records = auditAbout(id);

        assertThat(records.valueStream().map(r -> r.get("gebruikerId").asText() + " " + r.get("actie").asText() + " " + r.get("resultaat").asText()))
                // The beheerder's own look at this referral's trail is itself an access about it.
                .containsExactly("st-ede-0042 AANMAKEN TOEGESTAAN", "gw-ede-7 LEZEN TOEGESTAAN", "tl-veenendaal-2 LEZEN GEWEIGERD",
                        "beheer-1 LEZEN TOEGESTAAN");
        JsonNode refusal = records.get(2);
        assertThat(refusal.get("rollen").asText()).isEqualTo("TEAMLEIDER");
        assertThat(refusal.get("toelichting").asText()).contains("GM0228");
        assertThat(refusal.get("herkomst").asText()).isEqualTo("127.0.0.1");
        assertThat(refusal.get("categorie").asText()).isEqualTo("aanmeldingen");
    }

    @Test
    void recordsTheLegalGroundWhenAnotherOrganisationReadsTheReferral() {
        var api = ApiCaller.onPort(port);
        var created = api.post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink("GM0228", "SOCIAAL_TEAM", "st-ede-0077"),
                ApiCaller.token("st-ede-0077", "regisseur", List.of("GM0228")));
        String id = JSON.readTree(created.body()).get("id").asText();

        var read = api.get("/api/v1/aanmeldingen/" + id,
                nl.jeugdlink.platform.test.TestIssuer.get().token("vt-3", List.of("jeugdlink-professional"), List.of("GM0228"), "VEILIG_THUIS"));

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode sharing = auditAbout(id).get(1);
        assertThat(sharing.get("organisatie").asText()).isEqualTo("VEILIG_THUIS");
        assertThat(sharing.get("toelichting").asText()).isEqualTo(
                "gedeeld met VEILIG_THUIS; grondslag: toestemming ouders van 2026-11-20, vastgelegd door st-ede-0042");
    }

    @Test
    void detectsAChangedRecordAndADeletedOne() {
        var api = ApiCaller.onPort(port);
        var created = api.post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink("GM0228", "SOCIAAL_TEAM", "st-ede-0099"),
                ApiCaller.token("st-ede-0099", "regisseur", List.of("GM0228")));
        String id = JSON.readTree(created.body()).get("id").asText();
        assertThat(verification().get("intact").asBoolean()).isTrue();
        Document record = mongo.getCollection("audit").find(new Document("betreft", id)).first();
        long seq = record.getLong("seq");

        // Someone edits who looked.
        mongo.getCollection("audit").updateOne(new Document("_id", record.get("_id")), new Document("$set", new Document("gebruikerId", "iemand-anders")));
        JsonNode changed = verification();
        assertThat(changed.get("intact").asBoolean()).isFalse();
        assertThat(changed.get("eersteBreukBijSeq").asLong()).isEqualTo(seq);

        // Someone deletes the record instead.
        mongo.getCollection("audit").deleteOne(new Document("_id", record.get("_id")));
        JsonNode deleted = verification();
        assertThat(deleted.get("intact").asBoolean()).isFalse();
        assertThat(deleted.get("eersteBreukBijSeq").asLong()).isEqualTo(seq);

        // Put it back as it was, so that other tests in this context see an intact chain.
        mongo.getCollection("audit").insertOne(record);
        assertThat(verification().get("intact").asBoolean()).isTrue();
    }

    @Autowired
    nl.jeugdlink.platform.audit.AuditTrail trail;

    @Autowired
    nl.jeugdlink.platform.audit.AuditAnchor anker;

    @Autowired
    nl.jeugdlink.platform.audit.Audit audit;

    private static java.util.Map<String, Object> kafkaClient() {
        return java.util.Map.of("bootstrap.servers", nl.jeugdlink.platform.test.RealInfrastructure.get().kafkaBootstrap());
    }

    @Test
    void aBeheerderReBasesTheAnchorOnAShorterChainWithAReasonThatIsItselfAudited() throws Exception {
        var kafka = new nl.jeugdlink.platform.test.KafkaProbe();
        String sleutel = "herijking-" + java.util.UUID.randomUUID();
        var eigen = new nl.jeugdlink.platform.audit.AuditAnchor(trail, audit, kafkaClient(), sleutel, java.time.Duration.ofMillis(100),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        // An anchor further than the chain has come: as after a restored backup.
        long hoofd = trail.opgeslagenHoofd().seq();
        kafka.send(nl.jeugdlink.platform.audit.AuditAnchor.TOPIC, sleutel, java.util.Map.of(),
                ((hoofd + 500) + ":" + "ab".repeat(32)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(eigen.verify().intact()).isFalse();

        var beheerder = new nl.jeugdlink.platform.security.Gebruiker("beheer-7", java.util.Set.of(nl.jeugdlink.platform.security.Rol.BEHEERDER),
                java.util.Set.of(), "GEMEENTE", null);
        var na = eigen.herijk(beheerder, "teruggezette back-up van 02:00");

        assertThat(na.intact()).as(na.toString()).isTrue();
        assertThat(na.ankerGecontroleerd()).isTrue();
        assertThat(eigen.laatste().anker().epoch()).isEqualTo(1);
        // The re-basing is a record of its own (the beheerder's look at the trail after it is another one).
        JsonNode herijking = auditAbout("anker").valueStream().filter(r -> r.get("gebruikerId").asText().equals("beheer-7")).findFirst().orElseThrow();
        assertThat(herijking.get("actie").asText()).isEqualTo("WIJZIGEN");
        assertThat(herijking.get("toelichting").asText())
                .contains("extern anker herijkt", "het anker noemde record " + (hoofd + 500), "teruggezette back-up van 02:00");
    }

    @Test
    void aTombstoneForTheAnchorFailsTheVerification() throws Exception {
        var kafka = new nl.jeugdlink.platform.test.KafkaProbe();
        String sleutel = "tombstone-" + java.util.UUID.randomUUID();
        var eigen = new nl.jeugdlink.platform.audit.AuditAnchor(trail, audit, kafkaClient(), sleutel, java.time.Duration.ofMillis(100),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        kafka.send(nl.jeugdlink.platform.audit.AuditAnchor.TOPIC, sleutel, java.util.Map.of(),
                (trail.opgeslagenHoofd().seq() + ":" + trail.opgeslagenHoofd().hash()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(eigen.verify().intact()).isTrue();

        kafka.send(nl.jeugdlink.platform.audit.AuditAnchor.TOPIC, sleutel, java.util.Map.of(), null);

        var verificatie = eigen.verify();
        assertThat(verificatie.intact()).isFalse();
        assertThat(verificatie.reden()).contains("verwijderd");
    }

    @Test
    void detectsTheNewestRecordsRemovedByTheExternalAnchor() throws Exception {
        var api = ApiCaller.onPort(port);
        var created = api.post("/api/v1/aanmeldingen", AanmeldingRequestMother.jeugdlink("GM0228", "SOCIAAL_TEAM", "st-ede-0123"),
                ApiCaller.token("st-ede-0123", "regisseur", List.of("GM0228")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // The anchor follows the chain within its interval.
        long head = trail.opgeslagenHoofd().seq();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> anker.laatste().anker() != null && anker.laatste().anker().seq() >= head);
        Document newest = mongo.getCollection("audit").find(new Document("chain", "intake-service")).sort(new Document("seq", -1)).first();
        assertThat(anker.verify().intact()).isTrue();

        // Someone removes the newest record: what is left is still a valid chain by itself ...
        mongo.getCollection("audit").deleteOne(new Document("_id", newest.get("_id")));
        try {
            assertThat(trail.verify().intact()).isTrue();
            // ... but not against the anchor outside the store.
            var verificatie = anker.verify();
            assertThat(verificatie.ankerGecontroleerd()).isTrue();
            assertThat(verificatie.intact()).isFalse();
            assertThat(verificatie.eersteBreukBijSeq()).isEqualTo(newest.getLong("seq"));
            assertThat(verificatie.reden()).contains("de nieuwste records ontbreken");

            // A service starting on the shortened store sees it at once, says so, and keeps the anchor as evidence.
            var meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
            var herstart = new nl.jeugdlink.platform.audit.AuditAnchor(trail, audit, kafkaClient(), "intake-service@" + mongo.getDb().getName(),
                    java.time.Duration.ofMillis(100), meters);
            herstart.start();
            try {
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                        .until(() -> meters.get("jeugdlink.audit.anker.afwijking").gauge().value() == 1.0);
                assertThat(anker.laatste().anker().seq()).isGreaterThanOrEqualTo(newest.getLong("seq"));
            } finally {
                herstart.stop();
            }
        } finally {
            mongo.getCollection("audit").insertOne(newest);
        }
        assertThat(anker.verify().intact()).isTrue();
    }

    @Test
    void theAnchorCoalescesABurstIntoOneMessagePerIntervalAndPublishesTheLastHeadAtStop() throws Exception {
        var kafka = new nl.jeugdlink.platform.test.KafkaProbe();
        String sleutel = "coalesce-" + java.util.UUID.randomUUID();
        var eigen = new nl.jeugdlink.platform.audit.AuditAnchor(trail, audit, kafkaClient(), sleutel, java.time.Duration.ofSeconds(60),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        java.util.function.Predicate<org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]>> vanDitAnker = r -> sleutel.equals(r.key());
        // This anchor's messages, read for two seconds or until more than tot of them arrived.
        java.util.function.IntFunction<List<String>> ankers = tot -> kafka.read(nl.jeugdlink.platform.audit.AuditAnchor.TOPIC, java.time.Duration.ofSeconds(2),
                        rs -> rs.stream().filter(vanDitAnker).count() > tot).stream().filter(vanDitAnker)
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        java.util.function.IntConsumer schrijf = i -> trail.record(new nl.jeugdlink.platform.audit.AuditEntry("burst", "beheerder", null, "burst-" + i,
                nl.jeugdlink.platform.audit.AuditEntry.Actie.LEZEN, "audit", "test", nl.jeugdlink.platform.audit.AuditEntry.Resultaat.TOEGESTAAN, null));
        eigen.start();
        try {
            schrijf.accept(-1);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> !ankers.apply(0).isEmpty());
            for (int i = 0; i < 50; i++) {
                schrijf.accept(i);
            }
            // Fifty more appends within the interval of a minute after that first message: nothing more goes out
            // (the topic is read for two seconds after them).
            assertThat(ankers.apply(1)).hasSize(1);
        } finally {
            eigen.stop();
        }
        // A clean stop sends the newest head, so a restart does not start from an old anchor. The stop waits for the broker's
        // acknowledgement of what it sends: all this anchor sent is on the topic now.
        List<String> na = kafka.readAll(nl.jeugdlink.platform.audit.AuditAnchor.TOPIC).stream().filter(vanDitAnker)
                .map(r -> new String(r.value(), java.nio.charset.StandardCharsets.UTF_8)).toList();
        assertThat(na).hasSize(2);
        assertThat(na.getLast()).startsWith(trail.opgeslagenHoofd().seq() + ":");
    }

    @Test
    void refusesATokenWhoseSubjectCouldNotTravelInAnEventAsAMedewerkerId() {
        var api = ApiCaller.onPort(port);
        for (String subject : List.of("x".repeat(65), "jan jansen", "a/b")) {
            var response = api.get("/api/v1/aanmeldingen/" + java.util.UUID.randomUUID(), ApiCaller.token(subject, "regisseur", List.of("GM0228")));
            assertThat(response.statusCode()).as(subject).isEqualTo(401);
        }
    }

    @Test
    void recordsRequestsWithoutAValidTokenAsRefusals() {
        var api = ApiCaller.onPort(port);
        String id = java.util.UUID.randomUUID().toString();
        // Anonymous refusals get a record each up to a limit per second (the rest are summed up): start in a
        // fresh second, so that a test class that just sent many token-less requests cannot use this second's share.
        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(5)).until(() -> System.currentTimeMillis() % 1000 < 50);

        assertThat(api.get("/api/v1/aanmeldingen/" + id, null).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/v1/aanmeldingen/" + id, "kapot." + "token." + "x").statusCode()).isEqualTo(401);
        // Not a bearer token at all (a space in it): refused before any verification (BearerTokens), and recorded so.
        assertThat(api.get("/api/v1/aanmeldingen/" + id, "kapot token").statusCode()).isEqualTo(401);

        JsonNode records = auditAbout(id);
        assertThat(records.valueStream().map(r -> r.get("gebruikerId").asText() + " " + r.get("actie").asText() + " " + r.get("resultaat").asText()
                + " " + r.get("categorie").asText() + " " + r.get("toelichting").asText()))
                .startsWith("anoniem LEZEN GEWEIGERD aanmeldingen niet aangemeld: geen toegangstoken",
                        "anoniem LEZEN GEWEIGERD aanmeldingen niet aangemeld: toegangstoken ongeldig (handtekening of inhoud)",
                        "anoniem LEZEN GEWEIGERD aanmeldingen niet aangemeld: toegangstoken misvormd");
        assertThat(records.get(0).get("herkomst").asText()).isEqualTo("127.0.0.1");
        // The token itself is never kept.
        assertThat(records.toString()).doesNotContain("kapot");
    }

    @Test
    void severalEntriesOfOneRequestAreChainedInOrderInOneGo() {
        var entries = java.util.stream.IntStream.range(0, 5).mapToObj(i -> new nl.jeugdlink.platform.audit.AuditEntry("lijst-1", "backoffice",
                "GEMEENTE", "casus-" + i, nl.jeugdlink.platform.audit.AuditEntry.Actie.LEZEN, "toewijzing", "test",
                nl.jeugdlink.platform.audit.AuditEntry.Resultaat.TOEGESTAAN, null)).toList();

        var records = trail.recordAll(entries);

        assertThat(records).extracting(nl.jeugdlink.platform.audit.AuditRecord::betreft).containsExactly("casus-0", "casus-1", "casus-2", "casus-3", "casus-4");
        assertThat(records).extracting(nl.jeugdlink.platform.audit.AuditRecord::seq).isSorted().doesNotHaveDuplicates();
        assertThat(trail.recordAll(List.of())).isEmpty();
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsAreGroupCommittedIntoOneUnbrokenChain() throws Exception {
        long before = trail.verify().records();
        int threads = 16;
        int perThread = 25;
        var seen = java.util.concurrent.ConcurrentHashMap.<Long>newKeySet();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        var entry = new nl.jeugdlink.platform.audit.AuditEntry("gelijktijdig-" + thread, "teamleider", "SOCIAAL_TEAM",
                                "record-" + thread + "-" + i, nl.jeugdlink.platform.audit.AuditEntry.Actie.LEZEN, "aanmelding", "test",
                                nl.jeugdlink.platform.audit.AuditEntry.Resultaat.TOEGESTAAN, null);
                        seen.add(trail.record(entry).seq());
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        }

        var verificatie = trail.verify();
        assertThat(verificatie.intact()).as(verificatie.toString()).isTrue();
        assertThat(verificatie.records()).isGreaterThanOrEqualTo(before + threads * perThread);
        // Every caller got its own place in the chain.
        assertThat(seen).hasSize(threads * perThread);
    }
}
