package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * A beheerder filed a request for a child's data (AVG art. 15, ADR 0031): starts the deadline INZAGEVERZOEK (AVG art. 12(3)).
 * On the casus topic so the escalation-service times it without a listener of its own; {@code casusId} and {@code aanmeldingId}
 * carry the {@code verzoekId}: the request is the aggregate it is about and its own traject (as ADR 0034 does for a JW315 request).
 * No BSN, no child's id.
 */
public record InzageverzoekOntvangen(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String regio,
        String verzoekId,
        Instant ontvangenOp) {
}
