package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A passed deadline still not met the term its rule names after its last day: the breach now reaches
 * the next person (betreft.daarna), exactly once per deadline.
 *
 * @param termijnId the deadline's id
 * @param soort the kind, an open code (ADR 0013)
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uiterlijk the deadline's last day
 * @param opgeschaaldOp when the breach reached the next person
 * @param werkdagenTeLaat working days after {@code uiterlijk} by then
 * @param onderwerpId what the deadline is about
 * @param betreftRol the role the breach now reaches, e.g. REGIONALE_CONTACTPERSOON
 * @param betreftOrganisatie the organisation or municipality it reaches
 */
public record TermijnOpgeschaald(
        String termijnId,
        String soort,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        LocalDate uiterlijk,
        Instant opgeschaaldOp,
        int werkdagenTeLaat,
        @Nullable String onderwerpId,
        String betreftRol,
        String betreftOrganisatie) {
}
