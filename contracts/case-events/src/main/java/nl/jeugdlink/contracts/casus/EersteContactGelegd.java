package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * The first conversation with the family took place: the clock of first contact stops here
 * (5 working days after the referral by default). Published once per casus.
 *
 * @param casusId the casus id (UUID)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param gesprekId the conversation in which the contact took place
 * @param contactOp when the contact took place
 * @param medewerkerId the professional who made the contact
 */
public record EersteContactGelegd(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String gesprekId,
        Instant contactOp,
        String medewerkerId) {
}
