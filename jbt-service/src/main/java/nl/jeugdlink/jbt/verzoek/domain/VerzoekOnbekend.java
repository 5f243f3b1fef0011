package nl.jeugdlink.jbt.verzoek.domain;

/** No request, or no casus, with this id. */
public final class VerzoekOnbekend extends RuntimeException {

    public VerzoekOnbekend(String uitleg) {
        super(uitleg);
    }
}
