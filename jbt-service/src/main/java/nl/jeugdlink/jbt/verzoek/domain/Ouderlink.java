package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;

/**
 * What the parents' personal link stands for: this version of the report of this request, for the
 * family of this casus, until {@code verlooptOp}. The link is the parents' only credential (no login),
 * so it is sealed by the service: changed, it does not open.
 */
public record Ouderlink(String verzoekId, String casusId, int versie, Instant verlooptOp) {

    /** Why a link does not open; said to the parents in plain Dutch. */
    public enum Weigering {
        ONLEESBAAR("Deze link is niet geldig. Gebruik de link uit uw e-mail, zonder iets te veranderen."),
        VERLOPEN("Deze link is verlopen. Vraag de voorzitter van de Jeugdbeschermingstafel om een nieuwe link."),
        ANDER_VERSLAG("Deze link hoort bij een ander verslag. Gebruik de link uit uw eigen e-mail.");

        private final String uitleg;

        Weigering(String uitleg) {
            this.uitleg = uitleg;
        }

        public String uitleg() {
            return uitleg;
        }
    }

    /** A link that does not open, with the reason. */
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
        String verzegel(Ouderlink link);

        /** The link the token stands for; {@link Geweigerd} ONLEESBAAR when it was changed or made elsewhere. */
        Ouderlink open(String token);
    }

    /** Refused when expired or when it names another request or family than the page it opens. */
    public void eisGeldigVoor(Verzoek verzoek, Instant nu) {
        if (!verzoekId.equals(verzoek.id()) || !casusId.equals(verzoek.casusId())) {
            throw new Geweigerd(Weigering.ANDER_VERSLAG);
        }
        if (!nu.isBefore(verlooptOp)) {
            throw new Geweigerd(Weigering.VERLOPEN);
        }
    }
}
