package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;

/**
 * The back office withdraws a toewijzing or brings its end forward (an intrekking, iJw 3.3.2): the new einddatum, its reason and the
 * ToewijzingGewijzigd event are written with the casus in one write; the changed JW301 is sent. Who may is decided before.
 */
public class ChangingToewijzing {

    private final Casussen casussen;
    private final Clock clock;
    private final VersturenJw301 versturen;

    public ChangingToewijzing(Casussen casussen, Clock clock, VersturenJw301 versturen) {
        this.versturen = versturen;
        this.casussen = casussen;
        this.clock = clock;
    }

    /** @param instemmingAanbieder the provider consented (OP186: needed for an einddatum in the past) */
    public Toewijzing wijzig(String casusId, String toewijzingId, LocalDate einddatum, String redenWijziging, boolean instemmingAanbieder,
            String door) {
        AtomicReference<Toewijzing> gewijzigd = new AtomicReference<>();
        LocalDate vandaag = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
        var opgeslagen = casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.Gewijzigd event = actueel.wijzig(toewijzingId, einddatum, redenWijziging, vandaag, instemmingAanbieder, clock.instant(), door);
            gewijzigd.set(event.toewijzing());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        // The changed JW301 (T<number>W<change>) is due now; the one sent before stays as it was.
        versturen.verstuurTeVersturen(opgeslagen.casusId());
        return gewijzigd.get();
    }
}
