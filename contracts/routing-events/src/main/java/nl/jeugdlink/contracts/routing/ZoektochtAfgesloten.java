package nl.jeugdlink.contracts.routing;

import java.time.Instant;

/**
 * A new toewijzing of the casus to another provider closed the search a decline started.
 *
 * @param toewijzingId the new toewijzing
 * @param agbCode its provider
 */
public record ZoektochtAfgesloten(
        String afwijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String toewijzingId,
        String agbCode,
        Instant afgeslotenOp) {
}
