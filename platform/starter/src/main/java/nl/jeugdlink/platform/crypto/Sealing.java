package nl.jeugdlink.platform.crypto;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals a value for one receiving service, so that an event may carry personal data that only
 * that service can read (ADR 0011): the family's e-mail address and a conversation's summary,
 * sealed by the intake- and case-service, opened by the notification-service alone. Kafka, its
 * logs and every other consumer see ciphertext.
 *
 * <p>Hybrid public-key encryption with Google Tink (HPKE: X25519, HKDF-SHA256, AES-256-GCM). A
 * producer holds only the public keyset ({@code jeugdlink.verzegeling.publieke-sleutel-file}); the
 * receiver holds the private one ({@code jeugdlink.verzegeling.sleutel-file}). Rotation is a new
 * primary key in the private keyset and its public half handed to the producers: the key id in
 * each ciphertext tells the receiver which key opens it. Each value is bound to its context (e.g.
 * the referral it belongs to): a sealed value copied into another event does not open.
 *
 * <p>On a development machine, where neither file exists yet, whichever service needs the pair
 * first generates both under a file lock; production supplies them from its secret store.
 */
public final class Sealing {

    private static final Logger log = LoggerFactory.getLogger(Sealing.class);
    private static final String SJABLOON = "DHKEM_X25519_HKDF_SHA256_HKDF_SHA256_AES_256_GCM";

    private final Path publiek;
    private final Path prive;
    private final MissingKeys missing;
    private volatile @Nullable HybridEncrypt verzegelaar;
    private volatile @Nullable HybridDecrypt ontzegelaar;

    /** The properties that point at the two keysets. */
    public static final String PUBLIEK_PROPERTY = "jeugdlink.verzegeling.publieke-sleutel-file";
    public static final String PRIVE_PROPERTY = "jeugdlink.verzegeling.sleutel-file";

    /** For a development machine and tests: a missing pair is generated. */
    public Sealing(Path publiekeSleutel, Path priveSleutel) {
        this(publiekeSleutel, priveSleutel, MissingKeys.GENERATE);
    }

    /**
     * With {@link MissingKeys#FAIL} the service must hold at least one half at start (a sealer the public
     * one, the opener the private one); the half a use needs is required when it is used.
     */
    public Sealing(Path publiekeSleutel, Path priveSleutel, MissingKeys missing) {
        this.publiek = publiekeSleutel;
        this.prive = priveSleutel;
        this.missing = missing;
        if (missing == MissingKeys.FAIL && !Files.exists(publiek) && !Files.exists(prive)) {
            throw MissingKeys.missing(PUBLIEK_PROPERTY + " (to seal) or " + PRIVE_PROPERTY + " (to open)",
                    publiek.toAbsolutePath() + " or " + prive.toAbsolutePath());
        }
        try {
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot register Tink's hybrid encryption", e);
        }
    }

    /** The value sealed for the receiver and bound to {@code context}, as base64. */
    public String verzegel(String waarde, String context) {
        try {
            return Base64.getEncoder().encodeToString(verzegelaar().encrypt(
                    waarde.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing failed", e);
        }
    }

    /**
     * The sealed value opened. Only the service holding the private keyset can.
     *
     * @throws OnleesbaarException when the value was sealed with another key, altered, or moved to another context
     */
    public String ontzegel(String verzegeld, String context) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(verzegeld);
        } catch (IllegalArgumentException e) {
            throw new OnleesbaarException("sealed value is not base64");
        }
        try {
            return new String(ontzegelaar().decrypt(bytes, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new OnleesbaarException("sealed value does not open: another key, altered, or moved to another context");
        }
    }

    /** A sealed value this service cannot open; the message says why, never the value. */
    public static final class OnleesbaarException extends RuntimeException {
        public OnleesbaarException(String reden) {
            super(reden);
        }
    }

    private HybridEncrypt verzegelaar() throws GeneralSecurityException {
        HybridEncrypt v = verzegelaar;
        if (v == null) {
            zorgVoorSleutels();
            KeysetHandle sleutels = Files.exists(publiek) ? publiekeSleutels() : priveSleutels().getPublicKeysetHandle();
            v = sleutels.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            verzegelaar = v;
        }
        return v;
    }

    private HybridDecrypt ontzegelaar() throws GeneralSecurityException {
        HybridDecrypt o = ontzegelaar;
        if (o == null) {
            zorgVoorSleutels();
            if (!Files.exists(prive)) {
                throw new IllegalStateException("this service holds no private sealing keyset (" + prive + ", " + PRIVE_PROPERTY + "): it can seal, not open");
            }
            o = priveSleutels().getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
            ontzegelaar = o;
        }
        return o;
    }

    private KeysetHandle publiekeSleutels() throws GeneralSecurityException {
        try {
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(publiek));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private KeysetHandle priveSleutels() throws GeneralSecurityException {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(prive), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates the pair when the public half is missing - development only, logged as a warning.
     * Several services start at once on one machine: a lock file makes one of them the generator,
     * and each file appears whole (written aside, then moved) so no one reads half a keyset. The
     * class lock keeps two threads of one JVM from asking for the same file lock (which Java refuses).
     */
    private void zorgVoorSleutels() throws GeneralSecurityException {
        if (Files.exists(publiek)) {
            return;
        }
        if (missing == MissingKeys.FAIL) {
            if (Files.exists(prive)) {
                return; // the opener: its private keyset holds the public half too (read in ontzegelaar)
            }
            throw MissingKeys.missing(PUBLIEK_PROPERTY, publiek.toAbsolutePath());
        }
        synchronized (Sealing.class) {
            genereerZoNodig();
        }
    }

    private void genereerZoNodig() throws GeneralSecurityException {
        try {
            Path map = publiek.toAbsolutePath().getParent();
            Files.createDirectories(map);
            try (FileChannel slot = FileChannel.open(map.resolve(".verzegeling.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = slot.lock()) {
                if (Files.exists(publiek)) {
                    return;
                }
                KeysetHandle paar;
                if (Files.exists(prive)) {
                    paar = priveSleutels();
                } else {
                    log.warn("no sealing keyset at {}: generating a pair. In production, supply jeugdlink.verzegeling.* from a secret store.", prive);
                    paar = KeysetHandle.generateNew(KeyTemplates.get(SJABLOON));
                    schrijf(prive, TinkJsonProtoKeysetFormat.serializeKeyset(paar, InsecureSecretKeyAccess.get()));
                }
                schrijf(publiek, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(paar.getPublicKeysetHandle()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void schrijf(Path bestand, String inhoud) throws IOException {
        Files.createDirectories(bestand.toAbsolutePath().getParent());
        Path tijdelijk = Files.createTempFile(bestand.toAbsolutePath().getParent(), ".sleutel", ".tmp");
        try {
            Files.setPosixFilePermissions(tijdelijk, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(tijdelijk, inhoud);
        Files.move(tijdelijk, bestand, StandardCopyOption.ATOMIC_MOVE);
    }
}
