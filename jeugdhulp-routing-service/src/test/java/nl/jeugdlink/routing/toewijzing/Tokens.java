package nl.jeugdlink.routing.toewijzing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.jeugdlink.platform.test.TestIssuer;

/**
 * Tokens of care providers, with the {@code agb} claim the platform's {@link TestIssuer} cannot set
 * yet. Signed with the test issuer's own key and issuer, so the service verifies them exactly like
 * every other token. Reads that key by reflection: a stopgap until TestIssuer gets a token method
 * with an AGB code (platform change, asked for in the report of this work).
 */
final class Tokens {

    private Tokens() {
    }

    /** A zorgaanbieder of this AGB code (no claim when null), registered in the given municipality. */
    static String zorgaanbieder(String subject, String agbCode, String gemeenteCode) {
        Instant now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(TestIssuer.get().issuer())
                .subject(subject)
                .audience("jeugdlink")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.of("zorgaanbieder"))
                .claim("gemeenten", List.of(gemeenteCode))
                .claim("organisatie", "ZORGAANBIEDER");
        if (agbCode != null) {
            claims.claim("agb", agbCode);
        }
        try {
            RSAKey key = sleutel();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zorgaanbieder token without an {@code agb} claim. */
    static String zorgaanbiederZonderAgb(String subject, String gemeenteCode) {
        return zorgaanbieder(subject, null, gemeenteCode);
    }

    private static RSAKey sleutel() {
        try {
            Field field = TestIssuer.class.getDeclaredField("key");
            field.setAccessible(true);
            return (RSAKey) field.get(TestIssuer.get());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestIssuer changed: give it a token method with an agb claim", e);
        }
    }
}
