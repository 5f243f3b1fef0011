package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of an intended bepaling jeugdhulp was held (seed 002, Bouwsteen 5): the youth protector consulted the local team (route 315:
 * the local team and a provider) on {@code geraadpleegdOp}, recorded as it happened. It meets the step-1 term that
 * {@link BepalingVoorgenomen} started on that day, however much later the bepaling is written. Once per intention. Ids, codes and dates
 * only: the note stays in the routing.
 *
 * @param route {@code 301} or {@code 315}, as the intention's
 * @param geraadpleegdOp the day the consultation took place: never in the future, never before the intention
 * @param agbCode route 315: the provider consulted; null on route 301
 * @param vastgelegdDoor who recorded it (the youth protector or the local team's regisseur)
 * @param giOrganisatie as on {@link BepalingVoorgenomen}: the gecertificeerde instelling whose team leader a breach of step 1 concerns
 *     (the intending youth protector's, else the recording one's); null in a casus of the local team alone
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 */
public record LokaalTeamGeraadpleegd(
        String voornemenId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String route,
        LocalDate geraadpleegdOp,
        @Nullable String agbCode,
        Instant vastgelegdOp,
        String vastgelegdDoor,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId) {
}
