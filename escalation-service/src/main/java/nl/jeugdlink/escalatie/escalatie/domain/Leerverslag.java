package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntBiFunction;

/**
 * The periodic learning report (seed 002:838): from the minutes approved in a period, per situation
 * and step, how many steps, how long they took and how they ended. A step counts once, however many
 * of its meetings had approved minutes in the period.
 *
 * @param rijen one per situation and step that occurs, in that order
 */
public record Leerverslag(Instant van, Instant tot, List<Rij> rijen) {

    /**
     * @param aantal steps with approved minutes in the period
     * @param opgelost of those, ended resolved
     * @param geescaleerd ended escalated
     * @param lopend not ended yet
     * @param gemiddeldeWerkdagen mean working days from taking to ending the step, over those ended; null when none ended
     * @param gemiddeldeDagen the same in calendar days
     */
    public record Rij(Situatie situatie, int stap, int aantal, int opgelost, int geescaleerd, int lopend, @org.jspecify.annotations.Nullable Double gemiddeldeWerkdagen,
            @org.jspecify.annotations.Nullable Double gemiddeldeDagen) {
    }

    public Leerverslag {
        rijen = List.copyOf(rijen);
    }

    /** @param werkdagen working days between two moments (the region's calendar) */
    public static Leerverslag uit(List<Escalatie> escalaties, Instant van, Instant tot, ToIntBiFunction<Instant, Instant> werkdagen) {
        record Cel(Situatie situatie, int stap) {
        }
        Map<Cel, List<Stap>> perCel = new TreeMap<>(Comparator.comparing(Cel::situatie).thenComparingInt(Cel::stap));
        for (Escalatie e : escalaties) {
            for (Stap stap : e.stappen()) {
                boolean goedgekeurd = e.verslagen().stream().anyMatch(v -> v.stap() == stap.nummer() && v.goedgekeurdOp() != null
                        && !v.goedgekeurdOp().isBefore(van) && v.goedgekeurdOp().isBefore(tot));
                if (goedgekeurd) {
                    perCel.computeIfAbsent(new Cel(e.situatie(), stap.nummer()), c -> new ArrayList<>()).add(stap);
                }
            }
        }
        List<Rij> rijen = new ArrayList<>();
        perCel.forEach((cel, stappen) -> {
            List<Stap> afgerond = stappen.stream().filter(s -> s.afgerondOp() != null).toList();
            rijen.add(new Rij(cel.situatie(), cel.stap(), stappen.size(),
                    (int) afgerond.stream().filter(s -> s.uitkomst() == Uitkomst.OPGELOST).count(),
                    (int) afgerond.stream().filter(s -> s.uitkomst() == Uitkomst.GEESCALEERD).count(),
                    stappen.size() - afgerond.size(),
                    afgerond.isEmpty() ? null : afgerond.stream().mapToInt(s -> werkdagen.applyAsInt(s.gezetOp(), s.afgerondOp())).average().orElse(0),
                    afgerond.isEmpty() ? null : afgerond.stream()
                            .mapToDouble(s -> Duration.between(s.gezetOp(), s.afgerondOp()).toMinutes() / (24.0 * 60)).average().orElse(0)));
        });
        return new Leerverslag(van, tot, rijen);
    }
}
