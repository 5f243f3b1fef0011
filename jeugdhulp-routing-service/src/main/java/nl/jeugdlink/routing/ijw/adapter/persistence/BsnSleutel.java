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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyed hash (HMAC-SHA256) of a BSN, for keys that must find the same client again (TR374: one open
 * request per client per provider) without the BSN in clear in an {@code _id}. A plain hash would not
 * do: nine digits are guessed in seconds. The key lives in a file next to the platform's keysets and is
 * generated on a development machine when missing.
 */
public final class BsnSleutel {

    private static final Logger log = LoggerFactory.getLogger(BsnSleutel.class);

    private final SecretKeySpec sleutel;

    public BsnSleutel(Path bestand) {
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
