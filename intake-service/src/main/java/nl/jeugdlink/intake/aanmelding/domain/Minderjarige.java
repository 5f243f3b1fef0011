package nl.jeugdlink.intake.aanmelding.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A child the referral is about. The full person (name, custody per parent) comes with the complete
 * form; the BSN is optional here because a referral may come before it is known.
 */
public record Minderjarige(LocalDate geboortedatum, @Nullable Bsn bsn) {

    public Minderjarige(LocalDate geboortedatum) {
        this(geboortedatum, null);
    }
}
