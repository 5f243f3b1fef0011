package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Route 315, step 4 (seed 002, Bouwsteen 5): the provider the bepaling names sent its JW315 for the client of the casus - the request
 * that follows the bepaling and the referral form it received in step 3 (within 5 working days). The routing links an accepted JW315 to
 * a bepaling on route 315 of a casus whose client (given by the back office) is the request's, for the same provider, once per
 * bepaling. Ids, codes and moments only: never the BSN.
 *
 * @param verzoekId the accepted JW315 (its own traject of deadlines, ADR 0034)
 * @param aangevraagdOp when the JW315 was accepted
 * @param giOrganisatie the gecertificeerde instelling of the youth protector who made the bepaling; null for the local team's
 * @param jeugdbeschermerId that youth protector; null as {@code giOrganisatie}
 */
public record BepalingAangevraagd(
        String bepalingId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        String verzoekId,
        Instant aangevraagdOp,
        @Nullable String giOrganisatie,
        @Nullable String jeugdbeschermerId) {
}
