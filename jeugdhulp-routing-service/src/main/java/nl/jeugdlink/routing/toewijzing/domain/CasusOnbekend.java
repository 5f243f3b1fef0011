package nl.jeugdlink.routing.toewijzing.domain;

/** The routing has not (yet) heard of this casus: CasusGeopend has not arrived, or the id is wrong. */
public class CasusOnbekend extends RuntimeException {

    public CasusOnbekend(String casusId) {
        super("De casus " + casusId + " is (nog) niet bekend bij de jeugdhulprouting.");
    }
}
