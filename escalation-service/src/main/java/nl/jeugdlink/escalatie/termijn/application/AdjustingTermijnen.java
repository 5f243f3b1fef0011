package nl.jeugdlink.escalatie.termijn.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.jeugdlink.escalatie.termijn.domain.OnbekendeTermijn;
import nl.jeugdlink.escalatie.termijn.domain.Termijn;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Termijnklok;
import nl.jeugdlink.escalatie.termijn.domain.Traject;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import org.jspecify.annotations.Nullable;

/**
 * Suspending (opschorting), resuming and extending (verlenging) deadlines by hand, each with its
 * reason: one deadline by its id, or every one of a casus. Written like every other change: with
 * its events, under the optimistic lock.
 */
public class AdjustingTermijnen {

    /** Which deadlines: one by id, or all of a casus. */
    public sealed interface Welke {
        record Termijn(String termijnId) implements Welke {
        }

        record VanCasus(String casusId) implements Welke {
        }
    }

    private final Trajecten trajecten;
    private final Termijnklok klok;
    private final Clock clock;
    private final Metingen metingen;

    public AdjustingTermijnen(Trajecten trajecten, Termijnklok klok, Clock clock, Metingen metingen) {
        this.trajecten = trajecten;
        this.klok = klok;
        this.clock = clock;
        this.metingen = metingen;
    }

    /** @return the deadlines as they now stand; throws {@link OnbekendeTermijn} (404) or {@link Termijn.OngeldigeOvergang} (409) */
    public List<Trajecten.TermijnVanTraject> schortOp(Welke welke, String door, String reden) {
        return bijstellen(welke, traject -> traject.schortOp(id(welke), clock.instant(), door, reden));
    }

    public List<Trajecten.TermijnVanTraject> hervat(Welke welke, String door, String reden) {
        return bijstellen(welke, traject -> traject.hervat(id(welke), clock.instant(), door, reden, klok));
    }

    public List<Trajecten.TermijnVanTraject> verleng(String termijnId, int werkdagen, String door, String reden) {
        return bijstellen(new Welke.Termijn(termijnId), traject -> traject.verleng(termijnId, werkdagen, clock.instant(), door, reden, klok));
    }

    /** The municipality of the traject these deadlines belong to, for the access check before any change. */
    public Optional<String> gemeenteVan(Welke welke) {
        return laad(welke).map(geladen -> geladen.traject().gemeenteCode());
    }

    private List<Trajecten.TermijnVanTraject> bijstellen(Welke welke, Function<Traject, List<TermijnEvent>> wijziging) {
        String aanmeldingId = laad(welke).orElseThrow(() -> onbekend(welke)).traject().aanmeldingId();
        List<TermijnEvent> events = trajecten.wijzigBestaand(aanmeldingId, wijziging).orElseThrow(() -> onbekend(welke));
        metingen.vastgelegd(events);
        return events.stream()
                .map(e -> new Trajecten.TermijnVanTraject(e.aanmeldingId(), e.casusId(), e.gemeenteCode(), e.termijn())).toList();
    }

    private Optional<Trajecten.Geladen> laad(Welke welke) {
        return switch (welke) {
            case Welke.Termijn t -> trajecten.vindMetTermijn(t.termijnId());
            case Welke.VanCasus c -> trajecten.vindMetCasus(c.casusId());
        };
    }

    private static @Nullable String id(Welke welke) {
        return welke instanceof Welke.Termijn t ? t.termijnId() : null;
    }

    private static RuntimeException onbekend(Welke welke) {
        return new OnbekendeTermijn(switch (welke) {
            case Welke.Termijn t -> t.termijnId();
            case Welke.VanCasus c -> "van casus " + c.casusId();
        });
    }
}
