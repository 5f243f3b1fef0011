package nl.jeugdlink.casus.casus.domain;

/** A child's age band at screening; it decides which contact the child needs (003:106-110). */
public enum Leeftijdscategorie {
    ONDER_4(VereistContact.GEZIEN),
    VAN_4_TOT_12(VereistContact.GEZIEN_EN_GESPROKEN),
    VANAF_12(VereistContact.GESPROKEN);

    private final VereistContact vereistContact;

    Leeftijdscategorie(VereistContact vereistContact) {
        this.vereistContact = vereistContact;
    }

    public VereistContact vereistContact() {
        return vereistContact;
    }
}
