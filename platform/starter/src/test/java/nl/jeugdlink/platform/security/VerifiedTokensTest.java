package nl.jeugdlink.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** A token is verified once, used again only while it is valid and recently verified, and a bad one is never remembered. */
class VerifiedTokensTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final List<String> verifications = new ArrayList<>();
    /** Decodes "good-<minutes valid>" tokens, refuses the rest, and counts what it was asked. */
    private final JwtDecoder issuer = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not verify");
        }
        Instant issued = clock.instant();
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("st-1")
                .issuedAt(issued).expiresAt(issued.plus(Duration.ofMinutes(Long.parseLong(token.substring(5))))).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(issuer, clock);

    @Test
    void theSameTokenIsVerifiedOnce() {
        Jwt first = tokens.decode("good-60");
        Jwt again = tokens.decode("good-60");

        assertThat(again).isSameAs(first);
        assertThat(verifications).containsExactly("good-60");
        tokens.decode("good-61");
        assertThat(verifications).containsExactly("good-60", "good-61");
    }

    @Test
    void aTokenThatDoesNotVerifyIsAskedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void aTokenIsVerifiedAgainAfterFiveMinutes() {
        tokens.decode("good-60");
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        tokens.decode("good-60");
        assertThat(verifications).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        tokens.decode("good-60");
        assertThat(verifications).hasSize(2);
    }

    @Test
    void anExpiredTokenIsNotTakenFromMemory() {
        tokens.decode("good-2");
        clock.advance(Duration.ofMinutes(2));
        tokens.decode("good-2");

        assertThat(verifications).hasSize(2);
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
