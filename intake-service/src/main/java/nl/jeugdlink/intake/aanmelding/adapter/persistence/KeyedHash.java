package nl.jeugdlink.intake.aanmelding.adapter.persistence;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import nl.jeugdlink.platform.crypto.MissingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyed hash (Tink HMAC-SHA256) with a key of its own, so a value can be found without being stored: the same value
 * always gives the same hash, and without the key nobody can compute it. A BSN has only ~10^8 valid values, so a plain
 * hash would be reversed by trying them all; the key is what makes it a blind index. Its own keyset, apart from the field
 * encryption's, so neither key opens the other's data. Configured as the other keysets: generated when missing only in the
 * embedded run on one machine ({@link MissingKeys}), required everywhere else.
 *
 * <p>Rotating this key changes every hash: the index is then rebuilt from the referrals (delete the index's marker and
 * restart, {@link BsnIndex}); the old key is not kept for lookups.
 */
public final class KeyedHash {

    private static final Logger log = LoggerFactory.getLogger(KeyedHash.class);

    /** Where the keyset is configured. */
    public static final String PROPERTY = "jeugdlink.intake.bsn-index.keyset-file";

    private final Mac mac;

    /** @throws IllegalStateException when the keyset is missing and {@code missing} is {@link MissingKeys#FAIL} */
    public KeyedHash(Path keysetFile, MissingKeys missing) {
        if (missing == MissingKeys.FAIL && !Files.exists(keysetFile)) {
            throw new IllegalStateException("no keyset at " + keysetFile.toAbsolutePath() + ": set " + PROPERTY
                    + " to the keyset supplied from the secret store. Keys are generated only in the embedded run on one machine (or with "
                    + MissingKeys.PROPERTY + "=true).");
        }
        try {
            MacConfig.register();
            this.mac = loadOrCreate(keysetFile).getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the keyed-hash keyset " + keysetFile, e);
        }
    }

    /** The hash of {@code value} for {@code purpose} (so one value hashed for two purposes gives two unrelated hashes), URL-safe base64. */
    public String of(String purpose, String value) {
        try {
            byte[] tag = mac.computeMac((purpose + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keyed hash failed", e);
        }
    }

    private static KeysetHandle loadOrCreate(Path file) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            log.warn("no keyed-hash keyset at {}: generating one. In production, supply {} from a secret store.", file, PROPERTY);
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG);
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
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
