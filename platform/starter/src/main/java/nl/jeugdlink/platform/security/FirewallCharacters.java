package nl.jeugdlink.platform.security;

import java.util.function.Predicate;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} with its own character rules for header names, header values and
 * parameter names, checked by a loop over the characters instead of its regular expressions. The firewall checks a
 * header each time a filter or handler reads it, and every request's bearer token (~800 characters) is read: matching
 * it against {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} character by character through the regex engine took ~4 % of
 * the intake-service's CPU (issue 11's profile, 2026-12-07).
 *
 * <p>The rules are the firewall's: a code point is allowed when it is assigned ({@link Character#getType} is not
 * {@code UNASSIGNED}) and not a control character (type {@code CONTROL}); in a header value a tab is allowed too.
 * Printable ASCII, nearly every character a request holds, passes without a lookup. Parameter values stay unchecked,
 * as the firewall leaves them.
 */
final class FirewallCharacters {

    private FirewallCharacters() {
    }

    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        Predicate<String> name = FirewallCharacters::assignedAndNotControl;
        firewall.setAllowedHeaderNames(name);
        firewall.setAllowedHeaderValues(FirewallCharacters::headerValue);
        firewall.setAllowedParameterNames(name);
        return firewall;
    }

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: the firewall's rule for header and parameter names. */
    static boolean assignedAndNotControl(String text) {
        return allowed(text, false);
    }

    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: the firewall's rule for header values. */
    static boolean headerValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tab) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
