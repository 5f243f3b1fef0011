package nl.jeugdlink.casus.casus.domain;

/**
 * Where one child stands against the age rule, over all conversations of the casus: seen in one
 * and spoken with in another counts as seen and spoken.
 */
public record Kindcontactstand(Kind kind, boolean gezien, boolean gesproken) {

    public VereistContact vereist() {
        return kind.leeftijdscategorie().vereistContact();
    }

    public boolean voldaan() {
        return vereist().voldaan(gezien, gesproken);
    }
}
