package nl.jeugdlink.routing.toewijzing.domain;

/**
 * One broken rule of a requested toewijzing.
 *
 * @param veld the field's path in the request, e.g. {@code omvang.eenheid}
 * @param regel the rule, by its iJw name where it has one (CS003, CD041), else {@code required}, {@code pattern}, ...
 * @param reden for a person
 */
public record Overtreding(String veld, String regel, String reden) {
}
