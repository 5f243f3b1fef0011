package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.jeugdlink.jbt.verzoek.domain.Tafel;
import nl.jeugdlink.jbt.verzoek.domain.Tafelagenda;
import nl.jeugdlink.jbt.verzoek.domain.Tafelmoment;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import org.jspecify.annotations.Nullable;

/**
 * The chair sets one moment of a table: its capacity and, when given, its time of day. A new time of day moves every talk
 * planned in it (each keeps its place, so it begins at the new {@code aanvang} plus its place times the length of a talk), and
 * each moved request records the move with its event in one write (the outbox), which invites everyone again (ADR 0036).
 * The moment first, then each request: no transaction spans them, so the requests are brought to the moment's times rather
 * than told the difference - a request already at its time is left alone, and setting the moment again after a stop in between
 * moves the talks left behind, nobody invited twice.
 */
public class InstellenTafelmoment {

    /** The moment as set, and the requests whose talk moved (by id, in the moment's order). */
    public record Uitkomst(Tafelmoment moment, List<String> verplaatst) {

        public Uitkomst {
            verplaatst = List.copyOf(verplaatst);
        }
    }

    private final Tafelagenda agenda;
    private final Verzoeken verzoeken;
    private final Clock clock;

    public InstellenTafelmoment(Tafelagenda agenda, Verzoeken verzoeken, Clock clock) {
        this.agenda = agenda;
        this.verzoeken = verzoeken;
        this.clock = clock;
    }

    /** @param aanvang the moment's new time of day; null keeps it (only the capacity changes, nobody moves) */
    public Uitkomst stelIn(Tafel tafel, LocalDate datum, int capaciteit, @Nullable LocalTime aanvang, String voorzitterId) {
        Tafelmoment moment = agenda.stelIn(tafel, datum, capaciteit, aanvang);
        if (aanvang == null) {
            return new Uitkomst(moment, List.of());
        }
        Instant nu = clock.instant();
        List<String> verplaatst = new ArrayList<>();
        for (String verzoekId : moment.verzoekIds()) {
            LocalTime tijdstip = moment.tijdstipVan(verzoekId).orElseThrow();
            LocalTime einde = moment.eindeVan(verzoekId).orElseThrow();
            AtomicBoolean bewogen = new AtomicBoolean();
            verzoeken.wijzig(verzoekId, v -> {
                var events = v.verplaats(tafel.naam(), datum, moment.aanvang(), tijdstip, einde, voorzitterId, nu);
                // Set on every run: after a lost race the change runs again on the fresh copy, and that run decides.
                bewogen.set(!events.isEmpty());
                return events;
            });
            if (bewogen.get()) {
                verplaatst.add(verzoekId);
            }
        }
        return new Uitkomst(moment, verplaatst);
    }
}
