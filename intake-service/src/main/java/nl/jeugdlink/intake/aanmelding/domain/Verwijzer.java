package nl.jeugdlink.intake.aanmelding.domain;

/**
 * The referring professional. Until a regisseur is coupled, this person holds the dossier.
 *
 * @param organisatie the referring organisation
 * @param medewerkerId the professional's id in JeugdLink (pseudonymous outside the intake)
 * @param email where the referrer hears back
 */
public record Verwijzer(VerwijzendeOrganisatie organisatie, String medewerkerId, String email) {
}
