package nl.jeugdlink.routing.toewijzing.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The casussen the routing knows, each stored with its toewijzingen and outgoing events in one write. */
public interface Casussen {

    /**
     * Takes a newly opened casus in.
     *
     * @return false when it is already known (a second delivery of CasusGeopend): nothing changed
     */
    boolean neemOp(Casus casus);

    /**
     * Takes a poll's newly opened casussen in, in one write (ADR 0018).
     *
     * @return per casus, by position, what {@link #neemOp(Casus)} would answer
     */
    List<Boolean> neemOp(List<Casus> casussen);

    /**
     * Marks the casus closed; a casus already closed costs no write (the same CasusAfgesloten again).
     *
     * @return empty when the casus is unknown, else whether this call closed it
     */
    Optional<Boolean> sluit(String casusId, java.time.Instant afgeslotenOp);

    Optional<Casus> find(String casusId);

    /**
     * Loads the casus, applies {@code wijziging} and stores the new state with the events it returns
     * in one write; after a concurrent write the change runs again on the fresh state. A rule the
     * change breaks is thrown on, and then nothing is stored.
     *
     * @return the changed casus, or empty when the casus is unknown
     */
    Optional<Casus> wijzig(String casusId, Function<Casus, List<ToewijzingEvent>> wijziging);
}
