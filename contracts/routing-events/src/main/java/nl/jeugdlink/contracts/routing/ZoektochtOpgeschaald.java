package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The GI team leader escalated the search to the region's contact person (step 6, within 1 week).
 *
 * @param bestuurlijk whether the team leader or the contact person escalated further, to the administrators
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who carries the casus's measure (the organisation the
 *     platform's token names, the {@code organisatie} claim), whose team leader a Bouwsteen 5 route term concerns before the region's
 *     contact person; null when no youth protector made the bepaling (then the municipality's team leader)
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 */
public record ZoektochtOpgeschaald(
        String afwijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Instant opgeschaaldOp,
        String opgeschaaldDoor,
        boolean bestuurlijk,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId) {
}
