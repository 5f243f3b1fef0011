package nl.jeugdlink.escalatie.escalatie.domain;

/**
 * A rule of the escalation model refuses the act (its order, its situation, the escalation's state):
 * for the API a 409 naming the rule.
 *
 * @param regel the rule's code, e.g. {@code volgorde}
 * @param veld the field of the request it concerns
 */
public class Escalatieregel extends RuntimeException {

    private final String regel;
    private final String veld;

    public Escalatieregel(String regel, String veld, String reden) {
        super(reden);
        this.regel = regel;
        this.veld = veld;
    }

    public String regel() {
        return regel;
    }

    public String veld() {
        return veld;
    }
}
