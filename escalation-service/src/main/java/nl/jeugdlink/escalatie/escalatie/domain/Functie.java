package nl.jeugdlink.escalatie.escalatie.domain;

/** In which capacity someone acts in the escalation model; the web adapter maps the token's roles to these. */
public enum Functie {
    /** An executing professional: regisseur, Veilig Thuis or Raad, jeugdbeschermer. */
    PROFESSIONAL,
    GEDRAGSWETENSCHAPPER,
    /** A manager or director (teamleider). */
    LEIDINGGEVENDE
}
