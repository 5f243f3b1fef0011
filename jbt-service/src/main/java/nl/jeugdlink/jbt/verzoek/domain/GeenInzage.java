package nl.jeugdlink.jbt.verzoek.domain;

/** The person may not see or change this request (need-to-know, ADR 0017); the reason says why. */
public final class GeenInzage extends RuntimeException {

    public GeenInzage(String reden) {
        super(reden);
    }
}
