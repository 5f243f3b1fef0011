package nl.jeugdlink.intake.aanmelding.domain;

import java.time.LocalDate;

/** A child the referral is about. The full person (BSN, name, custody) comes with the complete form. */
public record Minderjarige(LocalDate geboortedatum) {
}
