package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The back office brought a toewijzing's einddatum forward (an intrekking, iJw procesbeschrijving 3.3.2): the JW301 goes out again
 * under the same ToewijzingNummer with the new einddatum and its RedenWijziging. Ids, codes and dates only.
 *
 * @param einddatum the new einddatum; equal to the ingangsdatum with reden 13 (verwijderd, CS335)
 * @param vorigeEinddatum the einddatum before, when there was one
 * @param redenWijziging the JZ002 code (02 client overleden ... 13 verwijderd, 14 administratieve correctie; never 01, CS336)
 * @param jw301Identificatie the BerichtIdentificatie of the changed JW301 now waiting for the provider ({@code T<nummer>W<wijziging>};
 *     after an aanpassing or correctie the continuing toewijzing's {@code T<nummer>}, the one message carrying both, OP087), which it
 *     fetches over its message API; null in events published before it was carried
 */
public record ToewijzingGewijzigd(
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        LocalDate einddatum,
        @Nullable LocalDate vorigeEinddatum,
        String redenWijziging,
        Instant gewijzigdOp,
        @Nullable String jw301Identificatie) {
}
