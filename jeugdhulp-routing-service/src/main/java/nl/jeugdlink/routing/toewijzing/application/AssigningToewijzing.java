package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsnummers;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzingsopdracht;

/**
 * The back office assigns care of a casus to a care provider (JW301). The ToewijzingNummer is drawn
 * from the municipality's counter first, then the toewijzing and its event are written with the casus
 * in one write: no transaction spans the two. A rule that fails after the draw, or a crash in
 * between, leaves a gap in the numbers, never a duplicate; a retry after a concurrent write to the
 * same casus keeps the number it drew.
 */
public class AssigningToewijzing {

    private final Casussen casussen;
    private final Toewijzingsnummers nummers;
    private final Clock clock;

    public AssigningToewijzing(Casussen casussen, Toewijzingsnummers nummers, Clock clock) {
        this.casussen = casussen;
        this.nummers = nummers;
        this.clock = clock;
    }

    /** The casus's municipality, for the authorisation check before anything is drawn or written. */
    public String gemeenteVan(String casusId) {
        return casussen.find(casusId).map(Casus::gemeenteCode).orElseThrow(() -> new CasusOnbekend(casusId));
    }

    public Toewijzingen.InCasus wijsToe(String casusId, Toewijzingsopdracht opdracht, String door) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        // Refuse a stacked product before a number is spent on it.
        casus.controleer(opdracht);
        long nummer = nummers.volgende(casus.gemeenteCode());
        String toewijzingId = UUID.randomUUID().toString();
        AtomicReference<Toewijzing> toegewezen = new AtomicReference<>();
        Casus opgeslagen = casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.Toegewezen event = actueel.wijsToe(opdracht, toewijzingId, nummer, clock.instant(), door);
            toegewezen.set(event.toewijzing());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        return new Toewijzingen.InCasus(toegewezen.get(), opgeslagen.casusId(), opgeslagen.aanmeldingId(), opgeslagen.gemeenteCode());
    }
}
