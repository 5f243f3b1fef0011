package nl.jeugdlink.intake.aanmelding.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decision of the gedragswetenschapper and the teamleider on a referral (seed 000:163, 000:199):
 * accept and couple professionals by expertise, or decline with a reason.
 *
 * @param toelichting the explanation of a decline; may name the family, so it stays in the intake
 */
public record Screening(Besluit besluit, String gedragswetenschapperId, String teamleiderId, List<Koppeling> koppelingen,
        @Nullable AfwijzingsReden reden, @Nullable String toelichting, String vastgelegdDoor, Instant op) {

    public Screening {
        koppelingen = List.copyOf(koppelingen);
    }

    public enum Besluit {
        ACCEPTEREN,
        AFWIJZEN
    }

    public enum AfwijzingsReden {
        GEEN_ZORGEN_OVER_VEILIGHEID,
        ANDERE_ROUTE_PASSENDER,
        ONVOLDOENDE_INFORMATIE,
        ANDERS
    }

    /** A JeugdLink professional coupled to the family for the expertise they add. */
    public record Koppeling(String medewerkerId, Expertise expertise) {
    }
}
