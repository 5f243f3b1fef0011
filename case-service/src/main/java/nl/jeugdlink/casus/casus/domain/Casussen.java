package nl.jeugdlink.casus.casus.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** All casussen, and the port through which one is stored with its events in one write. */
public interface Casussen {

    /**
     * Stores a newly opened casus together with its events.
     *
     * @return false when a casus with this id already exists (nothing was changed)
     */
    boolean add(Casus casus, List<CasusEvent> events);

    /**
     * Stores newly opened casussen with their events in one write, in their order.
     *
     * @return per opening, by position, false when a casus with its id already existed (or came earlier in the list)
     */
    default List<Boolean> addAll(List<Casus.Opening> openingen) {
        return openingen.stream().map(o -> add(o.casus(), o.events())).toList();
    }

    Optional<Casus> find(CasusId id);

    /**
     * Every casus, one at a time (a scan of all casussen: only for rebuilding a read model, never on a request).
     * The caller closes the stream.
     */
    Stream<Casus> alle();

    /**
     * Loads the casus, applies {@code wijziging} and stores the new state with the events it
     * returns in one write. A concurrent write in between is detected (optimistic locking) and
     * the change is applied again to the fresh state; a rule the change breaks is thrown on,
     * and then nothing is stored.
     *
     * @return the changed casus, or empty when there is no casus with this id
     */
    Optional<Casus> wijzig(CasusId id, Function<Casus, List<CasusEvent>> wijziging);
}
