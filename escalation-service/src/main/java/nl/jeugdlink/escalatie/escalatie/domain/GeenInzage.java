package nl.jeugdlink.escalatie.escalatie.domain;

/** The person may not see this escalation (need-to-know, ADR 0017); the reason says why. */
public final class GeenInzage extends RuntimeException {

    public GeenInzage(String reden) {
        super(reden);
    }
}
