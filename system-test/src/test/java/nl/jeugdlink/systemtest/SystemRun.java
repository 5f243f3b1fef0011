package nl.jeugdlink.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.contracts.escalatie.EscalationEvents;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.contracts.jbt.JbtEvents;
import nl.jeugdlink.contracts.routing.RoutingEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every journey over the running services does the same way: start and stop the services and the
 * SMTP server, move a service's clock, find an event on a topic and check it against its producer's
 * schema, find a mail on the SMTP server.
 */
final class SystemRun {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Every event the services publish, to find the schema of a record by its ce_type. */
    private static final List<EventType> EVENTS = Stream.of(IntakeEvents.ALL, CaseEvents.ALL, EscalationEvents.ALL, RoutingEvents.ALL,
            JbtEvents.ALL).flatMap(List::stream).toList();

    private static final List<String> EDE = List.of("GM0228");
    private static final String REGISSEUR = "regisseur-ede";
    private static final String GW = "gedragswetenschapper-ede";
    private static final String TEAMLEIDER = "teamleider-ede";

    private SystemRun() {
    }

    /** A referral's casus in Ede: its id and the referral's. */
    record Casus(String aanmeldingId, String casusId) {
    }

    /**
     * Journey 1's start in Ede: the referral by {@code verwijzer}, its screening by the gedragswetenschapper with
     * the teamleider, the casus opened and its regisseur coupled (each step seen as its event).
     */
    static Casus geopendeCasus(ServiceProcess intake, ServiceProcess casus, KafkaProbe kafka, String verwijzer) {
        return gescreend(intake, casus, kafka, aangemeld(intake, verwijzer));
    }

    /** The referral of journey 1 filed by {@code verwijzer} at the intake: its id. */
    static String aangemeld(ServiceProcess intake, String verwijzer) {
        var aanmelding = new ApiCaller(intake.baseUrl()).post("/api/v1/aanmeldingen", aanmelding(verwijzer), ApiCaller.token(verwijzer, "regisseur", EDE));
        assertThat(aanmelding.statusCode()).as(aanmelding.body()).isEqualTo(201);
        return JSON.readTree(aanmelding.body()).get("id").asString();
    }

