package nl.jeugdlink.contracts.jbt;

import java.time.Instant;

/**
 * The chair returns a filed request for missing information (seed 002:450); the requester is told
 * and files it again once completed.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the request is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param indienerId the requester to be told
 * @param reden what is missing, in the chair's words (about the form, not the family)
 * @param teruggestuurdDoor the chair's pseudonymous id
 * @param teruggestuurdOp when it was returned
 */
public record JbtVerzoekTeruggestuurd(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String indienerId,
        String reden,
        String teruggestuurdDoor,
        Instant teruggestuurdOp) {
}
