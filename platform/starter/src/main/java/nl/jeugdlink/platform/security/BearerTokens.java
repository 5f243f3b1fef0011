package nl.jeugdlink.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the {@code Authorization} header by the rules of Spring Security's
 * {@link DefaultBearerTokenResolver} as the services use it (RFC 6750 section 2.1, the header only: never from a query or
 * form parameter), without its case-insensitive regular expression, which walked the whole ~800-character token on every
 * request (with the firewall's check of the same header ~4 % of the intake-service's CPU, issue 11's profile).
 *
 * <p>A header that does not start with {@code bearer} (any case) holds no bearer token: the request is anonymous. One that
 * does must be {@code Bearer}, a space and a b64token - {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="},
 * up to the end - or it is refused as a malformed token (401, {@code invalid_token}), as before.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String BEARER = "bearer ";

    @Override
    public @Nullable String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !startsWithAsciiIgnoringCase(authorization, "bearer")) {
            return null;
        }
        String token = token(authorization);
        if (token == null) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return token;
    }

    /** The b64token after {@code Bearer } (any case), or null when the header is not exactly that. */
    static @Nullable String token(String authorization) {
        if (!startsWithAsciiIgnoringCase(authorization, BEARER)) {
            return null;
        }
        int end = authorization.length();
        int i = BEARER.length();
        while (i < end && isTokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == BEARER.length()) {
            return null;
        }
        int padding = i;
        while (padding < end && authorization.charAt(padding) == '=') {
            padding++;
        }
        return padding == end ? authorization.substring(BEARER.length()) : null;
    }

    private static boolean isTokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    /** ASCII letters in either case, as the resolver's pattern matched them (no Unicode case folding). */
    private static boolean startsWithAsciiIgnoringCase(String text, String lowerCasePrefix) {
        if (text.length() < lowerCasePrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerCasePrefix.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCasePrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
