package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * The plan of the casus (analysis, safety plan, plan van aanpak) is fixed with the family.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param vastgesteldOp when the plan was fixed
 * @param vastgesteldDoor who recorded it
 */
public record PlanVastgesteld(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant vastgesteldOp,
        String vastgesteldDoor) {
}
