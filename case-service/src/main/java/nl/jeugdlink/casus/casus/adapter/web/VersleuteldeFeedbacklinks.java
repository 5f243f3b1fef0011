package nl.jeugdlink.casus.casus.adapter.web;

import java.time.Instant;
import java.util.List;
import nl.jeugdlink.casus.casus.domain.Feedbacklink;
import nl.jeugdlink.casus.casus.domain.Gezinsfeedback;
import nl.jeugdlink.platform.crypto.FieldEncryption;
import nl.jeugdlink.platform.crypto.LinkTokens;

/**
 * Seals the family's feedback link as the platform's link token (as the jbt-service seals the parents'
 * link): a changed link does not open, the link shows no ids, and it is bound to its purpose.
 */
public final class VersleuteldeFeedbacklinks implements Feedbacklink.Zegel {

    private static final String DOEL = "casus-feedbacklink:v1";

    private final LinkTokens tokens;

    public VersleuteldeFeedbacklinks(FieldEncryption versleuteling) {
        this.tokens = new LinkTokens(versleuteling);
    }

    @Override
    public String verzegel(Feedbacklink link) {
        return tokens.seal(DOEL, link.casusId(), link.gesprekId(), link.voor().name(), link.kindId() == null ? "" : link.kindId(),
                Long.toString(link.verlooptOp().getEpochSecond()));
    }

    @Override
    public Feedbacklink open(String token) {
        List<String> delen = tokens.open(DOEL, token, 5).orElseThrow(VersleuteldeFeedbacklinks::onleesbaar);
        try {
            return new Feedbacklink(delen.get(0), delen.get(1), Gezinsfeedback.Voor.valueOf(delen.get(2)),
                    delen.get(3).isEmpty() ? null : delen.get(3), Instant.ofEpochSecond(Long.parseLong(delen.get(4))));
        } catch (RuntimeException e) {
            throw onleesbaar();
        }
    }

    private static Feedbacklink.Geweigerd onleesbaar() {
        // Not base64, changed, or sealed with another key or for another purpose: all the same to the family.
        return new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONLEESBAAR);
    }
}
