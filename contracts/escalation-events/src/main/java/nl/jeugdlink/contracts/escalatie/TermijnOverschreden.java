package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline passed without being met. Published exactly once per deadline, also when the
 * escalation-service was down at the moment it passed (then with the moment it noticed).
 *
 * @param termijnId the deadline's id
 * @param soort the kind: an open code (ADR 0013); journey 1 has EERSTE_CONTACT, PLAN and HULP_INGEZET
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uiterlijk the last working day on which the deadline could be met
 * @param overschredenOp when the service established that the deadline had passed
 * @param werkdagenTeLaat working days after {@code uiterlijk} up to and including the day it was established
 * @param onderwerpId what the deadline is about (for journey 1 the referral); added in 1.1, null from older producers
 * @param betreftRol the role a breach concerns (TEAMLEIDER ...)
 * @param betreftOrganisatie the organisation or municipality a breach concerns
 */
public record TermijnOverschreden(
        String termijnId,
        String soort,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        LocalDate uiterlijk,
        Instant overschredenOp,
        int werkdagenTeLaat,
        @Nullable String onderwerpId,
        @Nullable String betreftRol,
        @Nullable String betreftOrganisatie) {
}
