package nl.jeugdlink.escalatie.termijn.application;

import java.util.List;
import java.util.Map;
import nl.jeugdlink.escalatie.termijn.domain.Soort;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;

/** Where the clock reports its figures; called only for what was actually stored. */
public interface Metingen {

    void vastgelegd(List<TermijnEvent> events);

    void lopend(Map<Trajecten.Telling, Long> telling);

    /** A rule that this event would have started was skipped: the date its start is counted from was absent or null. */
    default void overgeslagen(Soort soort, String gemeenteCode) {
    }
}
