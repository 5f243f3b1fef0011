package nl.jeugdlink.intake.aanmelding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.JeugdLinkIntegrationTest;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@JeugdLinkIntegrationTest
class AanmeldingIntegrationTest {

    private final KafkaProbe kafka = new KafkaProbe();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JsonMapper json;

    /** The referrer in the body is the person whose token is sent, as the API demands. */
    private static String tokenFor(String body) {
        var matcher = java.util.regex.Pattern.compile("\"medewerkerId\": \"([^\"]+)\"").matcher(body);
        return ApiCaller.token(matcher.find() ? matcher.group(1) : "st-ede-0042", "regisseur", ApiCaller.HELE_REGIO);
    }

    private static String reader() {
        return ApiCaller.token("gw-1", "gedragswetenschapper", ApiCaller.HELE_REGIO);
    }

    private HttpResponse<String> post(String body, String... headers) {
        return ApiCaller.onPort(port).post("/api/v1/aanmeldingen", body, tokenFor(body), headers);
    }

    private List<ConsumerRecord<String, byte[]>> eventsAbout(String aanmeldingId, int atLeast) {
        return eventsAbout(aanmeldingId, atLeast, Duration.ofSeconds(15));
    }

    /** Reads until {@code atLeast} events about the referral arrived or {@code wait} passed. */
    private List<ConsumerRecord<String, byte[]>> eventsAbout(String aanmeldingId, int atLeast, Duration wait) {
        return kafka.read(IntakeEvents.TOPIC, wait,
                        records -> records.stream().filter(r -> aanmeldingId.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> aanmeldingId.equals(r.key())).toList();
    }

    @Test
    void storesAReferralAndPublishesAanmeldingOntvangenAsACloudEvent() throws Exception {
        var response = post(AanmeldingRequestMother.geldig());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        String id = json.readTree(response.body()).get("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/aanmeldingen/" + id);

        var record = eventsAbout(id, 1).getFirst();
        assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(IntakeEvents.AANMELDING_ONTVANGEN.type());
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("urn:nld:jeugdlink:foodvalley:intake-service");
        assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(id);
        assertThat(KafkaProbe.header(record, "ce_id")).isNotBlank();
        assertThat(KafkaProbe.header(record, "ce_time")).isNotBlank();
        String payload = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(SchemaCheck.violations(IntakeEvents.AANMELDING_ONTVANGEN, payload)).isEmpty();
        JsonNode event = json.readTree(payload);
        assertThat(event.get("gemeenteCode").asText()).isEqualTo("GM0228");
        assertThat(event.get("aantalMinderjarigen").asInt()).isEqualTo(2);
        // Ids only: no e-mail address, no birth date, no free text leave the intake.
        assertThat(payload).doesNotContain("@", "2015-03-02", "Zorgen over");

        var stored = ApiCaller.onPort(port).get("/api/v1/aanmeldingen/" + id, reader());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(json.readTree(stored.body()).get("soort").asText()).isEqualTo("JEUGDLINK");
    }

    @Test
    void createsOneReferralWhenTheClientRetriesWithTheSameIdempotencyKey() throws Exception {
        String body = AanmeldingRequestMother.jeugdlink("GM0203", "VEILIG_THUIS", "vt-retry-1");
        var first = post(body, "Idempotency-Key", "form-7781");
        var second = post(body, "Idempotency-Key", "form-7781");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        String id = json.readTree(first.body()).get("id").asText();
        assertThat(json.readTree(second.body()).get("id").asText()).isEqualTo(id);
        assertThat(eventsAbout(id, 1)).isNotEmpty();
        // The referral's outbox emptied: the relay published (and was acknowledged for) all its writes queued, so a wrongly
        // published second event would be on the topic now - counted there without a fixed wait.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
            var document = mongo.findById(id, org.bson.Document.class, "aanmeldingen");
            return document != null && document.getList("pendingEvents", Object.class, List.of()).isEmpty();
        });
        assertThat(kafka.readAll(IntakeEvents.TOPIC)).filteredOn(r -> id.equals(r.key())).hasSize(1);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForAnotherReferral() throws Exception {
        String body = AanmeldingRequestMother.jeugdlink("GM0203", "VEILIG_THUIS", "vt-retry-2");
        assertThat(post(body, "Idempotency-Key", "form-9001").statusCode()).isEqualTo(201);

        var reused = post(body.replace("Zorgen over de veiligheid", "Iets heel anders"), "Idempotency-Key", "form-9001");

        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("Idempotency-Key", "hergebruikt");
    }

