package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bepaling jeugdhulp is intended in a casus, on one of the two Bouwsteen 5 routes (seed 002): the moment step 1's term runs from -
 * the youth protector contacts the local team within 3 working days (route 301), or the local team and a provider within 5 working
 * days (route 315). The bepaling that follows names this intention ({@link JeugdhulpBepaald#voornemenId}) and meets step 1 with its
 * {@code afgestemdOp}. Ids, codes and dates only.
 *
 * @param route {@code 301} (the local team's route) or {@code 315} (the provider's route)
 * @param voorgenomenOp the day the bepaling was intended: step 1's term counts from it
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who intends it (the token's {@code organisatie} claim),
 *     whose team leader a breach of step 1 concerns, with the region's contact person; null when the local team records it
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 */
public record BepalingVoorgenomen(
        String voornemenId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String route,
        LocalDate voorgenomenOp,
        Instant vastgelegdOp,
        String vastgelegdDoor,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId) {
}
