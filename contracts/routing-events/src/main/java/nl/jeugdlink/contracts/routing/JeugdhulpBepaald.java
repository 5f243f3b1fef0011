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
        @Nullable String jeugdbeschermerId) {
}
