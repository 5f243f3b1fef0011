package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Metingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import nl.jeugdlink.routing.toewijzing.domain.Zoektocht;

/**
 * Step 5 after a decline: the back office or the youth protector records that the case went to the provider network or the
 * Regionaal Expertteam; the search and its ZoektochtIngeschakeld are written with the casus in one write. Who may is decided before.
 */
public class EngagingZoektocht {

    private final Casussen casussen;
    private final Metingen metingen;
    private final Clock clock;

    public EngagingZoektocht(Casussen casussen, Metingen metingen, Clock clock) {
        this.casussen = casussen;
        this.metingen = metingen;
        this.clock = clock;
    }

    public Toewijzing schakelIn(String casusId, String toewijzingId, Zoektocht.Route route, String door) {
        Zoektocht zoektocht = new Zoektocht(route, clock.instant(), door);
        AtomicReference<Toewijzing> ingeschakeld = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.ZoektochtIngeschakeld event = actueel.schakelIn(toewijzingId, zoektocht);
            ingeschakeld.set(event.afgewezen());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        metingen.zoektochtIngeschakeld(route);
        return ingeschakeld.get();
    }
}
