package nl.jeugdlink.contracts.escalatie;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A deadline stopped: met in time, met late, or lapsed because the traject ended.
 *
 * @param termijnId the deadline's id
 * @param soort the kind: an open code (ADR 0013); journey 1 has EERSTE_CONTACT, PLAN and HULP_INGEZET
 * @param aanmeldingId the traject's referral
 * @param casusId the casus, once one is open
 * @param gemeenteCode the municipality responsible, CBS code
 * @param uitkomst GEHAALD, TE_LAAT_GEHAALD or VERVALLEN
 * @param uiterlijk the last working day on which the deadline was met
 * @param gestoptOp the moment of the fact that stopped it
 * @param onderwerpId what the deadline is about (for journey 1 the referral); added in 1.1, null from older producers
 */
public record TermijnGestopt(
        String termijnId,
        String soort,
        String aanmeldingId,
        @Nullable String casusId,
        String gemeenteCode,
        String uitkomst,
        LocalDate uiterlijk,
        Instant gestoptOp,
        @Nullable String onderwerpId) {
}
