package nl.jeugdlink.casus.casus.domain;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a personal feedback link stands for: the feedback of this parent or child about this
 * conversation of this casus, until {@code verlooptOp}. The link is the family's only credential (no
 * login), so the service seals it: changed, it does not open.
 */
public record Feedbacklink(String casusId, String gesprekId, Gezinsfeedback.Voor voor, @Nullable String kindId, Instant verlooptOp) {

    /** How long a link opens: two weeks, time enough to answer after the conversation. */
    public static final Duration GELDIG = Duration.ofDays(14);

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
