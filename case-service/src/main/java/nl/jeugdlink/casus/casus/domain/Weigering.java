package nl.jeugdlink.casus.casus.domain;

/**
 * The casus refuses a command, naming the field and the rule. Two kinds, because the API answers
 * them differently: the input does not fit this casus ({@link OngeldigeInvoer}, 400) or the casus
 * says no in its current state ({@link Regelschending}, 409).
 */
public abstract sealed class Weigering extends RuntimeException permits OngeldigeInvoer, Regelschending {

    private final String veld;
    private final String regel;

    Weigering(String veld, String regel, String uitleg) {
        super(uitleg);
        this.veld = veld;
        this.regel = regel;
    }

    public String veld() {
        return veld;
    }

    public String regel() {
        return regel;
    }
}
