package nl.jeugdlink.casus.casus.domain;

/**
 * Who holds the dossier. Until a Sociaal Team regisseur is coupled, the referrer does (seed 000 §6.3).
 *
 * @param rol VERWIJZER or REGISSEUR
 * @param organisatie the holder's organisation
 * @param medewerkerId the holder's id
 */
public record Dossierhouder(Rol rol, String organisatie, String medewerkerId) {

    public enum Rol { VERWIJZER, REGISSEUR }
}
