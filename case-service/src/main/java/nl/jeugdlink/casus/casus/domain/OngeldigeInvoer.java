package nl.jeugdlink.casus.casus.domain;

/** Input that does not fit this casus (a child it does not know, a date in the future): names the field. */
public final class OngeldigeInvoer extends Weigering {

    public OngeldigeInvoer(String veld, String regel, String uitleg) {
        super(veld, regel, uitleg);
    }
}
