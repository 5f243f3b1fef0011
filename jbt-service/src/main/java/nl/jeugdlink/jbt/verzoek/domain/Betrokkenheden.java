package nl.jeugdlink.jbt.verzoek.domain;

import java.util.Set;

/**
 * Who was involved with which family, for the independence of the Raad's test (seed 000 §6.10): a
 * family is known here by its casus. Filled from the casus's events (its dossierhouder and regisseurs),
 * by the chair (an involvement known from elsewhere, say the Raad's own records) and by every assignment.
 */
public interface Betrokkenheden {

    /** Records that this person was involved with the family of this casus; a repeat changes nothing. */
    void legVast(String medewerkerId, String casusId);

    /** The casussen (families) this person was involved with. */
    Set<String> van(String medewerkerId);
}
