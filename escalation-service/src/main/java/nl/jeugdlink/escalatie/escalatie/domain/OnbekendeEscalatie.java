package nl.jeugdlink.escalatie.escalatie.domain;

/** No such escalation (or minutes) in this casus: for the API a 404. */
public class OnbekendeEscalatie extends RuntimeException {

    public OnbekendeEscalatie(String wat) {
        super(wat + " bestaat niet");
    }
}
