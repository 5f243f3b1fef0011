package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import nl.jeugdlink.routing.toewijzing.domain.Afwijzing;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Metingen;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import nl.jeugdlink.routing.toewijzing.domain.ToewijzingEvent;
import org.jspecify.annotations.Nullable;

/**
 * The care provider declines a toewijzing addressed to it ("geen tijdige en/of passende hulp"): the
 * decline and its ZorgaanbiederAfwijzing are written with the casus in one write. Whether the asker is
 * that provider is decided before, by {@code Toewijzingsinzage}.
 */
public class DecliningToewijzing {

    private final Casussen casussen;
    private final Metingen metingen;
    private final Clock clock;

    public DecliningToewijzing(Casussen casussen, Metingen metingen, Clock clock) {
        this.casussen = casussen;
        this.metingen = metingen;
        this.clock = clock;
    }

    public Toewijzing wijsAf(String casusId, String toewijzingId, Afwijzing.Grond grond, Afwijzing.Reden reden, @Nullable String toelichting,
            String door) {
        // One id for every run of the change: a retry after a concurrent write declines with the same id.
        Afwijzing afwijzing = new Afwijzing(UUID.randomUUID().toString(), grond, reden, toelichting, clock.instant(), door);
        AtomicReference<Toewijzing> afgewezen = new AtomicReference<>();
        casussen.wijzig(casusId, actueel -> {
            ToewijzingEvent.Afgewezen event = actueel.wijsAf(toewijzingId, afwijzing);
            afgewezen.set(event.toewijzing());
            return List.of(event);
        }).orElseThrow(() -> new CasusOnbekend(casusId));
        metingen.afgewezen(grond, reden);
        return afgewezen.get();
    }
}
