package nl.jeugdlink.routing.toewijzing.application;

import java.time.Instant;
import java.util.List;
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

    /** A poll's opened casussen, in one write; per casus, by position, what {@link #neemOp(Casus.Geopend)} would answer. */
    public List<Uitkomst> neemOp(List<Casus.Geopend> geopend) {
        return casussen.neemOp(geopend.stream().map(Casus::uit).toList()).stream()
                .map(nieuw -> nieuw ? Uitkomst.OPGENOMEN : Uitkomst.AL_BEKEND).toList();
    }

    /**
     * The casus was closed. A casus the routing never took in (its CasusGeopend went to the
     * dead-letter topic) has nothing to close yet: {@link Uitkomst#ONBEKEND}.
     */
    public Uitkomst sluit(String casusId, Instant afgeslotenOp) {
        return casussen.sluit(casusId, afgeslotenOp).map(gesloten -> gesloten ? Uitkomst.OPGENOMEN : Uitkomst.AL_BEKEND).orElse(Uitkomst.ONBEKEND);
    }
}
