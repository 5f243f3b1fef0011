package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The Regionaal Expertteam discussed the case of a decline (step 5B, within 2 weeks).
 *
 * @param uitkomst ZICHT_OP_PASSENDE_HULP, or GEEN_PASSENDE_HULP after which step 6 follows
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who carries the casus's measure (the organisation the
 *     platform's token names, the {@code organisatie} claim), whose team leader a Bouwsteen 5 route term concerns before the region's
 *     contact person; null when no youth protector made the bepaling (then the municipality's team leader)
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 */
public record RetBesproken(
        String afwijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant besprokenOp,
        String uitkomst,
        String vastgelegdDoor,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId) {
}
