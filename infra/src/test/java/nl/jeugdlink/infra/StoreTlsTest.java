package nl.jeugdlink.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoServer;

/**
 * When the store's TLS is asked for and when it refuses to start. The TLS itself (a client over TLS served, a plain-text
 * client refused) runs in infra/k8s/check-tls.sh with openssl's certificates (ADR 0042).
 */
class StoreTlsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(StoreTls.CERTIFICATE);
        System.clearProperty(StoreTls.KEY);
    }

    private static MongoServer server() {
        return new MongoServer(new MongoStore.H2BackendWithHello(MVStore.open(null)));
    }

    @Test
    void withoutItsPropertiesTheStoreStaysPlain() throws IOException {
        assertThat(StoreTls.applyIfConfigured(server())).isFalse();
    }

    @Test
    void halfTheSettingsIsRefusedNamingBoth() {
        System.setProperty(StoreTls.CERTIFICATE, dir.resolve("tls.crt").toString());

        assertThatThrownBy(() -> StoreTls.applyIfConfigured(server()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(StoreTls.CERTIFICATE).hasMessageContaining(StoreTls.KEY);
    }

    @Test
    void aKeyThatIsNotPkcs8IsRefusedNamingTheFile() throws IOException {
        Path key = Files.writeString(dir.resolve("tls.key"), "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        System.setProperty(StoreTls.CERTIFICATE, dir.resolve("tls.crt").toString());
        System.setProperty(StoreTls.KEY, key.toString());

        assertThatThrownBy(() -> StoreTls.applyIfConfigured(server()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("PKCS#8").hasMessageContaining(key.toString());
    }
}
