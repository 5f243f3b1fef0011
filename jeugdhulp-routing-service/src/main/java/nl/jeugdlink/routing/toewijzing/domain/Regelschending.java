package nl.jeugdlink.routing.toewijzing.domain;

/** A toewijzing that is valid in itself conflicts with what the casus already holds (a rule across toewijzingen, e.g. TR302). */
public class Regelschending extends RuntimeException {

    private final String regel;
    private final String veld;

    public Regelschending(String regel, String veld, String reden) {
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
