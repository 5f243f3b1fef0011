package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One period of one person in one role in the team. Ending a period keeps it: the team's history
 * (who supported the family, and when) is a monitoring figure (000:136).
 *
 * @param expertise what a JeugdLink professional adds; null for the other roles
 * @param grondslag why this person may see the family's data
 * @param tot when the period ended; null while it lasts
 */
public record Teamlid(String medewerkerId, TeamRol rol, @Nullable Expertise expertise, Grondslag grondslag, Instant vanaf, @Nullable Instant tot) {

    public boolean actief() {
        return tot == null;
    }

    /** Only the regisseur currently coupled is eindverantwoordelijk (000:153). */
    public boolean eindverantwoordelijk() {
        return rol == TeamRol.REGISSEUR && actief();
    }

    Teamlid beeindigd(Instant op) {
        return new Teamlid(medewerkerId, rol, expertise, grondslag, vanaf, op);
    }
}
