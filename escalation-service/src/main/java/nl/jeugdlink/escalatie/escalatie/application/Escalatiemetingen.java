package nl.jeugdlink.escalatie.escalatie.application;

import java.util.List;
import nl.jeugdlink.escalatie.escalatie.domain.EscalatieEvent;

/** Where the escalation model reports its figures; called only for what was stored. */
public interface Escalatiemetingen {

    /**
     * @param werkdagen per event, the working days a step took when it ended (else 0)
     */
    void vastgelegd(List<EscalatieEvent> events, java.util.function.ToIntFunction<EscalatieEvent> werkdagen);
}
