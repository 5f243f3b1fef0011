package nl.jeugdlink.casus.casus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.casus.casus.domain.CasusId;
import nl.jeugdlink.casus.casus.domain.Casussen;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.intake.IntakeEvents;
import nl.jeugdlink.platform.test.ApiCaller;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;

/**
 * Events of the intake's referral stream as the intake publishes them: the producer's golden
 * examples with a fresh referral id, wrapped in CloudEvents binary-mode headers. The screened
 * referral's golden example has two children (under 4, and 4 to 12), a GW, a teamleider and two
 * JeugdLink professionals, referred by ST professional st-ede-0042 in Ede.
 */
final class AanmeldingGescreendMother {

    static final String GOLDEN_ID = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";
    static final String KIND_ONDER_4 = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    static final String KIND_4_TOT_12 = "8c7b6a5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d";
    static final String GW = "gw-ede-0003";
    static final String TEAMLEIDER = "tl-ede-0001";

    record Event(String eventId, String aanmeldingId, String type, Map<String, String> headers, byte[] payload) {

        CasusId casusId() {
            return CasusId.uitAanmelding(aanmeldingId);
        }
    }

    private AanmeldingGescreendMother() {
    }

    static Event goldenExample() {
        return of(IntakeEvents.AANMELDING_GESCREEND, SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND));
    }

    static Event inGemeente(String gemeenteCode) {
        return of(IntakeEvents.AANMELDING_GESCREEND, SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND).replace("GM0228", gemeenteCode));
    }

    /** The golden example with its second child 12 or older: the child who is asked for feedback after a conversation. */
    static Event metKindVanaf12() {
        return of(IntakeEvents.AANMELDING_GESCREEND, SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND).replace("\"VAN_4_TOT_12\"", "\"VANAF_12\""));
    }

    /** The parents the golden example names, each with custody and an address: each gets their own feedback link. */
    static final String MOEDER = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c";
    static final String VADER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    /** {@link #metKindVanaf12()} as a screening published before the parents were named: no {@code ouders}. */
    static Event metKindVanaf12ZonderOuders() {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var payload = (tools.jackson.databind.node.ObjectNode) json.readTree(SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND)
                .replace("\"VAN_4_TOT_12\"", "\"VANAF_12\""));
        payload.remove("ouders");
        return of(IntakeEvents.AANMELDING_GESCREEND, json.writeValueAsString(payload));
    }

    /** A screened anonymous consult: no family on record, so no casus. */
    static Event anoniemConsult() {
        return of(IntakeEvents.AANMELDING_GESCREEND, SchemaCheck.example(IntakeEvents.AANMELDING_GESCREEND)
                .replace("\"JEUGDLINK\"", "\"ANONIEM_CONSULT\"").replace("\"toestemmingOuders\": true", "\"toestemmingOuders\": false"));
    }

    /** Another event of the referral stream (received, refused, startoverleg planned), by its golden example. */
    static Event anderEvent(EventType type) {
        return of(type, SchemaCheck.example(type));
    }

    /** The same referral's event with another payload: a producer that breaks its contract. */
    static Event metPayload(Event event, String payload) {
        return new Event(event.eventId(), event.aanmeldingId(), event.type(), event.headers(), payload.getBytes(StandardCharsets.UTF_8));
    }

    private static Event of(EventType type, String example) {
        String aanmeldingId = UUID.randomUUID().toString();
        // The envelope as the platform's test support writes it for every consumer test.
        var received = ReceivedEvent.of(IntakeEvents.TOPIC, type.type(), "urn:nld:jeugdlink:foodvalley:intake-service", aanmeldingId,
                example.replace(GOLDEN_ID, aanmeldingId));
        return new Event(received.id(), aanmeldingId, type.type(), received.headers(), received.payload());
    }

    static void send(KafkaProbe kafka, Event event) {
        kafka.send(IntakeEvents.TOPIC, event.aanmeldingId(), event.headers(), event.payload());
    }

    /** Sends a screened referral of Ede and waits until its casus is open; the casus id as text. */
    static String openCasus(KafkaProbe kafka, Casussen casussen) {
        Event event = goldenExample();
        send(kafka, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> casussen.find(event.casusId()).isPresent());
        return event.casusId().toString();
    }

    /** {@link #openCasus} and the teamleider couples {@code regisseurId} over the API of the service on {@code port}. */
    static String openCasusMetRegisseur(KafkaProbe kafka, Casussen casussen, int port, String teamleiderToken, String regisseurId) {
        String casusId = openCasus(kafka, casussen);
        var gekoppeld = ApiCaller.onPort(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/casussen/" + casusId + "/regisseur"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"regisseurId\": \"" + regisseurId + "\"}")), teamleiderToken);
        assertThat(gekoppeld.statusCode()).as(gekoppeld.body()).isEqualTo(200);
        return casusId;
    }
}
