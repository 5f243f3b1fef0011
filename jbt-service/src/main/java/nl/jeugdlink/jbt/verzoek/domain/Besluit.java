package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The table's decision (seed 002:470-483): exactly one outcome, and every time the three items
 * decided (route, continuation and kind of help, safety agreements), by consensus or, without it,
 * by the chair. An optional evaluation moment starts a deadline.
 */
public record Besluit(Uitkomst uitkomst, String route, String hulp, String veiligheidsafspraken, Besluitvorming besluitvorming,
        @Nullable LocalDate evaluatieMoment, String genomenDoor, Instant genomenOp) {

    /** The four outcomes of 002:470-475. */
    public enum Uitkomst {
        VRIJWILLIG_REGIE_LOKAAL_TEAM(false),
        VRIJWILLIG_NIET_VRIJBLIJVEND(false),
        VRIJWILLIG_NIET_VRIJBLIJVEND_EN_RAADSONDERZOEK(true),
        ALLEEN_RAADSONDERZOEK(true);

        private final boolean raadsonderzoek;

        Uitkomst(boolean raadsonderzoek) {
            this.raadsonderzoek = raadsonderzoek;
        }

        /** Whether the Raad voor de Kinderbescherming is asked to investigate. */
        public boolean raadsonderzoek() {
            return raadsonderzoek;
        }
    }

    /** Jointly, or by the chair when there is no agreement (002:483). */
    public enum Besluitvorming { CONSENSUS, MANDAAT_VOORZITTER }
}
