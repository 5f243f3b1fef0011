package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * The casus is closed, with the gedragswetenschapper involved in the intended closure
 * (seed 000:203, 000:219-221). Every open deadline of the casus lapses.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param reden DOELEN_BEHAALD, ST_KAN_WEER_VERDER, NAAR_JBT or ANDERS (seed 000:139)
 * @param afgeslotenDoor who closed it
 * @param afgeslotenOp when it was closed
 */
public record CasusAfgesloten(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String reden,
        String afgeslotenDoor,
        Instant afgeslotenOp) {
}
