package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan of the casus, agreed with the family: goals along the three steps of restoring safety (000:207-215: remove
 * acute unsafety, secure structural safety, treat the consequences), each with its owner and status, and the family's
 * signature. A new plan is a new version; the earlier ones stay. Goals and signatories are the family's data: stored
 * encrypted.
 *
 * @param op when the plan was fixed
 * @param door who recorded it
 * @param akkoord the family's agreement; null only for plans recorded before goals were kept (date-only)
 */
public record Plan(int versie, Instant op, String door, List<Doel> doelen, @Nullable Akkoord akkoord) {

    /** The three steps of restoring safety, in their order. */
    public enum Stap {
        ACUTE_VEILIGHEID, STRUCTURELE_VEILIGHEID, GEVOLGEN_BEHANDELEN
    }

    public enum Status {
        OPEN, LOPEND, BEHAALD, NIET_BEHAALD
    }

    /** @param eigenaar who sees to this goal (a professional, a parent, someone of the network) */
    public record Doel(String id, Stap stap, String omschrijving, String eigenaar, Status status) {

        Doel met(Status nieuw) {
            return new Doel(id, stap, omschrijving, eigenaar, nieuw);
        }
    }

    /** A goal as proposed, before the casus numbers it. */
    public record NieuwDoel(Stap stap, String omschrijving, String eigenaar) {
    }

    /** The family's signature record: who of the family signed, and when (a child of 12 or older signs too, 003:242-246). */
    public record Akkoord(List<String> ondertekendDoor, LocalDate ondertekendOp) {
    }

    @Override
    public String toString() {
        return "Plan[" + versie + ", " + doelen.size() + " doelen]";
    }
}
