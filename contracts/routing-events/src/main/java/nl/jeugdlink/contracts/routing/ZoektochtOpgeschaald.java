package nl.jeugdlink.contracts.routing;

import java.time.Instant;

/**
 * The GI team leader escalated the search to the region's contact person (step 6, within 1 week).
 *
 * @param bestuurlijk whether the team leader or the contact person escalated further, to the administrators
 */
public record ZoektochtOpgeschaald(
        String afwijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant opgeschaaldOp,
        String opgeschaaldDoor,
        boolean bestuurlijk) {
}
