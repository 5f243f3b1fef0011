package nl.jeugdlink.contracts.intake;

import java.time.Instant;
import java.util.List;

/**
 * The startoverleg of an accepted referral is planned: referrer, gedragswetenschapper and the
 * coupled professionals agree on task split, information sharing and dossier (seed 000:165-167).
 *
 * @param aanmeldingId the referral's id (UUID)
 * @param gemeenteCode the municipality responsible, CBS code
 * @param geplandOp when the startoverleg takes place
 * @param deelnemers the pseudonymous ids of the professionals invited
 * @param geplandDoor who planned it
 * @param vastgelegdOp when the planning was recorded
 */
public record StartoverlegGepland(
        String aanmeldingId,
        String gemeenteCode,
        Instant geplandOp,
        List<String> deelnemers,
        String geplandDoor,
        Instant vastgelegdOp) {
}
