package nl.jeugdlink.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A real OpenID Connect issuer for tests: OIDC discovery and a JWKS over HTTP, and RS256 tokens
 * signed with its key. Services under test verify tokens exactly as in production (discovery via
 * issuer-uri, signature, issuer, expiry); only the way a token is obtained is shortened.
 */
public final class TestIssuer {

    private static volatile TestIssuer instance;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final String issuer;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            strangerKey = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            issuer = "http://127.0.0.1:" + server.getAddress().getPort();
            String discovery = """
                    {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                     "response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                    .formatted(issuer);
            server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
            server.createContext("/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.setExecutor(null);
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestIssuer get() {
        TestIssuer current = instance;
        if (current == null) {
            synchronized (TestIssuer.class) {
                current = instance;
                if (current == null) {
                    current = new TestIssuer();
                    instance = current;
                }
            }
        }
        return current;
    }

    public String issuer() {
        return issuer;
    }

    /** A token for a person with these roles (claim values, e.g. {@code regisseur}) in these municipalities. */
    public String token(String subject, Collection<String> roles, Collection<String> gemeenten) {
        return sign(key, claims(subject, roles, gemeenten).build());
    }

    /** A token of a person of a given organisation, e.g. {@code VEILIG_THUIS}. */
    public String token(String subject, Collection<String> roles, Collection<String> gemeenten, String organisatie) {
        return sign(key, claims(subject, roles, gemeenten).claim("organisatie", organisatie).build());
    }

    /** A token of a care provider's employee: role {@code zorgaanbieder}, acting for the provider with this AGB code. */
    public String zorgaanbiederToken(String subject, String agbCode) {
        return sign(key, claims(subject, List.of("zorgaanbieder"), List.of()).claim("organisatie", "ZORGAANBIEDER").claim("agb", agbCode).build());
    }

    /** A token with the right claims but signed by a key the issuer never published. */
    public String forgedToken(String subject, Collection<String> roles, Collection<String> gemeenten) {
        return sign(strangerKey, claims(subject, roles, gemeenten).build());
    }

    /**
     * A correctly signed token for another audience ({@code aud}), or for none when {@code audience} is null: meant
     * for another API of the same issuer, so not for JeugdLink's services.
     */
    public String tokenFor(@org.jspecify.annotations.Nullable String audience, String subject, Collection<String> roles, Collection<String> gemeenten) {
        return sign(key, claims(subject, roles, gemeenten).audience(audience == null ? List.of() : List.of(audience)).build());
    }

    /** A correctly signed token that expired an hour ago. */
    public String expiredToken(String subject, Collection<String> roles, Collection<String> gemeenten) {
        Instant past = Instant.now().minusSeconds(7200);
        return sign(key, claims(subject, roles, gemeenten).issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(3600))).build());
    }

    private JWTClaimsSet.Builder claims(String subject, Collection<String> roles, Collection<String> gemeenten) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .audience("jeugdlink")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.copyOf(roles))
                .claim("gemeenten", List.copyOf(gemeenten))
                .claim("organisatie", "SOCIAAL_TEAM");
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
