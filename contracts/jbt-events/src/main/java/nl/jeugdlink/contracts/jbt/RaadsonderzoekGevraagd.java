package nl.jeugdlink.contracts.jbt;

import java.time.Instant;

/**
 * The table's decision asks the Raad voor de Kinderbescherming to investigate (outcomes 3 and 4 of
 * seed 002:470-475): what the Raad needs to start, by id; the request's content is read at the
 * jbt-service by whom may see it.
 *
 * @param verzoekId the request id (UUID): the casus id for a casus's first request, an id of its own for a later one
 * @param casusId the casus the investigation is about
 * @param aanmeldingId the referral the casus came from: the traject the escalation-service keeps its deadlines in
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uitkomst the decision's outcome: VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK or ALLEEN_RAADSONDERZOEK
 * @param spoed whether the request was urgent
 * @param aantalKinderen how many children the request is about
 * @param gevraagdDoor the chair's pseudonymous id
 * @param gevraagdOp when the decision was recorded
 */
public record RaadsonderzoekGevraagd(
        String verzoekId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String uitkomst,
        boolean spoed,
        int aantalKinderen,
        String gevraagdDoor,
        Instant gevraagdOp) {
}
