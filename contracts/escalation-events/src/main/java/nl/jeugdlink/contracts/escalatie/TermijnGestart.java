package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline started running.
 *
 * @param termijnId the deadline's id (UUID, derived from traject and soort)
 * @param soort the kind: an open code (ADR 0013); journey 1 has EERSTE_CONTACT, PLAN and HULP_INGEZET
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param werkdagen the term in Dutch working days, as configured for the region
 * @param gestartOp the moment the clock started (the triggering fact, not when it was processed)
 * @param uiterlijk the last working day on which the deadline is met
 * @param onderwerpId what the deadline is about (for journey 1 the referral); added in 1.1, null from older producers
 * @param betreftRol the role a breach concerns (TEAMLEIDER ...)
 * @param betreftOrganisatie the organisation or municipality a breach concerns
 */
public record TermijnGestart(
        String termijnId,
        String soort,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        int werkdagen,
        Instant gestartOp,
        LocalDate uiterlijk,
        @Nullable String onderwerpId,
        @Nullable String betreftRol,
        @Nullable String betreftOrganisatie) {
}
