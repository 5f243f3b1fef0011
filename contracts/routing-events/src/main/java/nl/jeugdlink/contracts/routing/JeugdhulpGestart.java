package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The care provider reported the start of a toewijzing's care with a JW305 and the routing accepted it
 * (seed 002, Bouwsteen 5: care started closes the route; OP271: within 5 working days of the start).
 * Ids, codes and dates only.
 *
 * @param begindatum the actual start of the care
 * @param gemeldOp when the routing accepted the JW305
 */
public record JeugdhulpGestart(
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        LocalDate begindatum,
        Instant gemeldOp) {
}
