package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A care provider's JW315 was accepted: one event per requested product, which the municipality answers within 5 working days
 * with a JW301 or a JW319 (OP274). The request is its own aggregate until the back office names a casus, so {@code casusId} and
 * {@code aanmeldingId} carry the {@code verzoekId} (the subject and the escalation-service's traject). Ids, codes and dates only.
 *
 * @param aanvraagId the requested product: name-based UUID of {@code agbCode:referentieAanbieder}
 * @param ontvangenOp when the routing accepted the JW315 (its JW316 went out at once)
 */
public record JeugdhulpAangevraagd(
        String verzoekId,
        String aanvraagId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        String referentieAanbieder,
        @Nullable String categorie,
        @Nullable String code,
        LocalDate ingangsdatum,
        @Nullable LocalDate einddatum,
        LocalDate dagtekening,
        Instant ontvangenOp) {
}
