package nl.jeugdlink.casus.casus.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a personal feedback link stands for: the feedback of this parent or child about this
 * conversation of this casus, until {@code verlooptOp}. The link is the family's only credential (no
 * login), so the service seals it: changed, it does not open.
 *
 * @param kindId the child's pseudonymous id, for a child's link
 * @param ouderId the parent's pseudonymous id, for one parent's own link; null for the link the parents shared (casussen
 *     whose screening named no parent)
 * @param weergave how the page first offers the scores: pictograms for a child, figures for a parent; the one who
 *     answers may switch
 */
public record Feedbacklink(String casusId, String gesprekId, Gezinsfeedback.Voor voor, @Nullable String kindId, @Nullable String ouderId,
        Gezinsfeedback.Weergave weergave, Instant verlooptOp) {

    /** How long a link opens: two weeks, time enough to answer after the conversation. */
    public static final Duration GELDIG = Duration.ofDays(14);

    /** One parent's own link. */
    public static Feedbacklink voorOuder(String casusId, String gesprekId, String ouderId, Instant verlooptOp) {
        return new Feedbacklink(casusId, gesprekId, Gezinsfeedback.Voor.OUDER, null, ouderId, Gezinsfeedback.Weergave.CIJFERS, verlooptOp);
    }

    /** The one link the parents share, where the screening named no parent. */
    public static Feedbacklink voorOuders(String casusId, String gesprekId, Instant verlooptOp) {
        return new Feedbacklink(casusId, gesprekId, Gezinsfeedback.Voor.OUDER, null, null, Gezinsfeedback.Weergave.CIJFERS, verlooptOp);
    }

    /** A child's own link: pictograms first, as a child of 12 may find faces easier than a scale of 0 to 10. */
    public static Feedbacklink voorKind(String casusId, String gesprekId, String kindId, Instant verlooptOp) {
        return new Feedbacklink(casusId, gesprekId, Gezinsfeedback.Voor.KIND, kindId, null, Gezinsfeedback.Weergave.PICTOGRAMMEN, verlooptOp);
    }

    /** Why a link does not open or takes no answer; said to the family in plain Dutch. */
    public enum Weigering {
        ONLEESBAAR("Deze link is niet geldig. Gebruik de link uit de e-mail, zonder iets te veranderen."),
        VERLOPEN("Deze link is verlopen. Vraag uw regisseur om een nieuwe link."),
        ONBEKEND_GESPREK("Deze link hoort niet bij een gesprek dat wij kennen. Gebruik de link uit de e-mail."),
        AL_BEANTWOORD("Met deze link is al geantwoord. Dank u wel: uw antwoord is bewaard. Een tweede antwoord nemen wij niet aan.");

        private final String uitleg;

        Weigering(String uitleg) {
            this.uitleg = uitleg;
        }

        public String uitleg() {
            return uitleg;
        }
    }

    /** A link that does not open, or takes no (further) answer, with the reason. */
    public static final class Geweigerd extends RuntimeException {
        private final Weigering weigering;

        public Geweigerd(Weigering weigering) {
            super(weigering.uitleg());
            this.weigering = weigering;
        }

        public Weigering weigering() {
            return weigering;
        }
    }

    /** Seals and opens links; the adapter holds the key. */
    public interface Zegel {
        String verzegel(Feedbacklink link);

        /** The link the token stands for; {@link Geweigerd} ONLEESBAAR when it was changed or made elsewhere. */
        Feedbacklink open(String token);
    }
}
