package nl.jeugdlink.escalatie.escalatie.domain;

/** The kinds of organisation involved in a stalled cooperation (seed 002, note 11), by code, never by name. */
public enum Partij {
    LOKAAL_TEAM,
    VEILIG_THUIS,
    GECERTIFICEERDE_INSTELLING,
    RAAD_VOOR_DE_KINDERBESCHERMING,
    ZORGAANBIEDER,
    GEMEENTE,
    ONDERWIJS,
    ANDERS
}
