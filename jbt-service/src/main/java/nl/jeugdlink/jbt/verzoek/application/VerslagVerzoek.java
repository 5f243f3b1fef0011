package nl.jeugdlink.jbt.verzoek.application;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import nl.jeugdlink.jbt.verzoek.domain.Evaluatie;
import nl.jeugdlink.jbt.verzoek.domain.Inzagebeleid;
import nl.jeugdlink.jbt.verzoek.domain.Medewerker;
import nl.jeugdlink.jbt.verzoek.domain.Ouderlink;
import nl.jeugdlink.jbt.verzoek.domain.Verslag;
import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekEvent;
import nl.jeugdlink.jbt.verzoek.domain.VerzoekOnbekend;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;

/**
 * The report of the talk: the chair records a version after the decision, and the parents read it
 * and react through their personal link. The link is their only credential, so each use opens it
 * again: sealed by this service, for this request and family, not expired.
 */
public class VerslagVerzoek {

    /** The request with the version just recorded and the sealed link to it for the parents. */
    public record Vastgelegd(Verzoek verzoek, Verslag.Versie versie, String ouderlinkToken, java.time.Instant linkVerlooptOp) {
    }

    /** What the parents' link opens: the version it names and the reactions given so far. */
    public record Inzage(Verzoek verzoek, Ouderlink link, Verslag.Versie versie) {
    }

    private final Verzoeken verzoeken;
    private final Ouderlink.Zegel zegel;
    private final Duration linkGeldig;
    private final Clock clock;

    public VerslagVerzoek(Verzoeken verzoeken, Ouderlink.Zegel zegel, Duration linkGeldig, Clock clock) {
        this.verzoeken = verzoeken;
        this.zegel = zegel;
        this.linkGeldig = linkGeldig;
        this.clock = clock;
    }

    public Vastgelegd legVast(String verzoekId, String tekst, Medewerker voorzitter) {
        AtomicReference<Verslag.Versie> versie = new AtomicReference<>();
        Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
            Inzagebeleid.eisInzage(v, voorzitter);
            var events = v.legVerslagVast(tekst, voorzitter.id(), clock.instant(), linkGeldig);
            versie.set(v.verslag().versies().getLast());
            return events;
        }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        Verslag.Versie v = versie.get();
        return new Vastgelegd(verzoek, v, zegel.verzegel(new Ouderlink(verzoek.id(), verzoek.casusId(), v.nummer(), v.linkVerlooptOp())),
                v.linkVerlooptOp());
    }

    /**
     * A new link to the latest version for the parents, expiring a full term from now: for a link that
     * expired or was lost. Earlier links stay valid until they expire. The report is not changed; the new
     * link is published sealed for the notification-service in the same write, so the parents get it by mail.
     */
    public Vastgelegd nieuweLink(String verzoekId, Medewerker voorzitter) {
        AtomicReference<VerzoekEvent.OuderlinkVernieuwd> vernieuwd = new AtomicReference<>();
        Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
            Inzagebeleid.eisInzage(v, voorzitter);
            var events = v.vernieuwOuderlink(voorzitter.id(), clock.instant(), linkGeldig);
            vernieuwd.set((VerzoekEvent.OuderlinkVernieuwd) events.getFirst());
            return events;
        }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
        var nieuw = vernieuwd.get();
        var link = new Ouderlink(verzoek.id(), verzoek.casusId(), nieuw.versie().nummer(), nieuw.linkVerlooptOp());
        return new Vastgelegd(verzoek, nieuw.versie(), zegel.verzegel(link), link.verlooptOp());
    }

    /** @throws Ouderlink.Geweigerd when the link was changed, has expired or belongs to another report or family */
    public Inzage open(String verzoekId, String token) {
        Ouderlink link = zegel.open(token);
        Verzoek verzoek = verzoeken.find(verzoekId).orElseThrow(() -> new Ouderlink.Geweigerd(Ouderlink.Weigering.ANDER_VERSLAG));
        link.eisGeldigVoor(verzoek, clock.instant());
        return new Inzage(verzoek, link, verzoek.verslag().versie(link.versie()));
    }

    /** Adds a parent's evaluation of the talk; the link is checked again inside the write, as for a reaction. */
    public Evaluatie evalueer(String verzoekId, String token, Evaluatie.@Nullable Antwoord gehoord, Evaluatie.@Nullable Antwoord duidelijk, int cijfer,
            String toelichting) {
        Ouderlink link = zegel.open(token);
        AtomicReference<Evaluatie> gegeven = new AtomicReference<>();
        verzoeken.wijzig(verzoekId, v -> {
            link.eisGeldigVoor(v, clock.instant());
            gegeven.set(v.evalueer(link.versie(), gehoord, duidelijk, cijfer, toelichting, clock.instant()));
            return java.util.List.of();
        }).orElseThrow(() -> new Ouderlink.Geweigerd(Ouderlink.Weigering.ANDER_VERSLAG));
        return gegeven.get();
    }

    /** Adds the requester's reaction to the latest version (need-to-know first, then: only the requester). */
    public Verzoek reageerAlsIndiener(String verzoekId, String tekst, Medewerker medewerker) {
        return verzoeken.wijzig(verzoekId, v -> {
            Inzagebeleid.eisInzage(v, medewerker);
            v.reageerAlsIndiener(medewerker.id(), tekst, clock.instant());
            return java.util.List.<VerzoekEvent>of();
        }).orElseThrow(() -> new VerzoekOnbekend("Geen verzoek met id " + verzoekId));
    }

    /** Adds the parents' reaction to the version their link names; the link is checked again inside the write. */
    public Inzage reageer(String verzoekId, String token, String tekst) {
        Ouderlink link = zegel.open(token);
        Verzoek verzoek = verzoeken.wijzig(verzoekId, v -> {
            link.eisGeldigVoor(v, clock.instant());
            v.reageerOpVerslag(link.versie(), tekst, clock.instant());
            return java.util.List.of();
        }).orElseThrow(() -> new Ouderlink.Geweigerd(Ouderlink.Weigering.ANDER_VERSLAG));
        return new Inzage(verzoek, link, verzoek.verslag().versie(link.versie()));
    }
}
