package nl.jeugdlink.escalatie.termijn.domain;

/** An event lacks a field its rule reads: retrying will not add it. */
public class OnleesbareGebeurtenis extends RuntimeException {

    public OnleesbareGebeurtenis(String message) {
        super(message);
    }
}
