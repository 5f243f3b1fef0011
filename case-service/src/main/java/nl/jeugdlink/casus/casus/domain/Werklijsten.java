package nl.jeugdlink.casus.casus.domain;

import java.util.List;
import java.util.Map;

/**
 * The worklists: per person the casussen they work on, read as one document by the person's id (a read model of the
 * casussen, never a query over them).
 */
public interface Werklijsten {

    /**
     * Brings the lists of everyone concerned in line with one casus: a line changed or added for whoever is in
     * {@code na}, taken off the list of whoever was in {@code voor} only. Idempotent: running it twice changes nothing more.
     */
    void werkBij(CasusId casusId, Map<String, Werklijstregel> voor, Map<String, Werklijstregel> na);

    /** The lines on this person's list, in no particular order. */
    List<Werklijstregel> van(String medewerkerId);
}
