package nl.jeugdlink.contracts.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The family's e-mail addresses are handed to the notification-service, sealed for it alone, so
 * that the family can get the written summary of each conversation (seed 000:189; ADR 0011).
 * Published once, when the screening accepts a referral. Kafka and every other consumer see only
 * ciphertext and a count.
 *
 * @param aanmeldingId the referral
 * @param gemeenteCode the municipality responsible, CBS code
 * @param grondslag the legal ground of the sharing: TOESTEMMING (the parents' consent on the form), or GEEN for an anonymous consultation, which shares nothing
 * @param toestemmingGegevenOp the date of the consent; null for GEEN (who recorded it stays in the intake-service)
 * @param aantalAdressen how many addresses are sealed: the parents with custody that gave one; 0 when none is known
 * @param verzegeld the addresses as JSON ({"adressen":[{"relatie","email","ouderId"}]}), sealed with the notification-service's public key and bound to "gezinscontact:" + aanmeldingId; null when there are none
 * @param gedeeldOp when it was shared
 */
public record GezinscontactGedeeld(
        String aanmeldingId,
        String gemeenteCode,
        String grondslag,
        @Nullable LocalDate toestemmingGegevenOp,
        int aantalAdressen,
        @Nullable String verzegeld,
        Instant gedeeldOp) {

    /**
     * What {@code verzegeld} holds once opened: the JSON both the intake (sealing) and the
     * notification-service (opening) write and read.
     *
     * @param adressen one per parent with custody who gave an e-mail address
     */
    public record Verzegeld(List<Adres> adressen) {

        /**
         * @param relatie the parent's relation to the child, as on the form ({@code BIOLOGISCHE_MOEDER})
         * @param email the address the summaries go to
         * @param ouderId the parent's pseudonymous id, as {@link AanmeldingGescreend#ouders()} names them: what a
         *     personal link for this parent is paired by; absent in events of before
         */
        public record Adres(String relatie, String email, @Nullable String ouderId) {
        }
    }

    /** The context a sealed value is bound to: it opens only for this referral. */
    public static String context(String aanmeldingId) {
        return "gezinscontact:" + aanmeldingId;
    }
}
