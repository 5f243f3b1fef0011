package nl.jeugdlink.routing.toewijzing.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/** Takes in a casus the case-service opened, so that the back office can assign care in it, and its closure, after which it cannot. */
public class RecordingCasus {

    public enum Uitkomst { OPGENOMEN, AL_BEKEND, ONBEKEND }

    private final Casussen casussen;

    public RecordingCasus(Casussen casussen) {
        this.casussen = casussen;
    }

    /**
     * Takes the opened casus in. Whether its municipality belongs to the region was decided at the
     * door (the platform's handler table, {@code inMunicipality}, ADR 0015): the routing creates a
     * casus no other way, so deciding it here again would be a second place to keep in step.
     */
    public Uitkomst neemOp(Casus.Geopend geopend) {
        return casussen.neemOp(Casus.uit(geopend)) ? Uitkomst.OPGENOMEN : Uitkomst.AL_BEKEND;
    }

    /**
     * The casus was closed. A casus the routing never took in (its CasusGeopend went to the
     * dead-letter topic) has nothing to close yet: {@link Uitkomst#ONBEKEND}.
     */
    public Uitkomst sluit(String casusId, Instant afgeslotenOp) {
        AtomicBoolean gesloten = new AtomicBoolean();
        var casus = casussen.wijzig(casusId, actueel -> {
            gesloten.set(actueel.sluit(afgeslotenOp));
            return List.of();
        });
        if (casus.isEmpty()) {
            return Uitkomst.ONBEKEND;
        }
        return gesloten.get() ? Uitkomst.OPGENOMEN : Uitkomst.AL_BEKEND;
    }
}
