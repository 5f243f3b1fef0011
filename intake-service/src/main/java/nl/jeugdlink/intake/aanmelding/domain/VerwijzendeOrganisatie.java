package nl.jeugdlink.intake.aanmelding.domain;

/** Who may refer: the Sociaal Team or Veilig Thuis; for a zorgtafel also the Raad voor de Kinderbescherming. */
public enum VerwijzendeOrganisatie {
    SOCIAAL_TEAM,
    VEILIG_THUIS,
    RAAD_VOOR_DE_KINDERBESCHERMING
}
