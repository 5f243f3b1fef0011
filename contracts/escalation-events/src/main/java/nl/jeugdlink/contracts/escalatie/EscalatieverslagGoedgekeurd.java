package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;

/**
 * Every participant approved the minutes; meets the minutes' term and feeds the learning report.
 *
 * @param verslagId the minutes' id
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param stap 1 behavioural scientists, 2 managers and directors, 3 administrators and aldermen
 * @param goedgekeurdOp when the last participant approved
 */
public record EscalatieverslagGoedgekeurd(
        String verslagId,
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        int stap,
        Instant goedgekeurdOp) {
}
