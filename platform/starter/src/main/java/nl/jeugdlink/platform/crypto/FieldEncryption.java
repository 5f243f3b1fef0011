package nl.jeugdlink.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts single fields (the BSN first) before they are stored, with Google Tink's AES-256-GCM.
 * The keyset comes from configuration ({@code jeugdlink.crypto.keyset-file}); rotating is adding a
 * new key to that keyset and making it primary: older values stay readable, new ones use the new
 * key. Each value is bound to the record it belongs to (associated data), so a ciphertext copied
 * into another record does not decrypt.
 */
public final class FieldEncryption {

    private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

    /** Where the keyset is configured. */
    public static final String PROPERTY = "jeugdlink.crypto.keyset-file";

    private final Aead aead;

    /** For a development machine and tests: a missing keyset is generated. */
    public FieldEncryption(Path keysetFile) {
        this(keysetFile, MissingKeys.GENERATE);
    }

    /** @throws IllegalStateException when the keyset is missing and {@code missing} is {@link MissingKeys#FAIL} */
    public FieldEncryption(Path keysetFile, MissingKeys missing) {
        if (missing == MissingKeys.FAIL && !Files.exists(keysetFile)) {
            throw MissingKeys.missing(PROPERTY, keysetFile.toAbsolutePath());
        }
        try {
            AeadConfig.register();
            this.aead = loadOrCreate(keysetFile).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the field keyset " + keysetFile, e);
        }
    }

    /** The value encrypted and bound to {@code context} (e.g. the record's id), as base64. */
    public String versleutel(String waarde, String context) {
        try {
            return Base64.getEncoder().encodeToString(aead.encrypt(waarde.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String ontsleutel(String versleuteld, String context) {
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(versleuteld), context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or value moved to another record", e);
        }
    }

    private static KeysetHandle loadOrCreate(Path file) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            // Only sensible for a development machine: production supplies its keyset from a secret store.
            log.warn("no field keyset at {}: generating one. In production, supply jeugdlink.crypto.keyset-file from a secret store.", file);
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
            return handle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
