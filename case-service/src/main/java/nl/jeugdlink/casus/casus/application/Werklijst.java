package nl.jeugdlink.casus.casus.application;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.jeugdlink.casus.casus.domain.TeamRol;
import nl.jeugdlink.casus.casus.domain.Werklijstregel;
import nl.jeugdlink.casus.casus.domain.Werklijsten;
import org.jspecify.annotations.Nullable;

/**
 * The worklists of the people who work on casussen: "mijn casussen" (regisseur, JeugdLink professional,
 * gedragswetenschapper: the casussen in whose team they work) and "de casussen van mijn team" (teamleider: those they
 * screened and whose team they lead). One read of the person's list; filtering, sorting and paging in memory, on a list
 * as long as one person's caseload.
 */
public class Werklijst {

    /** Whose casussen: the caller's own work, or those of the team the caller leads. */
    public enum Betrokkenheid {
        EIGEN, TEAM
    }

    public enum Status {
        OPEN, AFGESLOTEN
    }

    /** What the list can be sorted on; descending when asked. */
    public enum Sortering {
        GEOPEND_OP, AFGESLOTEN_OP, AANTAL_GESPREKKEN
    }

    public record Vraag(String medewerkerId, Betrokkenheid betrokkenheid, @Nullable Status status, Set<TeamRol> rollen,
            Set<String> gemeenten, Sortering sortering, boolean aflopend) {
    }

    private final Werklijsten werklijsten;

    public Werklijst(Werklijsten werklijsten) {
        this.werklijsten = werklijsten;
    }

    /** Every line that answers the question, sorted; the caller pages. */
    public List<Werklijstregel> lijst(Vraag vraag) {
        Predicate<Werklijstregel> past = r -> vraag.betrokkenheid() == Betrokkenheid.TEAM ? r.rol() == TeamRol.TEAMLEIDER : r.rol() != TeamRol.TEAMLEIDER;
        if (vraag.status() != null) {
            past = past.and(r -> r.open() == (vraag.status() == Status.OPEN));
        }
        if (!vraag.rollen().isEmpty()) {
            past = past.and(r -> vraag.rollen().contains(r.rol()));
        }
        if (!vraag.gemeenten().isEmpty()) {
            past = past.and(r -> vraag.gemeenten().contains(r.gemeenteCode()));
        }
        Comparator<Werklijstregel> volgorde = switch (vraag.sortering()) {
            case GEOPEND_OP -> Comparator.comparing(Werklijstregel::geopendOp);
            case AFGESLOTEN_OP -> Comparator.comparing(Werklijstregel::afgeslotenOp, Comparator.nullsLast(Comparator.naturalOrder()));
            case AANTAL_GESPREKKEN -> Comparator.comparingInt(Werklijstregel::aantalGesprekken);
        };
        if (vraag.aflopend()) {
            volgorde = volgorde.reversed();
        }
        // The id last, so that equal keys keep one order from page to page.
        volgorde = volgorde.thenComparing(r -> r.casusId().toString());
        return werklijsten.van(vraag.medewerkerId()).stream().filter(past).sorted(volgorde).toList();
    }
}
