package nl.jeugdlink.casus.casus.domain;

/** Input that does not fit this casus (a child it does not know, a date in the future): names the field. */
public class OngeldigeInvoer extends RuntimeException {

    private final String veld;
    private final String regel;

    public OngeldigeInvoer(String veld, String regel, String uitleg) {
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
