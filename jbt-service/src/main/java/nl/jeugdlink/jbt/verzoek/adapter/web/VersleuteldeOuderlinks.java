package nl.jeugdlink.jbt.verzoek.adapter.web;

import java.time.Instant;
import java.util.Base64;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.platform.crypto.FieldEncryption;

/**
 * Seals the parents' link with the platform's field encryption (AES-256-GCM, key from
 * {@code jeugdlink.crypto.keyset-file}): authenticated, so a changed link does not open, and
 * encrypted, so the link shows no ids. Bound to its purpose: a value encrypted for anything else
 * in this service does not open as a link. URL-safe base64 without padding.
 */
public final class VersleuteldeOuderlinks implements Ouderlink.Zegel {

    private static final String DOEL = "jbt-ouderlink:v1";

    private final FieldEncryption versleuteling;

    public VersleuteldeOuderlinks(FieldEncryption versleuteling) {
        this.versleuteling = versleuteling;
    }

    @Override
    public String verzegel(Ouderlink link) {
        String inhoud = String.join("|", link.verzoekId(), link.casusId(), Integer.toString(link.versie()),
                Long.toString(link.verlooptOp().getEpochSecond()));
        byte[] versleuteld = Base64.getDecoder().decode(versleuteling.versleutel(inhoud, DOEL));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(versleuteld);
    }

    @Override
    public Ouderlink open(String token) {
        try {
            String inhoud = versleuteling.ontsleutel(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token)), DOEL);
            String[] delen = inhoud.split("\\|");
            return new Ouderlink(delen[0], delen[1], Integer.parseInt(delen[2]), Instant.ofEpochSecond(Long.parseLong(delen[3])));
        } catch (RuntimeException e) {
            // Not base64, changed, or sealed with another key or for another purpose: all the same to the parents.
            throw new Ouderlink.Geweigerd(Ouderlink.Weigering.ONLEESBAAR);
        }
    }
}
