package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A breach reported earlier (TermijnOverschreden, and TermijnOpgeschaald if it got that far) is withdrawn: the fact that met
 * the deadline arrived after the breach was established, but names a moment on or before the deadline's last day (a
 * consultation recorded a day later, a JW315 linked once the client was known). The deadline counts as met on time
 * (TermijnGestopt with uitkomst GEHAALD, published just before); this tells those the breach reached. At most once per deadline
 * (ADR 0041).
 *
 * @param termijnId the deadline's id
 * @param soort the kind, an open code (ADR 0013)
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uiterlijk the deadline's last day
 * @param gehaaldOp the moment the fact that met it names (on or before {@code uiterlijk})
 * @param overschredenOp when the breach had been established
 * @param werkdagenTeLaat the working days late the breach reported
 * @param onderwerpId what the deadline is about
 * @param betreftRol the role the breach reached (TermijnOverschreden's)
 * @param betreftOrganisatie the organisation or municipality it reached
 * @param opgeschaaldOp when the breach reached the next person, if it did
 * @param opgeschaaldRol the role of that next person (TermijnOpgeschaald's), if reached
 * @param opgeschaaldOrganisatie that next person's organisation or municipality, if reached
 */
public record TermijnOverschrijdingIngetrokken(
        String termijnId,
        String soort,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        LocalDate uiterlijk,
        Instant gehaaldOp,
        Instant overschredenOp,
        int werkdagenTeLaat,
        @Nullable String onderwerpId,
        String betreftRol,
        String betreftOrganisatie,
        @Nullable Instant opgeschaaldOp,
        @Nullable String opgeschaaldRol,
        @Nullable String opgeschaaldOrganisatie) {
}
