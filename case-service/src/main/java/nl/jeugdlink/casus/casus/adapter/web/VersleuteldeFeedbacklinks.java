package nl.jeugdlink.casus.casus.adapter.web;

import java.time.Instant;
import java.util.Base64;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.platform.crypto.FieldEncryption;

/**
 * Seals the family's feedback link with the platform's field encryption (AES-256-GCM), as the
 * jbt-service seals the parents' link: authenticated, so a changed link does not open; encrypted, so
 * the link shows no ids; bound to its purpose, so nothing else this service encrypts opens as a link.
 * URL-safe base64 without padding.
 */
public final class VersleuteldeFeedbacklinks implements Feedbacklink.Zegel {

    private static final String DOEL = "casus-feedbacklink:v1";

    private final FieldEncryption versleuteling;

    public VersleuteldeFeedbacklinks(FieldEncryption versleuteling) {
        this.versleuteling = versleuteling;
    }

    @Override
    public String verzegel(Feedbacklink link) {
        String inhoud = String.join("|", link.casusId(), link.gesprekId(), link.voor().name(), link.kindId() == null ? "" : link.kindId(),
                Long.toString(link.verlooptOp().getEpochSecond()));
        byte[] versleuteld = Base64.getDecoder().decode(versleuteling.versleutel(inhoud, DOEL));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(versleuteld);
    }

    @Override
    public Feedbacklink open(String token) {
        try {
            String inhoud = versleuteling.ontsleutel(Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(token)), DOEL);
            String[] delen = inhoud.split("\\|", -1);
            return new Feedbacklink(delen[0], delen[1], Gezinsfeedback.Voor.valueOf(delen[2]), delen[3].isEmpty() ? null : delen[3],
                    Instant.ofEpochSecond(Long.parseLong(delen[4])));
        } catch (RuntimeException e) {
            // Not base64, changed, or sealed with another key or for another purpose: all the same to the family.
            throw new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONLEESBAAR);
        }
    }
}
