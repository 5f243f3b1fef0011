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

    /**
     * The JW301s a write of the casus made due ({@link ToewijzingEvent#jw301()}, ADR 0047) and that were not sent yet, in that same
     * write; with the casus as it stands.
     *
     * @param toewijzingIds the toewijzingen whose JW301 is due
     * @param markeringen what marks them due: what {@link #verstuurd} removes once they are sent
     */
    record Verschuldigd(Casus casus, java.util.Set<String> toewijzingIds, List<String> markeringen) {
    }

    /** What is due for the casus, read by {@code _id}; empty for an unknown casus. */
    Optional<Verschuldigd> teVersturen(String casusId);

    /** The markings read by {@link #teVersturen} were sent (or wait for the client): removed; one a later write added stays. */
    void verstuurd(String casusId, List<String> markeringen);

    /** Makes the JW301 of these toewijzingen due in a write of its own: the client was given, so what waited for it is due now. */
    void maakVerschuldigd(String casusId, List<String> toewijzingIds);

    /** Casussen with a JW301 still due (a crash after the write, a failed transport), at most {@code max}: the sweep at start. */
    List<String> metTeVersturen(int max);
}
