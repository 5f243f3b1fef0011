package nl.jeugdlink.casus.casus.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The worklists: per person the casussen they work on, read by the person's id (a read model of the casussen, never a
 * query over them).
 */
public interface Werklijsten {

    /**
     * Brings the lists of everyone concerned in line with one casus: a line changed or added for whoever is in
     * {@code na}, taken off the list of whoever was in {@code voor} only. Idempotent: running it twice changes nothing more.
     */
    void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na);

    /** {@link #werkBij} for several casussen at once (a batch of openings): the store may write them in fewer round trips. */
    default void werkBijAlle(List<Wijziging> wijzigingen) {
        wijzigingen.forEach(w -> werkBij(w.casusId(), w.voor(), w.na()));
    }

    /** The lines of one casus before and after its change, per person. */
    record Wijziging(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na) {
    }

    /** The lines on this person's list, in no particular order. */
    List<Werklijstregel> van(String medewerkerId);

    /**
     * Rebuilds the lists from the casussen as stored: every line they imply is written, and every line of one of these
     * casussen that they do not imply is removed. Lines of casussen not in the stream stay as they are.
     *
     * @return how many casussen were gone through
     */
    long herbouw(Stream<Casusregels> casussen);

    /** Whether the lists were built from the casussen at least once in the store's current layout. */
    boolean opgebouwd();

    /** The lines one stored casus implies, per person ({@link Werklijstregel#van(Casus)}). */
    record Casusregels(CasusId casusId, Map<String, Werklijstregel> regels) {
    }
}
