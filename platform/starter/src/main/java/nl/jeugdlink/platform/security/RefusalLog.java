package nl.jeugdlink.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Where a refused request is recorded (NEN 7513 asks for unsuccessful attempts too): the security
 * filter chain and the web layer's 403 handling report here, the audit trail implements it. Declared
 * next to the refusals so that security and web need not know the audit package that depends on them.
 */
public interface RefusalLog {

    /** A request without a valid token. */
    void nietAangemeld(HttpServletRequest request, String reden);

    /** A request refused for a reason the request itself describes (its method, its path). */
    void geweigerd(HttpServletRequest request, @Nullable Gebruiker gebruiker, String reden);

    /** A request refused by a check that named the category and the record it was about. */
    void geweigerd(HttpServletRequest request, @Nullable Gebruiker gebruiker, Toegang.Geweigerd geweigerd);
}
