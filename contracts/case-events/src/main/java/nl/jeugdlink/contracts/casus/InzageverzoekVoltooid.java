package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * Every expected service delivered its part (or the intake knew no such child): the export is complete and can be handed over.
 * Meets the deadline INZAGEVERZOEK. {@code casusId} and {@code aanmeldingId} carry the {@code verzoekId}, as in
 * {@link InzageverzoekOntvangen}. No BSN, no child's id.
 */
public record InzageverzoekVoltooid(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String regio,
        String verzoekId,
        boolean kindGevonden,
        int aantalDelen,
        Instant voltooidOp) {
}
