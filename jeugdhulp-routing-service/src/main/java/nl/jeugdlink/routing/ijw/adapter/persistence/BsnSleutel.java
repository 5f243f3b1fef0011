package nl.jeugdlink.routing.ijw.adapter.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.jeugdlink.platform.crypto.MissingKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyed hash (HMAC-SHA256) of a BSN, for keys that must find the same client again (TR374: one open
 * request per client per provider) without the BSN in clear in an {@code _id}. A plain hash would not
 * do: nine digits are guessed in seconds. The key lives in a file next to the platform's keysets. Like every key, it is
 * generated when missing only in the embedded run on one machine ({@link MissingKeys}); elsewhere two replicas would each
 * make their own and find nothing of each other's, so a missing key stops the service at start naming the property.
 */
public final class BsnSleutel {

    private static final Logger log = LoggerFactory.getLogger(BsnSleutel.class);

    /** Where the key file is configured. */
    public static final String PROPERTY = "jeugdlink.routing.bsn-sleutel-file";

    private final SecretKeySpec sleutel;

    /** A key generated when missing: the tests' and the embedded run's. */
    public BsnSleutel(Path bestand) {
        this(bestand, MissingKeys.GENERATE);
    }

    /** @throws IllegalStateException when the key file is missing and {@code missing} is {@link MissingKeys#FAIL} */
    public BsnSleutel(Path bestand, MissingKeys missing) {
        if (missing == MissingKeys.FAIL && !Files.exists(bestand)) {
            throw new IllegalStateException("no BSN key at " + bestand.toAbsolutePath() + ": set " + PROPERTY
                    + " to the key supplied from the secret store. Keys are generated only in the embedded run on one machine (or with "
                    + MissingKeys.PROPERTY + "=true).");
        }
        try {
            if (!Files.exists(bestand)) {
                log.warn("no BSN key at {}: generating one (development only)", bestand);
                byte[] nieuw = new byte[32];
                new SecureRandom().nextBytes(nieuw);
                if (bestand.getParent() != null) {
                    Files.createDirectories(bestand.getParent());
                }
                Files.writeString(bestand, HexFormat.of().formatHex(nieuw));
            }
            this.sleutel = new SecretKeySpec(HexFormat.of().parseHex(Files.readString(bestand).strip()), "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("the BSN key cannot be read from " + bestand, e);
        }
    }

    public String van(String bsn) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(sleutel);
            return HexFormat.of().formatHex(mac.doFinal(bsn.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
