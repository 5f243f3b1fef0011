package nl.jeugdlink.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a bearer token once and, for the requests that bring the same token again, remembers what
 * it said. A client sends one token with every request for as long as it is valid; verifying its RSA
 * signature and checking its claims each time was a tenth of the intake-service's CPU per referral
 * (issue 11's profile).
 *
 * <p>Only a token that verified is remembered, under its whole text (header, claims and signature),
 * so another token never matches it. It is used again only before it expires (without the issuer's
 * clock skew) and for at most {@value #REMEMBER_MINUTES} minutes after it was verified: the time for
 * which Spring's decoder also trusts the issuer's keys it fetched, so a key the issuer withdraws is
 * not trusted longer than before. Bounded: past {@value #CAPACITY} tokens it starts over.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 2_000;
    static final int REMEMBER_MINUTES = 5;
    private static final Duration REMEMBER = Duration.ofMinutes(REMEMBER_MINUTES);

    private record Verified(Jwt jwt, Instant until) {
    }

    private final JwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        Instant expires = jwt.getExpiresAt();
        if (expires != null && now.isBefore(expires)) {
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
            Instant until = now.plus(REMEMBER);
            verified.put(token, new Verified(jwt, expires.isBefore(until) ? expires : until));
        } else if (known != null) {
            verified.remove(token);
        }
        return jwt;
    }
}
