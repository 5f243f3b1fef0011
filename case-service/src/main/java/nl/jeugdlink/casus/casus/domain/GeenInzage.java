package nl.jeugdlink.casus.casus.domain;

/** The person may not see this casus, and so not change it (ADR 0017): the message says why. */
public class GeenInzage extends RuntimeException {

    public GeenInzage(String reden) {
        super(reden);
    }
}
