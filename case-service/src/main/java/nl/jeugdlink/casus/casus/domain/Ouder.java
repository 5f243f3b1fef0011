package nl.jeugdlink.casus.casus.domain;

/**
 * A parent or guardian with custody whom the family's mail reaches, as the screening names them: by pseudonymous id
 * and relation to the child ({@code BIOLOGISCHE_MOEDER}), never by name. Each gets their own feedback link (seed 004),
 * so each parent's voice is counted once and one cannot answer for the other.
 */
public record Ouder(String ouderId, String relatie) {
}
