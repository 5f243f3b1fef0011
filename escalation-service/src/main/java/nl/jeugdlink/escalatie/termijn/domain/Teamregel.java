package nl.jeugdlink.escalatie.termijn.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event that names whose deadlines these are: team members (a screening couples them), or the
 * regisseur (the latest coupling wins). What the per-team-member query looks in.
 *
 * @param type the CloudEvents type
 * @param leden pointers to team members' ids
 * @param regisseur pointer to the regisseur's id, if this event couples one
 * @param moment pointer to when the regisseur was coupled; null: the event's time
 */
public record Teamregel(String type, List<String> leden, @Nullable String regisseur, @Nullable String moment) {

    public Teamregel {
        leden = List.copyOf(leden);
    }
}
