package nl.jeugdlink.casus.casus.domain;

/** No casus, or no such team member of it, with this id. */
public class CasusOnbekend extends RuntimeException {

    public CasusOnbekend(String wat) {
        super(wat);
    }
}
