package nl.jeugdlink.casus.casus.domain;

import java.util.Set;

/**
 * The municipalities this deployment serves, by CBS code. A casus of any other municipality does
 * not belong here: strict separation between regions starts at the door.
 */
public record Regio(String naam, Set<String> gemeenteCodes) {

    public Regio {
        gemeenteCodes = Set.copyOf(gemeenteCodes);
    }

    public boolean bedient(String gemeenteCode) {
        return gemeenteCodes.contains(gemeenteCode);
    }
}
