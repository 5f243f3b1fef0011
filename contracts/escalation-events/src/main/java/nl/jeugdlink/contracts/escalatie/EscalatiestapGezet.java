package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;

/**
 * A step of the escalation model was taken; starts the step's term (deadline kinds ESCALATIE_STAP_1, _2, _3).
 *
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param stap 1 behavioural scientists, 2 managers and directors, 3 administrators and aldermen
 * @param gezetAls in which capacity: PROFESSIONAL, GEDRAGSWETENSCHAPPER or LEIDINGGEVENDE
 * @param ambtelijkBetrokken whether the civil service is involved (always for step 3)
 * @param gezetOp when the step was taken
 */
public record EscalatiestapGezet(
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        int stap,
        String gezetAls,
        boolean ambtelijkBetrokken,
        Instant gezetOp) {
}
