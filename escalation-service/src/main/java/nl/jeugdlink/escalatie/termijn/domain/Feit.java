package nl.jeugdlink.escalatie.termijn.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A fact about a traject, as another service reported it. The deadlines follow from the facts
 * alone, whatever the order in which they arrive (they come over two topics).
 */
public sealed interface Feit {

    /** A referral was received; only a referral with the parents' consent that is no anonymous consult runs the clock. */
    record Ontvangen(Instant ontvangenOp, boolean termijnPlichtig) implements Feit {
    }

    record Afgewezen(Instant afgewezenOp) implements Feit {
    }

    /** The screening coupled the gedragswetenschapper, the teamleider and the professionals. */
    record Gescreend(Set<String> betrokkenen) implements Feit {
    }

    record CasusGeopend(String casusId) implements Feit {
    }

    record RegisseurGekoppeld(String casusId, String regisseurId, Instant gekoppeldOp) implements Feit {
    }

    record EersteContactGelegd(String casusId, Instant contactOp) implements Feit {
    }

    record PlanVastgesteld(String casusId, Instant vastgesteldOp) implements Feit {
    }

    record HulpIngezet(String casusId, Instant ingezetOp) implements Feit {
    }

    record CasusAfgesloten(String casusId, Instant afgeslotenOp) implements Feit {
    }
}
