package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The bepaling jeugdhulp of a casus was recorded (Bouwsteen 5, 301 steps 1-3): the care, whether the contract register covered it,
 * and the municipality the woonplaatsbeginsel makes responsible. Ids, codes and dates only.
 *
 * @param gemeenteCode the casus's municipality
 * @param verantwoordelijkeGemeente the municipality responsible under the woonplaatsbeginsel, which alone may assign the care
 * @param agbCode the preferred provider
 * @param lokaalTeamGeraadpleegdOp 301 step 1: the day the youth protector consulted the local team about the intended bepaling; null when
 *     not recorded (then the Bouwsteen 5 terms counted from step 1 start nothing)
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who carries the casus's measure (the organisation the
 *     platform's token names, the {@code organisatie} claim), whose team leader a Bouwsteen 5 route term concerns before the region's
 *     contact person; null when no youth protector made the bepaling (then the municipality's team leader)
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 * @param voornemenId the intention this bepaling follows ({@link BepalingVoorgenomen}); null when it named none
 * @param route {@code 301} or {@code 315}, the route of that intention; null without one (the 301 route's terms then hold, as before)
 * @param zorgaanbiederGeraadpleegdOp 315 step 1: the day the youth protector consulted the provider; null on the 301 route
 * @param afgestemdOp the day step 1 was complete - on route 301 the local team's consultation, on route 315 the later of the local
 *     team's and the provider's; null without an intention (then {@code lokaalTeamGeraadpleegdOp} alone)
 */
public record JeugdhulpBepaald(
        String bepalingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String verantwoordelijkeGemeente,
        String agbCode,
        @Nullable String categorie,
        @Nullable String code,
        LocalDate ingangsdatum,
        @Nullable LocalDate einddatum,
        boolean gecontracteerd,
        LocalDate verwezenNaarLokaalTeamOp,
        Instant bepaaldOp,
        String bepaaldDoor,
        @Nullable LocalDate lokaalTeamGeraadpleegdOp,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId,
        @Nullable String voornemenId,
        @Nullable String route,
        @Nullable LocalDate zorgaanbiederGeraadpleegdOp,
        @Nullable LocalDate afgestemdOp) {
}
