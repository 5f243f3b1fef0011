package nl.jeugdlink.platform.web;

/**
 * One rejected field in a problem+json response, as the NLGov API Design Rules extend RFC 9457.
 *
 * @param name the field's path in the request, e.g. {@code kinderen[0].bsn}
 * @param code the rule it breaks, e.g. {@code required}, {@code pattern}, {@code elfproef}
 * @param reason a human-readable explanation
 */
public record InvalidParam(String name, String code, String reason) {
}
