package nl.jeugdlink.routing.ijw.domain;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's answer to one requested product of a JW315, sent as a JW319: rejected with a WJ759
 * reason (VerzoekAntwoord 1) or in onderzoek (2, at most once - TR360/TR365 - and then a final answer).
 *
 * @param reden the WJ759 code, present exactly when rejected
 * @param woonplaatsGemeente the responsible municipality (CBS, 4 digits), present exactly when the reason is 8 (TR377/TR409)
 * @param identificatie the JW319's BerichtIdentificatie, drawn when the answer is given so every fetch is the same message; for
 *     TOEGEWEZEN the JW301's ({@code T<ToewijzingNummer>})
 * @param toewijzing for TOEGEWEZEN the toewijzing that honoured the product (its casus and id); null otherwise, and for an answer
 *     recorded before it was kept
 */
public record Antwoord(Soort soort, @Nullable String reden, @Nullable String woonplaatsGemeente, String identificatie, Instant gegevenOp,
        String gegevenDoor, @Nullable Toewijzing toewijzing) {

    public Antwoord(Soort soort, @Nullable String reden, @Nullable String woonplaatsGemeente, String identificatie, Instant gegevenOp,
            String gegevenDoor) {
        this(soort, reden, woonplaatsGemeente, identificatie, gegevenOp, gegevenDoor, null);
    }

    /** The toewijzing a product was honoured with, by the casus that holds it and its id. */
    public record Toewijzing(String casusId, String toewijzingId) {
    }

    public enum Soort {
        AFGEWEZEN("1"),
        IN_ONDERZOEK("2"),
        /** Honoured: answered by the JW301 of the toewijzing it made, never by a JW319. */
        TOEGEWEZEN(null);

        private final @Nullable String code;

        Soort(@Nullable String code) {
            this.code = code;
        }

        /** The JW319's VerzoekAntwoord; a toewijzing has none (its answer is a JW301). */
        public String code() {
            return java.util.Objects.requireNonNull(code, "Een toewijzing wordt met een JW301 beantwoord, niet met een JW319.");
        }
    }

    /** WJ759: 1 geen wijziging maar nieuwe aanvraag ... 9 leeftijdsgrens bereikt. */
    public static final Set<String> REDENEN = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
    public static final String WOONPLAATSBEGINSEL = "8";

    public boolean isDefinitief() {
        return soort != Soort.IN_ONDERZOEK;
    }

    /** A rule the answer breaks, by itself or against the earlier one; {@code status} 400 (input) or 409 (against what was answered). */
    public static class Geweigerd extends RuntimeException {

        private final int status;
        private final String veld;
        private final String regel;

        public Geweigerd(int status, String veld, String regel, String reden) {
            super(reden);
            this.status = status;
            this.veld = veld;
            this.regel = regel;
        }

        public int status() {
            return status;
        }

        public String veld() {
            return veld;
        }

        public String regel() {
            return regel;
        }
    }
}
