package nl.jeugdlink.casus.casus.domain;

/**
 * A command the casus refuses in its current state (closed, closure without the GW, already in
 * the team): the request is well formed, the casus says no. {@code regel} names the rule.
 */
public class Regelschending extends RuntimeException {

    private final String regel;
    private final String veld;

    public Regelschending(String regel, String veld, String uitleg) {
        super(uitleg);
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
