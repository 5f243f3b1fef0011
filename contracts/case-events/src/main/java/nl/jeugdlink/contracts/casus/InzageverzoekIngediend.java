package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * One round of a request for a child's data (ADR 0031). {@code ronde} SLEUTELS asks the intake to resolve the BSN to the
 * child's keys; DELEN asks every service for its part by those keys. {@code verzegeld}: the child's identity as JSON
 * ({@code {bsn, kindIds, aanmeldingIds, casusIds}}), sealed with the inzage-verzoek keyset, bound to
 * {@code inzage:<verzoekId>:<ronde>}; the BSN never travels in the clear (ADR 0010).
 */
public record InzageverzoekIngediend(
        String verzoekId,
        String ronde,
        String verzegeld,
        Instant ingediendOp) {
}
