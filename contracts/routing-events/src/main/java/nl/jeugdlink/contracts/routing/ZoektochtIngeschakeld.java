package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * After a decline the case went to the provider network or the Regionaal Expertteam (seed 002, Bouwsteen 5, step 5).
 * The declining provider becomes co-owner of finding care; the youth protector stays responsible. Ids and codes only.
 *
 * @param route NETWERK or RET
 * @param medeEigenaarAgbCode the declining provider
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who carries the casus's measure (the organisation the
 *     platform's token names, the {@code organisatie} claim), whose team leader a Bouwsteen 5 route term concerns before the region's
 *     contact person; null when no youth protector made the bepaling (then the municipality's team leader)
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 * @param afgewezenOp when the provider declined: the escalation-service counts step 6 after a network search (ZOEKTOCHT_STAP_6_NETWERK)
 *     from it; null in events published before it was carried
 */
public record ZoektochtIngeschakeld(
        String afwijzingId,
        String toewijzingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String route,
        String medeEigenaarAgbCode,
        Instant ingeschakeldOp,
        String ingeschakeldDoor,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId,
        @Nullable Instant afgewezenOp) {
}
