package nl.jeugdlink.intake.aanmelding.domain;

/**
 * One rule of the referral that the input breaks.
 *
 * @param veld the field, as the client named it (e.g. {@code minderjarigen[0].geboortedatum})
 * @param regel the rule's short code (e.g. {@code toestemming})
 * @param uitleg plain Dutch explanation
 */
public record Regelschending(String veld, String regel, String uitleg) {
}
