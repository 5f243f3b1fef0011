package nl.jeugdlink.infra.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The token issuer of the benchmark: the services are OAuth2 resource servers that fetch the
 * issuer's OIDC discovery document and JWKS ({@code JEUGDLINK_ISSUER_URI}) and accept RS256 tokens
 * signed with its key. When the bench starts the platform itself, it starts this issuer first and
 * points the services at it; the journey signs its referrers' tokens with the same key (kept in a
 * file under .jeugdlink/bench/, readable by its owner only).
 *
 * <p>Only for benchmarking on this machine: it binds 127.0.0.1 and issues nothing over HTTP.
 */
final class BenchIssuer {

    static final String KID = "jeugdlink-bench";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final List<String> HELE_REGIO = List.of("GM0228", "GM0203", "GM0267", "GM0279", "GM0345", "GM0340", "GM0339");

    private final String issuer;
    private final PrivateKey key;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private BenchIssuer(String issuer, PrivateKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    /** Serves discovery and JWKS on 127.0.0.1:port until killed. */
    static boolean serve(Map<String, String> options) throws Exception {
        int port = Bench.intOption(options, "port", 9099);
        Path keyFile = Path.of(Bench.option(options, "key-file", ".jeugdlink/bench/issuer.key"));
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) loadOrCreate(keyFile);
        String issuer = "http://127.0.0.1:" + port;
        String discovery = """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",\
                "response_types_supported":["code"],"subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}"""
                .formatted(issuer);
        String jwks = """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(KID, unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, discovery));
        server.createContext("/jwks", exchange -> respond(exchange, jwks));
        server.start();
        System.out.println("bench issuer " + issuer + " ready (key " + keyFile + ")");
        Thread.currentThread().join();
        return true;
    }

    /**
     * Prints one token of the issuer that {@link #serve} runs with the same key file, for a script that calls a service
     * outside the local issuer's fixed port (infra/k8s/check-tls.sh): --issuer, --key-file, --subject, --organisatie, --rol.
     */
    static boolean printToken(Map<String, String> options) throws IOException, GeneralSecurityException {
        BenchIssuer issuer = forSigning(Bench.option(options, "issuer", "http://127.0.0.1:9099"),
                Path.of(Bench.option(options, "key-file", ".jeugdlink/bench/issuer.key")));
        System.out.println(issuer.tokenFor(Bench.option(options, "subject", "verwijzer-bench"),
                Bench.option(options, "organisatie", "SOCIAAL_TEAM"), Bench.option(options, "rol", "jeugdlink-professional")));
        return true;
    }

    /** For the journey: signs tokens with the key the running issuer publishes. */
    static BenchIssuer forSigning(String issuer, Path keyFile) throws IOException, GeneralSecurityException {
        return new BenchIssuer(issuer, loadOrCreate(keyFile));
    }

    /** A token (cached per person) for a referrer with role jeugdlink-professional in every FoodValley municipality. */
    String tokenFor(String subject, String organisatie) {
        return tokenFor(subject, organisatie, "jeugdlink-professional");
    }

    /** A token (cached per person and role) in every FoodValley municipality. */
    String tokenFor(String subject, String organisatie, String rol) {
        return tokens.computeIfAbsent(subject + "|" + organisatie + "|" + rol, k -> sign(subject, organisatie, rol));
    }

    private String sign(String subject, String organisatie, String rol) {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KID + "\"}";
        String claims = "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"jeugdlink\",\"jti\":\"%s\",\"iat\":%d,\"nbf\":%d,\"exp\":%d,\"roles\":[\"%s\"],\"gemeenten\":[%s],\"organisatie\":\"%s\"}"
                .formatted(issuer, subject, UUID.randomUUID(), now - 60, now - 60, now + 4 * 3600, rol,
                        HELE_REGIO.stream().map(g -> "\"" + g + "\"").collect(Collectors.joining(",")), organisatie);
        String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadOrCreate(Path keyFile) throws IOException, GeneralSecurityException {
        if (Files.exists(keyFile)) {
            byte[] encoded = Base64.getDecoder().decode(Files.readString(keyFile).trim());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Path temporary = keyFile.resolveSibling(keyFile.getFileName() + ".tmp");
        Files.writeString(temporary, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
        try {
            Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Files.move(temporary, keyFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return pair.getPrivate();
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64.encodeToString(bytes);
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
