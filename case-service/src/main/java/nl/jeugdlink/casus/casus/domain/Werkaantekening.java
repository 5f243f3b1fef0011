package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;

/**
 * A professional's working note on a casus: not part of the dossier and visible to its author
 * alone (003:50-51). The text is personal data and never shows in logs ({@link #toString()}).
 */
public record Werkaantekening(String id, CasusId casusId, String auteurId, String tekst, Instant vastgelegdOp) {

    @Override
    public String toString() {
        return "Werkaantekening[" + id + " van " + auteurId + "]";
    }
}
