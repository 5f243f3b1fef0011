package nl.jeugdlink.routing.ijw.application;

import java.util.List;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.BerichtIdentificatie;
import nl.jeugdlink.routing.ijw.xml.IjwElementen.Header;
import nl.jeugdlink.routing.ijw.xml.Jw319;
import java.time.Clock;
import java.util.Optional;
import nl.jeugdlink.routing.ijw.domain.Antwoord;
import nl.jeugdlink.routing.ijw.domain.Antwoorden;
import nl.jeugdlink.routing.ijw.domain.Berichtnummers;
import nl.jeugdlink.routing.ijw.domain.Verzoek;
import nl.jeugdlink.routing.ijw.domain.VerzoekEvent;
import nl.jeugdlink.routing.ijw.domain.Verzoeken;
import org.jspecify.annotations.Nullable;

/**
 * The back office answers one requested product of a JW315 with a JW319: rejected with a WJ759 reason
 * (8 woonplaatsbeginsel naming the responsible municipality, TR377/TR409), or "in onderzoek" once
 * (TR360/TR365) and later a final answer; never twice final. When every product of the request has its
 * final answer, the request is no longer open: the TR374 key is freed for the client's next request.
 */
public class BeantwoordenVerzoek {

    private static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BeantwoordenVerzoek.class);

    /** A request with its id, found by a provider's reference. */
    public record Gevonden(String verzoekId, Verzoek verzoek) {
    }

    private final Verzoeken verzoeken;
    private final Antwoorden antwoorden;
    private final Berichtnummers nummers;
    private final Clock clock;
    private final Verzending verzending;

    public BeantwoordenVerzoek(Verzoeken verzoeken, Antwoorden antwoorden, Berichtnummers nummers, Clock clock, Verzending verzending) {
        this.verzending = verzending;
        this.verzoeken = verzoeken;
        this.antwoorden = antwoorden;
        this.nummers = nummers;
        this.clock = clock;
    }

    /** The accepted request holding the provider's reference, by two reads by _id. */
    public Optional<Gevonden> verzoek(String aanbieder, String referentieAanbieder) {
        return verzoeken.verzoekMet(aanbieder, referentieAanbieder).flatMap(id -> verzoeken.find(id).map(v -> new Gevonden(id, v)));
    }

    /** The municipality's requested products without a final answer (CBS code of 4 digits). */
    public java.util.List<Verzoeken.OpenProduct> open(String gemeente) {
        return verzoeken.openVoor(gemeente);
    }

    public Optional<Antwoord> antwoord(String aanbieder, String referentieAanbieder) {
        return antwoorden.find(aanbieder, referentieAanbieder);
    }

    public Antwoord beantwoord(Gevonden gevonden, String referentieAanbieder, Antwoord.Soort soort, @Nullable String reden,
            @Nullable String woonplaatsGemeente, String door) {
        controleer(soort, reden, woonplaatsGemeente);
        if (soort == Antwoord.Soort.TOEGEWEZEN) {
            throw new Antwoord.Geweigerd(400, "verzoekAntwoord", "WJ760", "Een toewijzing gaat als JW301: POST .../verzoeken/{referentieAanbieder}/toewijzing.");
        }
        Verzoek verzoek = gevonden.verzoek();
        Optional<Antwoord> eerder = nogOpen(gevonden, referentieAanbieder);
        if (eerder.isPresent() && soort == Antwoord.Soort.IN_ONDERZOEK) {
            throw new Antwoord.Geweigerd(409, "verzoekAntwoord", "TR360", "Dit product is al in onderzoek; nu volgt een toewijzing of een afwijzing.");
        }
        String identificatie = Long.toString(nummers.volgende(verzoek.gemeente(), "488"));
        Antwoord antwoord = leg(gevonden, referentieAanbieder, new Antwoord(soort, reden, woonplaatsGemeente, "A" + identificatie, clock.instant(), door));
        // The JW319 was made due with the answer; a final answer after "in onderzoek" is a new message under the same reference.
        verstuurTeVersturen(gevonden.verzoekId());
        return antwoord;
    }

    /**
     * Sends the JW319s the request's answers made due (ADR 0047), each as its answer stands.
     *
     * @return false when the transport failed: they stay due, for the provider's fetch or the next start; the answer stands either way
     */
    public boolean verstuurTeVersturen(String verzoekId) {
        Antwoorden.Verschuldigd verschuldigd = antwoorden.teVersturen(verzoekId);
        if (verschuldigd.markeringen().isEmpty()) {
            return true;
        }
        try {
            verzoeken.find(verzoekId).ifPresent(verzoek -> verschuldigd.referenties().forEach(referentie -> antwoorden.find(verzoek.aanbieder(), referentie)
                    .filter(a -> a.soort() != Antwoord.Soort.TOEGEWEZEN)
                    .ifPresent(a -> verzending.verstuur(verzoek.aanbieder(), Jw319.BERICHTCODE, jw319(verzoek, referentie, a), List.of(referentie)))));
        } catch (RuntimeException e) {
            log.warn("JW319 van verzoek {} niet verstuurd, blijft verschuldigd: {}", verzoekId, e.toString());
            return false;
        }
        antwoorden.verstuurd(verzoekId, verschuldigd.markeringen());
        return true;
    }

    /** What stayed due after a crash or a failed transport, sent once at start ({@link Nazending}). */
    public int verstuurAlleTeVersturen() {
        return Nazending.veeg("JW319", antwoorden::metTeVersturen, this::verstuurTeVersturen);
    }

    /**
     * The JW319 of every answered product of this request, handed to the transport as when it was answered (the one-time back-fill of
     * ADR 0046's mailbox): a toewijzing answers with its JW301 instead, an unanswered product has none yet.
     */
    public void verstuurGegeven(String verzoekId) {
        verzoeken.find(verzoekId).ifPresent(verzoek -> verzoek.producten().forEach(p -> antwoorden.find(verzoek.aanbieder(), p.referentieAanbieder())
                .filter(a -> a.soort() != Antwoord.Soort.TOEGEWEZEN)
                .ifPresent(a -> verzending.verstuur(verzoek.aanbieder(), Jw319.BERICHTCODE, jw319(verzoek, p.referentieAanbieder(), a),
                        List.of(p.referentieAanbieder())))));
    }

    private static Jw319 jw319(Verzoek verzoek, String referentieAanbieder, Antwoord antwoord) {
        return new Jw319(Header.van(Jw319.BERICHTCODE, verzoek.gemeente(), verzoek.aanbieder(),
                new BerichtIdentificatie(antwoord.identificatie(), antwoord.gegevenOp().atZone(NEDERLAND).toLocalDate())),
                new Jw319.Client(verzoek.bsn(), new Jw319.Antwoord(referentieAanbieder, antwoord.soort().code(), antwoord.reden(),
                        antwoord.woonplaatsGemeente() == null ? null : new Jw319.Woonplaatsbeginsel(antwoord.woonplaatsGemeente()))));
    }

    /**
     * The product still waits for a final answer (else {@code 409 AL_BEANTWOORD}); checked before a toewijzing spends a number on it.
     *
     * @return its "in onderzoek" answer, if it had one
     */
    public Optional<Antwoord> nogOpen(Gevonden gevonden, String referentieAanbieder) {
        Optional<Antwoord> eerder = antwoorden.find(gevonden.verzoek().aanbieder(), referentieAanbieder);
        if (eerder.isPresent() && eerder.get().isDefinitief()) {
            throw new Antwoord.Geweigerd(409, "referentieAanbieder", "AL_BEANTWOORD", "Dit product is al definitief beantwoord; een tweede antwoord kan niet.");
        }
        return eerder;
    }

    /** Records that the product was honoured by the toewijzing whose JW301 carries {@code jw301Identificatie}: it leaves the open list. */
    public Antwoord toegewezen(Gevonden gevonden, String referentieAanbieder, String jw301Identificatie, Antwoord.Toewijzing toewijzing, String door) {
        return leg(gevonden, referentieAanbieder, new Antwoord(Antwoord.Soort.TOEGEWEZEN, null, null, jw301Identificatie, clock.instant(), door,
                toewijzing));
    }

    private Antwoord leg(Gevonden gevonden, String referentieAanbieder, Antwoord antwoord) {
        Verzoek verzoek = gevonden.verzoek();
        if (!antwoorden.bewaar(new VerzoekEvent.Beantwoord(gevonden.verzoekId(), verzoek, referentieAanbieder, antwoord))) {
            throw new Antwoord.Geweigerd(409, "referentieAanbieder", "AL_BEANTWOORD", "Dit product is tegelijk al beantwoord.");
        }
        if (antwoord.isDefinitief()) {
            verzoeken.productBeantwoord(verzoek.gemeente(), verzoek.aanbieder(), referentieAanbieder);
        }
        if (verzoek.producten().stream().allMatch(p -> antwoorden.find(verzoek.aanbieder(), p.referentieAanbieder())
                .map(Antwoord::isDefinitief).orElse(false))) {
            verzoeken.geefOpenVerzoekVrij(verzoek.aanbieder(), verzoek.bsn(), gevonden.verzoekId());
        }
        return antwoord;
    }

    private static void controleer(Antwoord.Soort soort, @Nullable String reden, @Nullable String woonplaatsGemeente) {
        if (soort == Antwoord.Soort.AFGEWEZEN && (reden == null || !Antwoord.REDENEN.contains(reden))) {
            throw new Antwoord.Geweigerd(400, "redenAfwijzingVerzoek", "WJ759", "Een afwijzing noemt een reden uit WJ759 (1 tot en met 9).");
        }
        if (soort == Antwoord.Soort.IN_ONDERZOEK && reden != null) {
            throw new Antwoord.Geweigerd(400, "redenAfwijzingVerzoek", "WJ760", "Bij 'in onderzoek' hoort geen reden van afwijzing.");
        }
        boolean woonplaats = Antwoord.WOONPLAATSBEGINSEL.equals(reden);
        if (woonplaats != (woonplaatsGemeente != null)) {
            throw new Antwoord.Geweigerd(400, "woonplaatsbeginselGemeente", "TR377", "De verantwoordelijke gemeente wordt genoemd precies bij reden 8 "
                    + "(woonplaatsbeginsel).");
        }
        if (woonplaatsGemeente != null && !woonplaatsGemeente.matches("[0-9]{4}")) {
            throw new Antwoord.Geweigerd(400, "woonplaatsbeginselGemeente", "RS035", "Een CBS-gemeentecode van 4 cijfers.");
        }
    }
}
