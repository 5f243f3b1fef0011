package nl.jeugdlink.casus.casus.domain;

import java.util.List;
import java.util.Optional;

/** All casussen, and the port through which one is stored with its events in one write. */
public interface Casussen {

    /**
     * Stores a newly opened casus together with its events.
     *
     * @return false when a casus with this id already exists (nothing was changed)
     */
    boolean add(Casus casus, List<CasusEvent> events);

    Optional<Casus> find(CasusId id);
}
