package nl.jeugdlink.intake.aanmelding.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child the referral is about. The BSN is optional: a referral may come before it is known.
 *
 * @param kindId the child's pseudonymous id, the only way other services refer to this child
 */
public record Minderjarige(UUID kindId, String naam, LocalDate geboortedatum, @Nullable String geboorteland, @Nullable Bsn bsn,
        Formulier.Contact contact) {

    /** The age bands of the child-contact rule (seed 003:106-110). */
    public enum Leeftijdscategorie {
        ONDER_4,
        VAN_4_TOT_12,
        VANAF_12
    }

    public Leeftijdscategorie leeftijdscategorie(LocalDate op) {
        int jaren = Period.between(geboortedatum, op).getYears();
        return jaren < 4 ? Leeftijdscategorie.ONDER_4 : jaren < 12 ? Leeftijdscategorie.VAN_4_TOT_12 : Leeftijdscategorie.VANAF_12;
    }

    @Override
    public String toString() {
        return "Minderjarige[" + kindId + "]";
    }
}
