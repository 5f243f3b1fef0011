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

    /** Each parent their own link, and the way the page first shows the scores. */
    private static final String DOEL = "casus-feedbacklink:v2";
    /** Links sealed before (valid for two weeks after their conversation): still opened, as the parents' shared link, in figures. */
    private static final String DOEL_V1 = "casus-feedbacklink:v1";

    private final LinkTokens tokens;

    public VersleuteldeFeedbacklinks(FieldEncryption versleuteling) {
        this.tokens = new LinkTokens(versleuteling);
    }

    @Override
    public String verzegel(Feedbacklink link) {
        return tokens.seal(DOEL, link.casusId(), link.gesprekId(), link.voor().name(), leeg(link.kindId()), leeg(link.ouderId()),
                link.weergave().name(), Long.toString(link.verlooptOp().getEpochSecond()));
    }

    @Override
    public Feedbacklink open(String token) {
        try {
            var v2 = tokens.open(DOEL, token, 7);
            if (v2.isPresent()) {
                List<String> d = v2.get();
                return new Feedbacklink(d.get(0), d.get(1), Gezinsfeedback.Voor.valueOf(d.get(2)), ofNull(d.get(3)), ofNull(d.get(4)),
                        Gezinsfeedback.Weergave.valueOf(d.get(5)), Instant.ofEpochSecond(Long.parseLong(d.get(6))));
            }
            List<String> d = tokens.open(DOEL_V1, token, 5).orElseThrow(VersleuteldeFeedbacklinks::onleesbaar);
            return new Feedbacklink(d.get(0), d.get(1), Gezinsfeedback.Voor.valueOf(d.get(2)), ofNull(d.get(3)), null, Gezinsfeedback.Weergave.CIJFERS,
                    Instant.ofEpochSecond(Long.parseLong(d.get(4))));
        } catch (Feedbacklink.Geweigerd e) {
            throw e;
        } catch (RuntimeException e) {
            throw onleesbaar();
        }
    }

    /** Seals v1 as before this version did: only to show such a link still opens. */
    String verzegelV1(Feedbacklink link) {
        return tokens.seal(DOEL_V1, link.casusId(), link.gesprekId(), link.voor().name(), leeg(link.kindId()),
                Long.toString(link.verlooptOp().getEpochSecond()));
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }

    private static String ofNull(String waarde) {
        return waarde.isEmpty() ? null : waarde;
    }

    private static Feedbacklink.Geweigerd onleesbaar() {
        // Not base64, changed, or sealed with another key or for another purpose: all the same to the family.
        return new Feedbacklink.Geweigerd(Feedbacklink.Weigering.ONLEESBAAR);
    }
}
