package nl.jeugdlink.casus.casus.domain;

import java.util.List;

/** Input that does not fit this casus (a child it does not know, a date in the future): names the field. */
public final class OngeldigeInvoer extends Weigering {

    private final List<OngeldigeInvoer> alle;

    public OngeldigeInvoer(String veld, String regel, String uitleg) {
        super(veld, regel, uitleg);
        this.alle = List.of(this);
    }

    /** Several findings at once, so the caller fixes them in one go; the first names the refusal. */
    private OngeldigeInvoer(List<OngeldigeInvoer> alle) {
        super(alle.getFirst().veld(), alle.getFirst().regel(), alle.getFirst().getMessage());
        this.alle = List.copyOf(alle);
    }

    /** Throws the findings together, if there are any. */
    static void alsEr(List<OngeldigeInvoer> fouten) {
        if (!fouten.isEmpty()) {
            throw fouten.size() == 1 ? fouten.getFirst() : new OngeldigeInvoer(fouten);
        }
    }

    /** Every finding, this one first. */
    public List<OngeldigeInvoer> alle() {
        return alle;
    }
}
