package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An entry in the dossier with its source and whether it is a fact or an opinion: the JBT request asks for source
 * attribution and "facts only" (000:536-565), and the child's own opinion is heard and kept apart (000:377-381). An
 * entry of the child names the child; one made in a conversation names the conversation, so the child's own opinion per
 * conversation can be shown with it. The text is the family's data: stored encrypted.
 *
 * @param kindId the child it comes from or is about; required when the child is the source
 * @param gesprekId the conversation in which it was said, if any
 */
public record Dossieritem(String id, Bron bron, Aard aard, String tekst, @Nullable String kindId, @Nullable String gesprekId, String vastgelegdDoor,
        Instant vastgelegdOp) {

    /** Who the information comes from. */
    public enum Bron {
        KIND, OUDER, PROFESSIONAL, ANDERS
    }

    public enum Aard {
        FEIT, MENING
    }

    /** The child's own opinion (the source is the child, and it is an opinion). */
    public boolean meningVanKind() {
        return bron == Bron.KIND && aard == Aard.MENING;
    }

    @Override
    public String toString() {
        return "Dossieritem[" + id + ", " + bron + ", " + aard + ", tekst verborgen]";
    }
}