    @Test
    void acceptsAnAnonymousConsultWithoutConsent() throws Exception {
        var response = post(AanmeldingRequestMother.anoniemConsult());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json.readTree(response.body()).get("aantalMinderjarigen").asInt()).isZero();
    }

    static Stream<Arguments> badInput() {
        String valid = AanmeldingRequestMother.geldig();
        return Stream.of(
                Arguments.of("malformed JSON", "{\"gemeenteCode\": ", "body", "syntax"),
                Arguments.of("not an object", "[1,2,3]", "body", "type"),
                Arguments.of("wrong type", valid.replace("\"gegeven\": true", "\"gegeven\": \"ja\""), "toestemming.gegeven", "type"),
                Arguments.of("unknown enum value", valid.replace("\"JEUGDLINK\"", "\"ONBEKEND\""), "soort", "type"),
                Arguments.of("date in wrong format", valid.replace("2015-03-02", "02-03-2015"), "minderjarigen[0].geboortedatum", "type"),
                Arguments.of("missing required field", valid.replace("\"vraag\": \"Zorgen over de veiligheid thuis; graag expertise van Veilig Thuis bij het gezin.\"", "\"vraag\": \"\""), "vraag", "required"),
                Arguments.of("missing object", valid.replaceFirst("\"verwijzer\": \\{[^}]*},", ""), "verwijzer", "required"),
                Arguments.of("bad e-mail", valid.replace("verwijzer@sociaalteam-ede.nl", "geen-mail"), "verwijzer.email", "email"),
                Arguments.of("municipality outside the region", AanmeldingRequestMother.jeugdlink("GM0363", "SOCIAAL_TEAM", "st-1"), "gemeenteCode", "gemeente"),
                Arguments.of("malformed municipality code", AanmeldingRequestMother.jeugdlink("Ede", "SOCIAAL_TEAM", "st-1"), "gemeenteCode", "pattern"),
                Arguments.of("personal data without consent", AanmeldingRequestMother.zonderToestemmingMetKinderen(), "toestemming.gegeven", "toestemming"),
                Arguments.of("birth date in the future", valid.replace("2015-03-02", "2099-01-01"), "minderjarigen[0].geboortedatum", "past"),
                Arguments.of("postcode not Dutch", valid.replace("\"6711 AB\"", "\"67110\""), "minderjarigen[0].adres.postcode", "pattern"),
                Arguments.of("postcode with letters never issued", valid.replace("\"6711 AB\"", "\"6711 SS\""), "minderjarigen[0].adres.postcode", "pattern"),
                Arguments.of("phone not Dutch", valid.replace("06 12345678", "12345"), "gezinsleden[0].telefoon", "pattern"),
                Arguments.of("custody of a parent not stated", valid.replace(", \"gezag\": false", ""), "gezinsleden[1].gezag", "required"),
                Arguments.of("no parent or guardian", valid.replaceFirst("(?s)\"gezinsleden\": \\[.*?\\],\\s*\"verblijftBij\"", "\"verblijftBij\""), "gezinsleden", "ouder"),
                Arguments.of("where the children live missing", valid.replace("\"verblijftBij\": \"moeder\",", ""), "verblijftBij", "required"),
                Arguments.of("name of a child missing", valid.replace("\"naam\": \"Sam Voorbeeld\", ", ""), "minderjarigen[0].naam", "required"),
                Arguments.of("referrer's phone missing", valid.replace("\"telefoon\": \"0318 680 000\",", ""), "verwijzer.telefoon", "required"),
                Arguments.of("concerns of Bijlage 1 missing", valid.replace("\"zorgen\": \"Spanningen thuis na de scheiding.\",", ""), "jeugdlink.zorgen", "required"),
                Arguments.of("domestic violence question unanswered", valid.replace("\"huiselijkGeweldOfKindermishandeling\": true,", ""), "jeugdlink.huiselijkGeweldOfKindermishandeling", "required"),
                Arguments.of("Bijlage 1 missing for a JeugdLink referral", valid.replaceFirst("(?s)\"jeugdlink\": \\{.*?\\},\\s*\"problematiek\"", "\"problematiek\""), "jeugdlink", "required"),
                Arguments.of("Bijlage 2 missing for a zorgtafel referral", AanmeldingRequestMother.zorgtafel("GM0228", "SOCIAAL_TEAM", "st-ede-0042").replaceFirst("(?s)\"zorgtafel\": \\{.*?\\},\\s*\"problematiek\"", "\"problematiek\""), "zorgtafel", "required"),
                Arguments.of("no problem type", valid.replace("\"COMPLEXE_SCHEIDING\", \"HUISELIJK_GEWELD\"", ""), "problematiek", "required"),
                Arguments.of("family members in an anonymous consult", AanmeldingRequestMother.anoniemConsult().replace("\"problematiek\"",
                        "\"gezinsleden\": [ { \"relatie\": \"BIOLOGISCHE_MOEDER\", \"naam\": \"X\", \"gezag\": true } ], \"problematiek\""), "gezinsleden", "anoniem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void answersBadInputWithAProblemNamingTheFieldAndStoresNothing(String label, String body, String field, String rule) throws Exception {
        long before = mongo.getCollection("aanmeldingen").countDocuments();

        var response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.has("invalidParams")).as(response.body()).isTrue();
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asText() + "/" + p.get("code").asText()))
                .contains(field + "/" + rule);
        assertThat(response.body()).doesNotContain("Exception", "at nl.", "at org.");
        assertThat(mongo.getCollection("aanmeldingen").countDocuments()).isEqualTo(before);
    }

    @Test
    void storesTheBsnEncryptedAndNeverPublishesOrEchoesIt() throws Exception {
        String body = AanmeldingRequestMother.geldig().replace("\"naam\": \"Sam Voorbeeld\",",
                "\"naam\": \"Sam Voorbeeld\", \"bsn\": \"111222333\",");
        var response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readTree(response.body()).get("id").asText();

        org.bson.Document stored = mongo.getCollection("aanmeldingen").find(new org.bson.Document("_id", id)).first();
        // The whole form is one encrypted field: no BSN, no name, no address readable in the store.
        assertThat(stored.toJson()).doesNotContain("111222333", "Sam Voorbeeld", "Stationsweg").contains("inhoudVersleuteld");
        assertThat(response.body()).doesNotContain("111222333").contains("\"bsnBekend\":true");
        assertThat(eventsAbout(id, 1)).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain("111222333"));

        var invalid = post(body.replace("111222333", "123456789"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("minderjarigen[0].bsn", "elfproef").doesNotContain("123456789");
    }

    @Test
    void refusesAnOversizeBodyWith413() throws Exception {
        String huge = AanmeldingRequestMother.geldig().replace("Zorgen over", "x".repeat(300_000));

        var response = post(huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }

    @Test
    void refusesAnOversizeChunkedBodyWith413() throws Exception {
        byte[] huge = AanmeldingRequestMother.geldig().replace("Zorgen over", "y".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/aanmeldingen"))
                .header("Content-Type", "application/json")
                // A publisher of unknown length makes the client send the body chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)));

        var response = ApiCaller.onPort(port).send(request, tokenFor(AanmeldingRequestMother.geldig()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    }

    @Test
    void answersAnUnknownReferralWith404Problem() throws Exception {
        var response = ApiCaller.onPort(port).get("/api/v1/aanmeldingen/00000000-0000-0000-0000-000000000000", reader());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

}
