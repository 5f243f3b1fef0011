package nl.jeugdlink.jbt.verzoek.domain;

/**
 * Who was involved with which family, for the independence of the Raad's test (seed 000 §6.10): a
 * family is known here by its casus. Whoever held the casus's regie (its dossierhouder at opening and
 * every regisseur coupled) is involved through the known casus ({@link BekendeCasussen}); what the
 * chair records (an involvement known from elsewhere) and every assignment are kept here.
 */
public interface Betrokkenheden {

    /** Records that this person was involved with the family of this casus; a repeat changes nothing. */
    void legVast(String medewerkerId, String casusId);

    /** Whether this person was involved with the family of this casus: held its regie, was recorded or assigned. */
    boolean betrokken(String medewerkerId, String casusId);
}
