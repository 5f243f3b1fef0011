package nl.jeugdlink.contracts.casus;

import java.time.Instant;

/**
 * A casus has been opened from a referral. Until a Sociaal Team regisseur is coupled, the referrer
 * keeps the dossier (seed 000 §6.3): {@code dossierhouder} says who that is.
 *
 * @param casusId the casus id (UUID, derived from the aanmelding id)
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the municipality responsible, CBS code
 * @param dossierhouder who holds the dossier now: organisation and professional id
 * @param geopendOp when the casus was opened
 */
public record CasusGeopend(
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        Dossierhouder dossierhouder,
        Instant geopendOp) {

    /**
     * @param rol VERWIJZER until a regisseur is coupled, then REGISSEUR
     * @param organisatie the holder's organisation
     * @param medewerkerId the holder's pseudonymous id
     */
    public record Dossierhouder(String rol, String organisatie, String medewerkerId) {
    }
}
