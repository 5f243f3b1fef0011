package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/** The minutes of an evaluation are recorded (they stay in the case-service). */
public record EvaluatieverslagVastgelegd(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String evaluatieId,
        int maanden,
        String vastgelegdDoor,
        Instant vastgelegdOp) {
}
