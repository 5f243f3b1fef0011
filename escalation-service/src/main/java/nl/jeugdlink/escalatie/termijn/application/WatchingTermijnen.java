package nl.jeugdlink.escalatie.termijn.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;

/**
 * The sweep: finds the trajecten whose open deadline has passed (from the due-index, read by day,
 * so its cost follows the deadlines due and not those open) and marks them overschreden, each with
 * its TermijnOverschreden in the same write. Runs on a schedule, at startup (whatever passed while the service was down) and right
 * after the clock was moved. Counting what still runs, for the gauges, is a separate step.
 */
public class WatchingTermijnen {

    /** A bound on one sweep; what is left waits for the next one. */
    static final int HOOGSTENS = 10_000;
    /** The trajecten one write of the sweep takes together. */
    static final int PER_SCHRIJFRONDE = 500;

    private final Trajecten trajecten;
    private final Termijnklok klok;
    private final Clock clock;
    private final Metingen metingen;

    public WatchingTermijnen(Trajecten trajecten, Termijnklok klok, Clock clock, Metingen metingen) {
        this.trajecten = trajecten;
        this.klok = klok;
        this.clock = clock;
        this.metingen = metingen;
    }

    /** @return how many deadlines this sweep found overschreden */
    public int bewaak() {
        Instant nu = clock.instant();
        Trajecten.Ronde ronde = trajecten.verstreken(nu, HOOGSTENS);
        List<String> due = ronde.trajecten();
        int overschreden = 0;
        // Written together, a part at a time: a traject at a time cost seven store round trips per breach (a sweep of 1,000
        // due took 1.1 s in the bench, docs/performance.md); a part bounds what one write holds.
        for (int van = 0; van < due.size(); van += PER_SCHRIJFRONDE) {
            List<Trajecten.BestaandeOpdracht> deel = due.subList(van, Math.min(due.size(), van + PER_SCHRIJFRONDE)).stream()
                    .map(id -> new Trajecten.BestaandeOpdracht(id, traject -> traject.bewaak(nu, klok))).toList();
            for (Optional<List<TermijnEvent>> uitkomst : trajecten.wijzigAlleBestaand(deel)) {
                List<TermijnEvent> events = uitkomst.orElse(List.of());
                metingen.vastgelegd(events);
                overschreden += events.size();
            }
        }
        // Only after every traject of the round was written: a failure above leaves the index as it was, for the next sweep.
        trajecten.afgerond(ronde);
        return overschreden;
    }

    /**
     * Counts the deadlines still running for the gauges. An aggregation over every traject, so it runs
     * on its own, slower schedule rather than after every sweep (a scan of the collection on a store
     * without secondary indexes).
     */
    public void tel() {
        metingen.lopend(trajecten.lopend());
    }
}
