package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline was extended (verlenging) by so many working days. The reason is kept in the deadline's history at the escalation-service, not on
 * Kafka: free text may hold personal data.
 *
 * @param termijnId the deadline's id
 * @param soort the kind: an open code (ADR 0013)
 * @param onderwerpId what the deadline is about
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param door the medewerker id of who did it
 * @param uiterlijk the last day after this change (for a suspension: as it stood)
 */
public record TermijnVerlengd(
        String termijnId,
        String soort,
        String onderwerpId,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        Instant verlengdOp,
        String door,
        int werkdagen,
        LocalDate uiterlijk) {
}
