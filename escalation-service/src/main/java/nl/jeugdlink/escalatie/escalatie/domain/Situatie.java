package nl.jeugdlink.escalatie.escalatie.domain;

import java.util.Arrays;
import java.util.Optional;

/** When the escalation model is used (seed 002, Bouwsteen 6), numbered as the seed numbers them. */
public enum Situatie {
    /** Different views on the development of the casus, on the next step. */
    PROFESSIONEEL_DILEMMA(1),
    /** Cooperation does not go by the agreements made (for example waiting lists). */
    SAMENWERKING_NIET_VOLGENS_AFSPRAKEN(2),
    /** The conduct of an executing professional is negligent or worrying. */
    NALATEND_OF_ZORGWEKKEND_HANDELEN(3);

    private final int nummer;

    Situatie(int nummer) {
        this.nummer = nummer;
    }

    public int nummer() {
        return nummer;
    }

    public static Optional<Situatie> van(int nummer) {
        return Arrays.stream(values()).filter(s -> s.nummer == nummer).findFirst();
    }
}
