package nl.jeugdlink.casus.casus.domain;

import java.util.Set;

/**
 * The person asking to see or change a casus, as far as access goes: who they are and the
 * municipalities they work for.
 */
public record Medewerker(String id, Set<String> gemeenten) {

    public Medewerker {
        gemeenten = Set.copyOf(gemeenten);
    }
}
