package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * The help of the plan has started (or the family has been referred to it).
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param ingezetOp when the help started
 * @param vastgelegdDoor who recorded it
 */
public record HulpIngezet(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant ingezetOp,
        String vastgelegdDoor) {
}
