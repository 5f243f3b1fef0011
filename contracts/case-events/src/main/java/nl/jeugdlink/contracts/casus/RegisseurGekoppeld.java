package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * A Sociaal Team regisseur is coupled to the casus. From now on the regisseur holds regie and
 * dossier and stays eindverantwoordelijk (seed 000:173); a later coupling is a handover.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param regisseurId the regisseur's pseudonymous id
 * @param vorigeDossierhouderId who held the dossier before: the referrer or the previous regisseur
 * @param gekoppeldDoor who recorded the coupling
 * @param gekoppeldOp when the coupling was recorded
 */
public record RegisseurGekoppeld(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String regisseurId,
        String vorigeDossierhouderId,
        String gekoppeldDoor,
        Instant gekoppeldOp) {
}
