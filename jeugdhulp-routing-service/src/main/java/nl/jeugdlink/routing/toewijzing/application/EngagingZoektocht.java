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
 * Steps 5 and 6 after a decline: the back office or the youth protector records that the case went to the provider network or the
 * Regionaal Expertteam and what the RET concluded; the GI team leader records the escalation to the region's contact person. Each
 * step and its event (ZoektochtIngeschakeld, RetBesproken, ZoektochtOpgeschaald) are written with the casus in one write. Who may is
 * decided before.
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

    /** Step 5B: the RET's discussion and its outcome. */
    public Toewijzing bespreek(String casusId, String toewijzingId, Zoektocht.Uitkomst uitkomst, String door) {
        Zoektocht.Bespreking bespreking = new Zoektocht.Bespreking(uitkomst, clock.instant(), door);
        AtomicReference<Toewijzing> besproken = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.RetBesproken event = actueel.bespreek(toewijzingId, bespreking);
            besproken.set(event.afgewezen());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        metingen.retBesproken(uitkomst);
        return besproken.get();
    }

    /** Step 6: the escalation to the region's contact person, or on to the administrators. */
    public Toewijzing schaalOp(String casusId, String toewijzingId, boolean bestuurlijk, String door) {
        java.time.Instant op = clock.instant();
        AtomicReference<Toewijzing> opgeschaald = new AtomicReference<>();
        AtomicReference<java.time.Instant> afgewezenOp = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.ZoektochtOpgeschaald event = actueel.schaalOp(toewijzingId, bestuurlijk, op, door);
            opgeschaald.set(event.afgewezen());
            afgewezenOp.set(java.util.Objects.requireNonNull(event.afgewezen().afwijzing()).afgewezenOp());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        metingen.zoektochtOpgeschaald(bestuurlijk, java.time.Duration.between(afgewezenOp.get(), op));
        return opgeschaald.get();
    }
}
