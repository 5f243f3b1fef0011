package nl.jeugdlink.casus.casus.domain;

/** The organisation whose expertise a JeugdLink professional adds (000:52). */
public enum Expertise {
    VEILIG_THUIS, RAAD_VOOR_DE_KINDERBESCHERMING, GECERTIFICEERDE_INSTELLING, SOCIAAL_TEAM
}
