package nl.jeugdlink.casus.casus.domain;

/**
 * A command the casus refuses in its current state (closed, closure without the GW, already in
 * the team): the request is well formed, the casus says no. {@code regel} names the rule.
 */
public final class Regelschending extends Weigering {

    public Regelschending(String veld, String regel, String uitleg) {
        super(veld, regel, uitleg);
    }
}
