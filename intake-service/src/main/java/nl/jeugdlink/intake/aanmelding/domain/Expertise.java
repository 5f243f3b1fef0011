package nl.jeugdlink.intake.aanmelding.domain;

/** The expertise a JeugdLink professional adds (seed 000:52, 000:153). */
public enum Expertise {
    VEILIG_THUIS,
    RAAD_VOOR_DE_KINDERBESCHERMING,
    GECERTIFICEERDE_INSTELLING,
    SOCIAAL_TEAM
}
