package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The care provider reported the end of a toewijzing's care with a JW307 and the routing accepted it
 * (OP272: within 5 working days of the end). Ids, codes and dates only.
 *
 * @param begindatum the actual start of the care
 * @param einddatum the actual end, not before the start (TR018)
 * @param redenBeeindiging the JZ588 code (31 volgens plan, 33 eenzijdig door aanbieder ...)
 * @param gemeldOp when the routing accepted the JW307
 */
public record JeugdhulpGestopt(
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        LocalDate begindatum,
        LocalDate einddatum,
        String redenBeeindiging,
        Instant gemeldOp) {
}
