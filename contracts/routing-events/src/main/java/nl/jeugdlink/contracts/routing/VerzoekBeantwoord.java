package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The municipality answered one requested product of a JW315: {@code AFGEWEZEN} or {@code IN_ONDERZOEK} with a JW319, or
 * {@code TOEGEWEZEN} with a toewijzing's JW301. Keyed like {@link JeugdhulpAangevraagd} (casusId and aanmeldingId = verzoekId).
 *
 * @param definitief false only for "in onderzoek": a final answer follows
 * @param redenAfwijzing WJ759, exactly when rejected
 * @param woonplaatsbeginselGemeente the responsible municipality (CBS, 4 digits), exactly with reason 8
 * @param berichtIdentificatie the JW319's, or the JW301's for a toewijzing
 * @param toewijzingCasusId for TOEGEWEZEN the casus that holds the toewijzing (the request itself is in no casus); null otherwise
 * @param toewijzingId for TOEGEWEZEN the toewijzing that honoured the product, as JeugdhulpToegewezen names it; null otherwise
 */
public record VerzoekBeantwoord(
        String verzoekId,
        String aanvraagId,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        String referentieAanbieder,
        String antwoord,
        boolean definitief,
        @Nullable String redenAfwijzing,
        @Nullable String woonplaatsbeginselGemeente,
        String berichtIdentificatie,
        Instant beantwoordOp,
        @Nullable String toewijzingCasusId,
        @Nullable String toewijzingId) {
}
