package nl.jeugdlink.routing.toewijzing.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/** Takes in a casus the case-service opened, so that the back office can assign care in it, and its closure, after which it cannot. */
public class RecordingCasus {

    public enum Uitkomst { OPGENOMEN, AL_BEKEND, ONBEKEND }

    /** A casus of a municipality outside the region is not ours to route. */
    public static class BuitenDeRegio extends RuntimeException {
        public BuitenDeRegio(String gemeenteCode) {
            super("gemeente " + gemeenteCode + " hoort niet bij de regio");
        }
    }

    private final Casussen casussen;
    private final Set<String> regioGemeenten;

    public RecordingCasus(Casussen casussen, Set<String> regioGemeenten) {
        this.casussen = casussen;
        this.regioGemeenten = Set.copyOf(regioGemeenten);
    }

    public Uitkomst neemOp(Casus.Geopend geopend) {
        if (!regioGemeenten.contains(geopend.gemeenteCode())) {
            throw new BuitenDeRegio(geopend.gemeenteCode());
        }
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
