package nl.jeugdlink.contracts.intake;

import java.time.Instant;

/**
 * The screening declined a referral. The free-text explanation stays in the intake-service (it may
 * name the family); the event carries the reason's code only.
 *
 * @param aanmeldingId the referral's id (UUID)
 * @param gemeenteCode the municipality responsible, CBS code
 * @param verwijzer who referred; hears of the decision
 * @param redenCode GEEN_ZORGEN_OVER_VEILIGHEID, ANDERE_ROUTE_PASSENDER, ONVOLDOENDE_INFORMATIE or ANDERS
 * @param afgewezenDoor the gedragswetenschapper or teamleider who declined
 * @param afgewezenOp when the decision was recorded
 */
public record AanmeldingAfgewezen(
        String aanmeldingId,
        String gemeenteCode,
        AanmeldingOntvangen.Verwijzer verwijzer,
        String redenCode,
        String afgewezenDoor,
        Instant afgewezenOp) {
}
