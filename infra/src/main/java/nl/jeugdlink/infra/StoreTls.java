package nl.jeugdlink.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import de.bwaldvogel.mongo.MongoServer;

/**
 * TLS for the embedded store, only when asked for: {@code -Djeugdlink.store.tls.certificate=<PEM chain>} and
 * {@code -Djeugdlink.store.tls.key=<PEM PKCS#8 key>}. The laptop run never sets them (loopback, plain); the TLS check
 * of the region's settings (infra/k8s/check-tls.sh, ADR 0042) does, so that the services' {@code SPRING_MONGODB_SSL_*}
 * from the manifests meet a store that speaks TLS only, as the region's replica set does with {@code --tlsMode requireTLS}.
 */
final class StoreTls {

    static final String CERTIFICATE = "jeugdlink.store.tls.certificate";
    static final String KEY = "jeugdlink.store.tls.key";

    private StoreTls() {
    }

    /** Turns TLS on before the server binds; with it on, mongo-java-server answers nothing in plain text. */
    static boolean applyIfConfigured(MongoServer server) throws IOException {
        String certificate = System.getProperty(CERTIFICATE);
        String key = System.getProperty(KEY);
        if (certificate == null && key == null) {
            return false;
        }
        if (certificate == null || key == null) {
            throw new IllegalArgumentException("TLS of the store needs both -D" + CERTIFICATE + " and -D" + KEY);
        }
        try {
            server.enableSsl(privateKey(Path.of(key)), null, certificates(Path.of(certificate)));
        } catch (GeneralSecurityException e) {
            throw new IOException("the store's TLS key or certificate could not be read: " + e.getMessage(), e);
        }
        return true;
    }

    private static X509Certificate[] certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return CertificateFactory.getInstance("X.509").generateCertificates(in).toArray(X509Certificate[]::new);
        }
    }

    private static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(file + " is not an unencrypted PKCS#8 key (BEGIN PRIVATE KEY)");
        }
        String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64));
        // The key's own algorithm is inside the PKCS#8 structure; try the two a CA issues.
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException notThisOne) {
                // next
            }
        }
        throw new GeneralSecurityException(file + " holds neither an RSA nor an EC key");
    }
}
