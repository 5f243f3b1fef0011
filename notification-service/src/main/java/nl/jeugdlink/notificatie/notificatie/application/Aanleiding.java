package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What happened elsewhere that calls for messages, in this service's own terms: only the facts the
 * messages use. The messaging adapter maps the producers' wire records onto these (ADR 0008), so a
 * producer's new version changes the mapping, not the use cases.
 */
public sealed interface Aanleiding {

    /** A referral arrived; its referrer hears so. */
    record AanmeldingOntvangen(String aanmeldingId, String gemeenteCode, String verwijzerId, Instant ontvangenOp) implements Aanleiding {
    }

    /** A referral was accepted and professionals were coupled to it. */
    record AanmeldingGescreend(String aanmeldingId, String gemeenteCode, String verwijzerId, List<Koppeling> gekoppeldeProfessionals,
            Instant gescreendOp) implements Aanleiding {

        public AanmeldingGescreend {
            gekoppeldeProfessionals = List.copyOf(gekoppeldeProfessionals);
        }

        /** @param expertise a code such as {@code VEILIG_THUIS} */
        public record Koppeling(String medewerkerId, String expertise) {
        }
    }

    /** A referral was declined, for the reason of this code. */
    record AanmeldingAfgewezen(String aanmeldingId, String gemeenteCode, String verwijzerId, String redenCode, Instant afgewezenOp)
            implements Aanleiding {
    }

    /** A regisseur was coupled to a casus. */
    record RegisseurGekoppeld(String casusId, String aanmeldingId, String gemeenteCode, String regisseurId, Instant gekoppeldOp)
            implements Aanleiding {
    }

    /** A deadline passed; {@code soort} is its kind's code, such as {@code EERSTE_CONTACT}. */
    record TermijnOverschreden(String termijnId, String soort, String aanmeldingId, @Nullable String casusId, String gemeenteCode,
            LocalDate uiterlijk, int werkdagenTeLaat) implements Aanleiding {
    }
}
