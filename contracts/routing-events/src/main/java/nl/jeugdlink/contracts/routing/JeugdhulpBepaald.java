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
        String bepaaldDoor) {
}
