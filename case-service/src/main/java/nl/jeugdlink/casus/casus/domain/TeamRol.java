package nl.jeugdlink.casus.casus.domain;

/** The role someone has in the team of a casus (seed 000 §6.2-6.7). */
public enum TeamRol {
    /** The Sociaal Team regisseur: holds regie and dossier, eindverantwoordelijk (000:173). */
    REGISSEUR,
    /** Veilig Thuis, RvdK, GI or ST professional adding expertise for a while (000:153). */
    JEUGDLINK_PROFESSIONAL,
    /** Involved at start, koersbepaling, koerswijziging and voorgenomen afsluiting (000:203). */
    GEDRAGSWETENSCHAPPER,
    /** Screened the referral with the gedragswetenschapper and coupled the team (000:163). */
    TEAMLEIDER
}
