package nl.jeugdlink.intake.aanmelding.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Whether the parents consented to the referral, when, and who recorded it.
 *
 * @param gegeven consent was given
 * @param datum the day it was given; required when given
 * @param vastgelegdDoor who recorded it; required when given
 */
public record Toestemming(boolean gegeven, @Nullable LocalDate datum, @Nullable String vastgelegdDoor) {

    public static Toestemming geen() {
        return new Toestemming(false, null, null);
    }
}
