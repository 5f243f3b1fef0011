package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of one escalation meeting, sent to its participants for approval (seed 002:838). Each
 * participant approves or objects (an objection may later become an approval: the latest reaction
 * counts); the minutes are approved when every participant's latest reaction is an approval.
 *
 * @param deelnemers the participants' ids, in the order given
 * @param tekst the minutes; stays here, never on Kafka
 * @param reacties per participant, the latest reaction
 * @param goedgekeurdOp when the last participant approved, once all did
 */
public record Verslag(String id, int stap, LocalDate vergaderdOp, List<String> deelnemers, String tekst, String opgesteldDoor, Instant opgesteldOp,
        Map<String, Reactie> reacties, @Nullable Instant goedgekeurdOp) {

    /** @param toelichting why they object (or a remark with an approval); stays here */
    public record Reactie(boolean akkoord, Instant op, @Nullable String toelichting) {
    }

    public Verslag {
        deelnemers = List.copyOf(deelnemers);
        reacties = Map.copyOf(reacties);
    }

    public boolean goedgekeurd() {
        return goedgekeurdOp != null;
    }

    public Set<String> bezwaren() {
        return reacties.entrySet().stream().filter(r -> !r.getValue().akkoord()).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
    }

    Verslag metReactie(String deelnemer, Reactie reactie) {
        Map<String, Reactie> nieuw = new LinkedHashMap<>(reacties);
        nieuw.put(deelnemer, reactie);
        boolean allen = deelnemers.stream().allMatch(d -> nieuw.containsKey(d) && nieuw.get(d).akkoord());
        return new Verslag(id, stap, vergaderdOp, deelnemers, tekst, opgesteldDoor, opgesteldOp, nieuw, allen ? reactie.op() : null);
    }
}
