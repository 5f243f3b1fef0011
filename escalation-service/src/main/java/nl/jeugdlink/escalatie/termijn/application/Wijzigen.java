package nl.jeugdlink.escalatie.termijn.application;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdlink.escalatie.termijn.domain.TermijnEvent;
import nl.jeugdlink.escalatie.termijn.domain.Trajecten;
import org.jspecify.annotations.Nullable;

/**
 * Load, change, write with optimistic locking, and on a lost race load and change again. Two
 * instances that both see a deadline pass: one write wins, the other reloads, finds it already
 * overschreden and writes nothing, so the event exists once.
 */
final class Wijzigen {

    static final int POGINGEN = 20;

    private Wijzigen() {
    }

    /** The events written, or null when the inbound event had already been applied. */
    static @Nullable List<TermijnEvent> traject(Trajecten trajecten, Supplier<Trajecten.Geladen> laden, @Nullable String eventId,
            Function<Trajecten.Geladen, List<TermijnEvent>> wijziging, Metingen metingen) {
        for (int poging = 1; poging <= POGINGEN; poging++) {
            Trajecten.Geladen geladen = laden.get();
            if (eventId != null && geladen.heeftVerwerkt(eventId)) {
                return null;
            }
            List<TermijnEvent> events = wijziging.apply(geladen);
            if (trajecten.bewaar(geladen, events, eventId)) {
                metingen.vastgelegd(events);
                return events;
            }
        }
        // Thrown on, so an inbound binding retries with back-off and a sweep tries again on its next round.
        throw new IllegalStateException("traject kept changing under " + POGINGEN + " attempts to write it");
    }
}
