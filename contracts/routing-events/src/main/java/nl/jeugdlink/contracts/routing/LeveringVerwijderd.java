package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The care provider withdrew an earlier start (JW305) or stop (JW307) with StatusAanlevering 3 and the routing accepted it
 * (TR063: there was such a report; TR071: a start only while it has no stop). Ids, codes and dates only.
 *
 * @param soort {@code START} or {@code STOP}
 * @param begindatum the withdrawn start's, or the start the withdrawn stop belonged to
 * @param einddatum the withdrawn stop's; null for a start
 */
public record LeveringVerwijderd(
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        String soort,
        LocalDate begindatum,
        @Nullable LocalDate einddatum,
        Instant verwijderdOp) {
}
