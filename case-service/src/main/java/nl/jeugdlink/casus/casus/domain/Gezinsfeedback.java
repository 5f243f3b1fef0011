package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The family's voice about one conversation ("Wat werkt", seed 004): the session rating of a parent
 * or of a child of 12 or older, four questions on a scale of 0 to 10, answered in figures or with
 * pictograms. Given once per personal link; kept on the casus, read only by its team. No name: who
 * answered is OUDER with the parent's pseudonymous id (none for the parents' shared link of before),
 * or KIND with the child's.
 */
public record Gezinsfeedback(String gesprekId, Voor voor, @Nullable String kindId, @Nullable String ouderId, Scores scores, Weergave weergave,
        Instant gegevenOp) {

    /** Who a link is for. */
    public enum Voor {
        OUDER, KIND
    }

    /**
     * How the scores were offered. With pictograms there are five faces; each stands for a score on the same scale
     * of 0 to 10 ({@link #PICTOGRAMSCORES}), so figures and faces count in one series.
     */
    public enum Weergave {
        CIJFERS, PICTOGRAMMEN
    }

    /** The scores the five faces stand for, from "helemaal niet" to "helemaal wel": evenly around the middle of 5. */
    public static final List<Integer> PICTOGRAMSCORES = List.of(0, 3, 5, 7, 10);

    /**
     * The session rating of seed 004, each 0 (not at all) to 10 (entirely).
     *
     * @param relatie did I feel heard, understood and respected
     * @param doelen did we work on what I wanted to work on
     * @param aanpak does the way of working fit me
     * @param algemeen overall, was this conversation right for me
     */
    public record Scores(int relatie, int doelen, int aanpak, int algemeen) {

        public static final List<String> VRAGEN = List.of("relatie", "doelen", "aanpak", "algemeen");

        public Scores {
            int[] waarden = {relatie, doelen, aanpak, algemeen};
            for (int i = 0; i < waarden.length; i++) {
                if (waarden[i] < 0 || waarden[i] > 10) {
                    throw new OngeldigeInvoer(VRAGEN.get(i), "bereik0tot10", "Kies bij elke vraag een cijfer van 0 tot en met 10.");
                }
            }
        }

        public int score(String vraag) {
            return switch (vraag) {
                case "relatie" -> relatie;
                case "doelen" -> doelen;
                case "aanpak" -> aanpak;
                case "algemeen" -> algemeen;
                default -> throw new IllegalArgumentException(vraag);
            };
        }
    }

    /** Whether this answer was given through {@code link}. */
    public boolean via(Feedbacklink link) {
        return gesprekId.equals(link.gesprekId()) && voor == link.voor() && java.util.Objects.equals(kindId, link.kindId())
                && java.util.Objects.equals(ouderId, link.ouderId());
    }
}
