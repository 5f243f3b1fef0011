package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.util.List;

/**
 * The provider's JW302 on a JW301: only a technical receipt (IJW.md 0.1 - a provider does not decline
 * through it). {@code 0200} means received without remark; any other code that the JW301 was refused
 * technically and must be sent again.
 */
public record Ontvangst(List<String> retourcodes, Instant ontvangenOp) {

    public Ontvangst {
        retourcodes = List.copyOf(retourcodes);
    }

    public boolean isZonderOpmerking() {
        return retourcodes.equals(List.of("0200"));
    }
}
