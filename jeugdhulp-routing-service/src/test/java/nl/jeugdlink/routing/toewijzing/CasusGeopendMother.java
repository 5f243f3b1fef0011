package nl.jeugdlink.routing.toewijzing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.EventType;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.casus.CaseEvents;
import nl.jeugdlink.platform.test.KafkaProbe;
import nl.jeugdlink.platform.test.ReceivedEvent;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/**
 * Events of the case-service's casus stream as it publishes them: the producer's golden examples
 * with a fresh casus and referral id, in CloudEvents binary-mode headers. The golden CasusGeopend is
 * a casus of Ede (GM0228).
 */
final class CasusGeopendMother {

    static final String GOLDEN_CASUS_ID = "5d1f3b2a-7c4e-3a9b-8e21-0c6a4f9d2b37";
    static final String GOLDEN_AANMELDING_ID = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    record Event(String eventId, String casusId, String aanmeldingId, String type, Map<String, String> headers, byte[] payload) {
    }

    private CasusGeopendMother() {
    }

    static Event geopend() {
        return of(CaseEvents.CASUS_GEOPEND, SchemaCheck.example(CaseEvents.CASUS_GEOPEND));
    }

    static Event geopendIn(String gemeenteCode) {
        return of(CaseEvents.CASUS_GEOPEND, SchemaCheck.example(CaseEvents.CASUS_GEOPEND).replace("GM0228", gemeenteCode));
    }

    /** Another event of the casus stream, by its golden example. */
    static Event anderEvent(EventType type) {
        return of(type, SchemaCheck.example(type));
    }

    /** CasusAfgesloten of this casus (the golden example: closed on 3 May 2027), with its own event id. */
    static Event afgesloten(String casusId) {
        Event event = of(CaseEvents.CASUS_AFGESLOTEN, SchemaCheck.example(CaseEvents.CASUS_AFGESLOTEN).replace(GOLDEN_CASUS_ID, casusId));
        Map<String, String> headers = new java.util.HashMap<>(event.headers());
        headers.put("ce_subject", casusId);
        return new Event(event.eventId(), casusId, event.aanmeldingId(), event.type(), Map.copyOf(headers), event.payload());
    }

    static Event metPayload(Event event, String payload) {
        return new Event(event.eventId(), event.casusId(), event.aanmeldingId(), event.type(), event.headers(), payload.getBytes(StandardCharsets.UTF_8));
    }

    private static Event of(EventType type, String example) {
        String casusId = UUID.randomUUID().toString();
        String aanmeldingId = UUID.randomUUID().toString();
        // The envelope as the platform's test support writes it for every consumer test.
        var received = ReceivedEvent.of(CaseEvents.TOPIC, type.type(), "urn:nld:jeugdlink:foodvalley:case-service", casusId,
                example.replace(GOLDEN_CASUS_ID, casusId).replace(GOLDEN_AANMELDING_ID, aanmeldingId));
        return new Event(received.id(), casusId, aanmeldingId, type.type(), received.headers(), received.payload());
    }

    static void send(KafkaProbe kafka, Event event) {
        kafka.send(CaseEvents.TOPIC, event.casusId(), event.headers(), event.payload());
    }

    /** Sends CasusGeopend of a casus in this municipality and waits until the routing knows it; the casus id. */
    static String bekendeCasus(KafkaProbe kafka, Casussen casussen, String gemeenteCode) {
        Event event = geopendIn(gemeenteCode);
        send(kafka, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> casussen.find(event.casusId()).isPresent());
        return event.casusId();
    }
}
