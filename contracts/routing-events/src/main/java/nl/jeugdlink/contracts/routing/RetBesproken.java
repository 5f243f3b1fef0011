package nl.jeugdlink.contracts.routing;

import java.time.Instant;

/**
 * The Regionaal Expertteam discussed the case of a decline (step 5B, within 2 weeks).
 *
 * @param uitkomst ZICHT_OP_PASSENDE_HULP, or GEEN_PASSENDE_HULP after which step 6 follows
 */
public record RetBesproken(
        String afwijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant besprokenOp,
        String uitkomst,
        String vastgelegdDoor) {
}
