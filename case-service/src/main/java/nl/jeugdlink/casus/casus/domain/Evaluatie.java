package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation of the casus at one of the region's moments (3, 6 and 9 months by default), with its purpose; its minutes
 * are due within 5 working days (a deadline the escalation-service keeps). At the last moment continuing help requires a
 * new analysis and plan. The minutes are the family's data: stored encrypted.
 *
 * @param maanden the moment, in months since the casus opened
 * @param doel the purpose of this moment, as the region set it
 * @param vervolg what was decided: go on or close; at the last moment going on requires a new analysis and plan
 * @param nieuweAnalyseEnPlanVereist the last moment decided to go on: a new analysis and plan must follow
 * @param verslag the minutes; null until recorded
 */
public record Evaluatie(String id, int maanden, String doel, LocalDate gehoudenOp, Vervolg vervolg, boolean nieuweAnalyseEnPlanVereist,
        String vastgelegdDoor, Instant vastgelegdOp, @Nullable String verslag, @Nullable Instant verslagOp) {

    public enum Vervolg {
        DOORGAAN, AFSLUITEN
    }

    Evaluatie metVerslag(String tekst, Instant op) {
        return new Evaluatie(id, maanden, doel, gehoudenOp, vervolg, nieuweAnalyseEnPlanVereist, vastgelegdDoor, vastgelegdOp, tekst, op);
    }

    @Override
    public String toString() {
        return "Evaluatie[" + id + ", " + maanden + " maanden, verslag " + (verslag == null ? "open" : "vastgelegd") + "]";
    }
}