    /** The referral screened by the gedragswetenschapper with the teamleider, its casus opened and its regisseur coupled. */
    static Casus gescreend(ServiceProcess intake, ServiceProcess casus, KafkaProbe kafka, String aanmeldingId) {
        ApiCaller intakeApi = new ApiCaller(intake.baseUrl());
        String casusId = UUID.nameUUIDFromBytes(("casus:" + aanmeldingId).getBytes(StandardCharsets.UTF_8)).toString();
        var screening = intakeApi.post("/api/v1/aanmeldingen/" + aanmeldingId + "/screening", """
                { "besluit": "ACCEPTEREN", "gedragswetenschapperId": "%s", "teamleiderId": "%s",
                  "koppelingen": [ { "medewerkerId": "jeugdlink-professional-ede", "expertise": "VEILIG_THUIS" } ] }
                """.formatted(GW, TEAMLEIDER), ApiCaller.token(GW, "gedragswetenschapper", EDE));
        assertThat(screening.statusCode()).as(screening.body()).isEqualTo(201);
        SystemRun.event(kafka, IntakeEvents.TOPIC, aanmeldingId, IntakeEvents.AANMELDING_GESCREEND.type());

        ApiCaller casusApi = new ApiCaller(casus.baseUrl());
        await().atMost(PATIENCE).until(() -> casusApi.get("/api/v1/casussen/" + casusId, ApiCaller.token(TEAMLEIDER, "teamleider", EDE)).statusCode() == 200);
        var koppeling = casusApi.send(HttpRequest.newBuilder(URI.create(casus.baseUrl() + "/api/v1/casussen/" + casusId + "/regisseur"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{ \"regisseurId\": \"" + REGISSEUR + "\" }")),
                ApiCaller.token(TEAMLEIDER, "teamleider", EDE));
        assertThat(koppeling.statusCode()).as(koppeling.body()).isBetween(200, 201);
        SystemRun.event(kafka, CaseEvents.TOPIC, casusId, CaseEvents.REGISSEUR_GEKOPPELD.type());
        return new Casus(aanmeldingId, casusId);
    }

    /** A referral on the full form for the family of journey 1 (Sam and his mother Anna), filed by {@code verwijzer}. */
    static String aanmelding(String verwijzer) {
        return """
                {
                  "gemeenteCode": "GM0228",
                  "soort": "JEUGDLINK",
                  "verwijzer": { "organisatie": "SOCIAAL_TEAM", "medewerkerId": "%s", "naam": "Jet Verwijzer", "telefoon": "0318 680 000",
                                 "email": "verwijzer@sociaalteam-ede.nl" },
                  "toestemming": { "gegeven": true, "datum": "2026-04-20", "vastgelegdDoor": "%s" },
                  "minderjarigen": [
                    { "naam": "Sam Voorbeeld", "bsn": "123456782", "geboortedatum": "2013-03-02",
                      "adres": { "straat": "Stationsweg", "huisnummer": "12", "postcode": "6711 AB", "woonplaats": "Ede" } }
                  ],
                  "gezinsleden": [ { "relatie": "BIOLOGISCHE_MOEDER", "naam": "Anna Voorbeeld", "telefoon": "06 12345678",
                                     "email": "anna.voorbeeld@example.nl", "gezag": true } ],
                  "verblijftBij": "moeder",
                  "jeugdlink": {
                    "zorgen": "Sam verzuimt school; spanningen thuis na de scheiding.",
                    "huiselijkGeweldOfKindermishandeling": true,
                    "verwachting": "Samen met Veilig Thuis de veiligheid herstellen."
                  },
                  "problematiek": ["COMPLEXE_SCHEIDING", "HUISELIJK_GEWELD"],
                  "vraag": "Graag expertise van Veilig Thuis bij het gezin."
                }
                """.formatted(verwijzer, verwijzer);
    }

    /** Starts the SMTP server and the services, and waits until all of them report UP. */
    static void start(GreenMail smtp, List<ServiceProcess> services) {
        smtp.start();
        services.forEach(ServiceProcess::start);
        CompletableFuture.allOf(services.stream()
                .map(s -> CompletableFuture.runAsync(() -> s.awaitHealthy(Duration.ofMinutes(3)))).toArray(CompletableFuture[]::new)).join();
    }

    static void stop(GreenMail smtp, List<ServiceProcess> services) {
        services.forEach(ServiceProcess::close);
        try {
            smtp.stop();
        } catch (IllegalStateException e) {
            // GreenMail rethrows on stop what a connection cut at shutdown left behind (a service stopping
            // mid-send); what the test asserts was read before.
            System.err.println("GreenMail at stop: " + e.getMessage());
        }
    }

    /** Moves the service's clock (a beheerder, through the actuator's ClockEndpoint); the deadline sweep runs before it answers. */
    static void zetKlok(ServiceProcess service, String tijdstip) {
        var response = new ApiCaller(service.baseUrl()).post("/actuator/klok", "{ \"tijdstip\": \"" + tijdstip + "\" }",
                ApiCaller.token("beheerder-ede", "beheerder", List.of("GM0228")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The first record of {@code type} about {@code key} on the topic, waiting for it. */
    static ConsumerRecord<String, byte[]> event(KafkaProbe kafka, String topic, String key, String type) {
        var found = kafka.read(topic, PATIENCE, rs -> rs.stream().anyMatch(r -> is(r, key, type))).stream().filter(r -> is(r, key, type)).toList();
        assertThat(found).as(type + " about " + key).isNotEmpty();
        return found.getFirst();
    }

    private static boolean is(ConsumerRecord<String, byte[]> record, String key, String type) {
        return key.equals(record.key()) && type.equals(KafkaProbe.header(record, "ce_type"));
    }

    /** The payload, checked against the producer's published schema. */
    static JsonNode payload(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        String type = KafkaProbe.header(record, "ce_type");
        EventType eventType = EVENTS.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
        assertThat(SchemaCheck.violations(eventType, json)).as(type).isEmpty();
        return JSON.readTree(json);
    }

    /** The mail to {@code adres} whose subject or body mentions {@code tekst}; null while there is none. */
    static @Nullable MimeMessage mailMet(GreenMail smtp, String adres, String tekst) throws Exception {
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(r -> r.toString().contains(adres)) && (mail.getSubject() + tekst(mail)).contains(tekst)) {
                return mail;
            }
        }
        return null;
    }

    /** The body as the reader sees it: quoted-printable soft line breaks undone, lines ending in \n. */
    static String tekst(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replaceAll("=\\r?\\n", "").replace("\r\n", "\n");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
