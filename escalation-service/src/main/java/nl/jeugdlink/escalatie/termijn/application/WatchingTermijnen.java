package nl.jeugdlink.escalatie.termijn.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
        int overschreden = 0;
        for (String aanmeldingId : ronde.trajecten()) {
            List<TermijnEvent> events = trajecten.wijzigBestaand(aanmeldingId, traject -> traject.bewaak(nu, klok)).orElse(List.of());
            metingen.vastgelegd(events);
            overschreden += events.size();
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
