package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of an escalation meeting were recorded and sent to the participants for approval; starts the minutes' term (ESCALATIE_VERSLAG). The text stays at the escalation-service.
 *
 * @param verslagId the minutes' id
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param stap 1 behavioural scientists, 2 managers and directors, 3 administrators and aldermen
 * @param vergaderdOp the meeting's day
 * @param deelnemerIds the participants' ids, who approve
 * @param opgesteldOp when the minutes were recorded
 */
public record EscalatieverslagOpgesteld(
        String verslagId,
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        int stap,
        LocalDate vergaderdOp,
        List<String> deelnemerIds,
        Instant opgesteldOp) {
}
