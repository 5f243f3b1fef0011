package nl.jeugdlink.routing.toewijzing.application;

import java.util.Set;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;

/** Takes in a casus the case-service opened, so that the back office can assign care in it. */
public class RecordingCasus {

    public enum Uitkomst { OPGENOMEN, AL_BEKEND }

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
}
