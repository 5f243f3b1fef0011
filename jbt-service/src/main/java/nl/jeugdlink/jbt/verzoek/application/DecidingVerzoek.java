package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import nl.jeugdlink.jbt.verzoek.domain.Besluit;
import nl.jeugdlink.jbt.verzoek.domain.Betrokkenheden;
import nl.jeugdlink.jbt.verzoek.domain.Inzagebeleid;
import nl.jeugdlink.jbt.verzoek.domain.Medewerker;
import nl.jeugdlink.jbt.verzoek.domain.Tafelevaluatie;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekOnbekend;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import org.jspecify.annotations.Nullable;

/**
 * The chair's work on a filed request: return it for missing information, or record the table's
 * decision. Whether the chair may is decided inside the change, on the copy it loaded (ADR 0017);
 * that only the chair does these is the endpoint's role check.
 */
public class DecidingVerzoek {

    /** The changed request and the events the change published. */
    public record Resultaat(Verzoek verzoek, List<VerzoekEvent> events) {
    }

    private final Verzoeken verzoeken;
    private final Betrokkenheden betrokkenheden;
    private final Clock clock;

    public DecidingVerzoek(Verzoeken verzoeken, Betrokkenheden betrokkenheden, Clock clock) {
        this.verzoeken = verzoeken;
        this.betrokkenheden = betrokkenheden;
        this.clock = clock;
    }

    /**
     * Assigns the raadsmedewerker for the Raad's independent test; refused with the reason when they were
     * involved with the family before. The assignment makes them involved from now on.
     */
    public Resultaat wijsRaadsmedewerkerAan(String verzoekId, String raadsmedewerkerId, Medewerker voorzitter) {
        Resultaat resultaat = wijzig(verzoekId, voorzitter, (verzoek, nu) -> verzoek.wijsRaadsmedewerkerAan(raadsmedewerkerId,
                betrokkenheden.betrokken(raadsmedewerkerId, verzoek.casusId()), voorzitter.id(), nu));
        betrokkenheden.legVast(raadsmedewerkerId, resultaat.verzoek().casusId());
        return resultaat;
    }

    /** The chair records that someone was involved with the family of the request's casus before (say, from the Raad's records). */
    public void legBetrokkenheidVast(String verzoekId, String medewerkerId, Medewerker voorzitter) {
        Verzoek verzoek = verzoeken.find(verzoekId).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        Inzagebeleid.eisInzage(verzoek, voorzitter);
        betrokkenheden.legVast(medewerkerId, verzoek.casusId());
    }

    public Resultaat stuurTerug(String verzoekId, String reden, Medewerker voorzitter) {
        return wijzig(verzoekId, voorzitter, (verzoek, nu) -> verzoek.stuurTerug(reden, voorzitter.id(), nu));
    }

    public Resultaat neemBesluit(String verzoekId, Besluit.Uitkomst uitkomst, String route, String hulp, String veiligheidsafspraken,
            Besluit.Besluitvorming besluitvorming, @Nullable LocalDate evaluatieMoment, Medewerker voorzitter) {
        return wijzig(verzoekId, voorzitter, (verzoek, nu) -> verzoek.neemBesluit(
                new Besluit(uitkomst, route, hulp, veiligheidsafspraken, besluitvorming, evaluatieMoment, voorzitter.id(), nu),
                LocalDate.ofInstant(nu, FilingVerzoek.NEDERLAND)));
    }

    /** The table's evaluation of its decision, once; it meets the deadline of the evaluation moment. */
    public Resultaat legEvaluatieVast(String verzoekId, Tafelevaluatie.@Nullable Vorm vorm, Tafelevaluatie.@Nullable Nakoming nakoming,
            Tafelevaluatie.@Nullable Vervolg vervolg, String bevindingen, Medewerker voorzitter) {
        return wijzig(verzoekId, voorzitter, (verzoek, nu) -> verzoek.legEvaluatieVast(vorm, nakoming, vervolg, bevindingen, voorzitter.id(), nu));
    }

    private Resultaat wijzig(String verzoekId, Medewerker door, BiFunction<Verzoek, Instant, List<VerzoekEvent>> commando) {
        // A retry after a concurrent write runs the command again; only the last run's events count.
        AtomicReference<List<VerzoekEvent>> laatste = new AtomicReference<>(List.of());
        Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
            Inzagebeleid.eisInzage(v, door);
            laatste.set(commando.apply(v, clock.instant()));
            return laatste.get();
        }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        return new Resultaat(verzoek, laatste.get());
    }
}
