package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.util.List;

/**
 * A professional opened an escalation for a casus whose cooperation stalls (seed 002, Bouwsteen 6). No names, no free text.
 *
 * @param escalatieId the escalation
 * @param aanmeldingId the traject's referral (the Kafka key)
 * @param casusId the casus the escalation is about
 * @param gemeenteCode the casus's municipality, CBS code
 * @param situatie 1 professional dilemma, 2 cooperation not according to agreements, 3 negligent or worrying conduct
 * @param partijen the kinds of organisation involved
 * @param gestartOp when it was opened
 */
public record EscalatieGestart(
        String escalatieId,
        String aanmeldingId,
        String casusId,
        String gemeenteCode,
        int situatie,
        List<String> partijen,
        Instant gestartOp) {
}
