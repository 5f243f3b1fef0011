package nl.jeugdlink.contracts.jbt;

import java.time.Instant;

/**
 * The chair recorded a version of the report of the talk (seed 002, Bouwsteen 4): it is to be sent
 * to the parents, with their personal link, and to the requester. The report's text and the link
 * stay in the jbt-service; a consumer that mails the parents asks the jbt-service for the link.
 *
 * @param verzoekId the request id (UUID): the casus id, one request per casus
 * @param casusId the casus (the family) the report is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param versie the version of the report, from 1; an earlier version is never overwritten
 * @param indienerId the requester's pseudonymous id, who is sent the report too
 * @param vastgelegdDoor the chair's pseudonymous id
 * @param vastgelegdOp when this version was recorded
 * @param linkVerlooptOp until when the parents' link to this version opens
 */
public record JbtVerslagGereed(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        int versie,
        String indienerId,
        String vastgelegdDoor,
        Instant vastgelegdOp,
        Instant linkVerlooptOp) {
}
