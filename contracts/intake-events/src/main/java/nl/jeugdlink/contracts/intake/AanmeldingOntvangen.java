package nl.jeugdlink.contracts.intake;

import java.time.Instant;

/**
 * A referral (aanmelding) has been received and stored. Carries no personal data: the ids are
 * pseudonymous and only the intake-service can resolve them.
 *
 * @param aanmeldingId the referral's id (UUID)
 * @param gemeenteCode the municipality responsible, CBS code such as {@code GM0228} (Ede)
 * @param soort JEUGDLINK, ZORGTAFEL or ANONIEM_CONSULT
 * @param verwijzer who referred: organisation and the referring professional's id
 * @param aantalMinderjarigen how many children the referral is about (0 for an anonymous consult)
 * @param toestemmingOuders whether the parents consented; without it the referral is an anonymous consult
 * @param ontvangenOp when the referral was received
 */
public record AanmeldingOntvangen(
        String aanmeldingId,
        String gemeenteCode,
        String soort,
        Verwijzer verwijzer,
        int aantalMinderjarigen,
        boolean toestemmingOuders,
        Instant ontvangenOp) {

    /**
     * @param organisatie SOCIAAL_TEAM, VEILIG_THUIS or RAAD_VOOR_DE_KINDERBESCHERMING
     * @param medewerkerId the referring professional's pseudonymous id
     */
    public record Verwijzer(String organisatie, String medewerkerId) {
    }
}
