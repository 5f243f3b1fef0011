package nl.jeugdlink.escalatie.termijn.domain;

/** No deadline with this id in the traject asked for: for the API, a 404. */
public class OnbekendeTermijn extends RuntimeException {

    public OnbekendeTermijn(String termijnId) {
        super("termijn " + termijnId + " bestaat niet");
    }
}
