package nl.jeugdlink.notificatie.gezinscontact.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the family of a referral can be written to, as the intake handed it over when the screening
 * accepted the referral (ADR 0011). Without consent nothing is kept but the fact that there is none,
 * so that the delivery log can say why the family was not told.
 *
 * @param aanmeldingId the referral; the casus that comes from it finds the contact by it
 * @param gemeenteCode the municipality responsible
 * @param grondslag the legal ground of the sharing
 * @param toestemmingGegevenOp when the parents consented; null without consent
 * @param adressen the parents with custody that gave an address; empty without consent
 */
public record Gezinscontact(String aanmeldingId, String gemeenteCode, Grondslag grondslag, @Nullable LocalDate toestemmingGegevenOp,
        List<Adres> adressen) {

    public enum Grondslag {
        /** The parents consented on the referral form. */
        TOESTEMMING,
        /** An anonymous consultation: nothing of the family is shared. */
        GEEN
    }

    // Deliberately simple, as for professionals: a mailbox, an @ and a domain with a dot. The SMTP server has the last word.
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /**
     * One parent's address.
     *
     * @param relatie their relation to the child, as the intake names it ({@code BIOLOGISCHE_MOEDER})
     * @param email where the summaries go
     * @param ouderId the parent's pseudonymous id, as the intake names them: a personal link made for this parent is paired
     *     with this address by it, never by position (an address left out would shift every later one); null in a contact
     *     shared before parents were named
     */
    public record Adres(String relatie, String email, @Nullable String ouderId) {

        public Adres {
            Objects.requireNonNull(relatie, "relatie");
            Objects.requireNonNull(email, "email");
        }

        /** An address of a contact shared before parents were named. */
        public Adres(String relatie, String email) {
            this(relatie, email, null);
        }

        /** Whether a mail can be addressed to it; one that cannot is left out rather than tried over and over. */
        public boolean isBruikbaar() {
            return email.length() <= 254 && EMAIL.matcher(email).matches();
        }

        /** Without the address: a record may end up in a log line or an assertion failure, the address may not. */
        @Override
        public String toString() {
            return "Adres[" + relatie + "]";
        }
    }

    public Gezinscontact {
        Objects.requireNonNull(aanmeldingId, "aanmeldingId");
        // Without consent an address is not even kept: there is nothing it may be used for.
        adressen = grondslag == Grondslag.TOESTEMMING ? List.copyOf(adressen) : List.of();
    }

    @Override
    public String toString() {
        return "Gezinscontact[" + aanmeldingId + ", " + grondslag + ", " + adressen.size() + " adres(sen)]";
    }
}
