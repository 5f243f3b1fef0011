package nl.jeugdlink.intake.aanmelding.domain;

/**
 * The referring professional (Bijlage 1: naam, organisatie, telefoon, e-mail). Until a regisseur is
 * coupled, this person holds the dossier.
 *
 * @param medewerkerId the professional's id in JeugdLink (pseudonymous outside the intake)
 */
public record Verwijzer(VerwijzendeOrganisatie organisatie, String medewerkerId, String naam, String telefoon, String email) {
}
