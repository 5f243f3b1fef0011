package nl.jeugdlink.casus.casus.domain;

/** A casus cannot be opened from this referral: the reason says which rule it breaks. */
public class CasusGeweigerd extends RuntimeException {

    public CasusGeweigerd(String reden) {
        super(reden);
    }
}
