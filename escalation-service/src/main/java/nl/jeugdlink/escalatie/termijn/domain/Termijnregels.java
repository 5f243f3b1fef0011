package nl.jeugdlink.escalatie.termijn.domain;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The region's rule table: every kind of deadline, in the order they are listed (the order in which
 * a traject shows them), and the events that name the team. One deployment serves one region, so
 * this comes from its configuration.
 */
public record Termijnregels(List<Termijnregel> regels, List<Teamregel> team) {

    public Termijnregels {
        regels = List.copyOf(regels);
        team = List.copyOf(team);
        Set<Soort> gezien = new HashSet<>();
        for (Termijnregel regel : regels) {
            if (!gezien.add(regel.soort())) {
                throw new IllegalArgumentException("soort " + regel.soort() + " has two rules");
            }
        }
    }

    public Optional<Termijnregel> van(Soort soort) {
        return regels.stream().filter(r -> r.soort().equals(soort)).findFirst();
    }

    /** Where a kind stands in the table; unknown kinds (a rule removed) after all known ones. */
    int volgorde(Soort soort) {
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).soort().equals(soort)) {
                return i;
            }
        }
        return regels.size();
    }

    /** The term of this kind in this municipality. */
    public Termijnduur duur(Soort soort, String gemeenteCode) {
        return van(soort).orElseThrow(() -> new IllegalArgumentException("no rule for " + soort)).duur(gemeenteCode);
    }

    /** The kinds this event would start but does not, as it lacks the date the start is counted from (counted as skipped). */
    public List<Soort> overgeslagen(Gebeurtenis gebeurtenis) {
        return regels.stream().filter(r -> r.slaatOver(gebeurtenis)).map(Termijnregel::soort).toList();
    }

    /** Every event type a rule reads: what the listeners take in; any other type on their topics is ignored. */
    public Set<String> gelezenTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (Termijnregel regel : regels) {
            types.add(regel.start().type());
            regel.gehaald().forEach(t -> types.add(t.type()));
            regel.vervalt().forEach(t -> types.add(t.type()));
        }
        team.forEach(t -> types.add(t.type()));
        return types;
    }
}
