package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;

/**
 * A step ended: resolved (the stagnation lifted) or escalated to the next step; meets the step's term.
 *
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param stap 1 behavioural scientists, 2 managers and directors, 3 administrators and aldermen
 * @param uitkomst OPGELOST or GEESCALEERD
 * @param gezetOp when the step was taken
 * @param afgerondOp when it ended
 */
public record EscalatiestapAfgerond(
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        int stap,
        String uitkomst,
        Instant gezetOp,
        Instant afgerondOp) {
}
