package nl.jeugdlink.casus.casus;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.jeugdlink.contracts.SchemaCheck;
import nl.jeugdlink.contracts.intake.IntakeEvents;

/**
 * AanmeldingOntvangen events as the intake publishes them: the producer's golden example with a
 * fresh referral id, wrapped in CloudEvents binary-mode headers.
 */
final class AanmeldingOntvangenMother {

    private static final String GOLDEN_ID = "0b7c5a3e-4f1d-4c2a-9a51-2f6d1c0e7b11";

    record Event(String eventId, String aanmeldingId, Map<String, String> headers, byte[] payload) {
    }

    private AanmeldingOntvangenMother() {
    }

    static Event goldenExample() {
        return from(SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN));
    }

    static Event inGemeente(String gemeenteCode) {
        return from(SchemaCheck.example(IntakeEvents.AANMELDING_ONTVANGEN).replace("GM0228", gemeenteCode));
    }

    private static Event from(String example) {
        String aanmeldingId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String payload = example.replace(GOLDEN_ID, aanmeldingId);
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "urn:nld:jeugdlink:foodvalley:intake-service",
                "ce_type", IntakeEvents.AANMELDING_ONTVANGEN.type(),
                "ce_subject", aanmeldingId,
                "ce_time", "2026-11-23T09:15:00Z",
                "content-type", "application/json");
        return new Event(eventId, aanmeldingId, headers, payload.getBytes(StandardCharsets.UTF_8));
    }
}
