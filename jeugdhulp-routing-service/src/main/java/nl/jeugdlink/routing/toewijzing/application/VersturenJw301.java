package nl.jeugdlink.routing.toewijzing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import nl.jeugdlink.routing.ijw.application.Nazending;
import nl.jeugdlink.routing.ijw.application.Verzending;
import nl.jeugdlink.routing.ijw.xml.IjwElementen;
import nl.jeugdlink.routing.ijw.xml.Jw301;
import nl.jeugdlink.routing.toewijzing.domain.Casus;
import nl.jeugdlink.routing.toewijzing.domain.CasusOnbekend;
import nl.jeugdlink.routing.toewijzing.domain.Casussen;
import nl.jeugdlink.routing.toewijzing.domain.Client;
import nl.jeugdlink.routing.toewijzing.domain.Clientgegevens;
import nl.jeugdlink.routing.toewijzing.domain.Toewijzing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a toewijzing's JW301 when it is due (ADR 0046): after the toewijzing, its change or its correction was written, or - when the
 * municipality had not given the client yet - when it does. What is due is written with the casus, in the write that makes it due
 * ({@link Casussen#teVersturen}, ADR 0047), and is no longer due once the transport has it: a crash or a failed transport in between
 * leaves it due, and the provider's fetch or the sweep at start sends it then ({@link #verstuurTeVersturen}). The message is made
 * from the casus as it stands then and never again: a later toewijzing to the same provider is its own message, it does not change
 * one already sent. It is the current message of every
 * toewijzing it leads (OP087: a toewijzing an aanpassing or correctie ended is in the message of the one that continues it), so the
 * provider fetches it under each of their ids.
 */
public class VersturenJw301 {

    private static final Logger log = LoggerFactory.getLogger(VersturenJw301.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Casussen casussen;
    private final Clientgegevens clienten;
    private final Verzending verzending;
    private final Clock clock;

    public VersturenJw301(Casussen casussen, Clientgegevens clienten, Verzending verzending, Clock clock) {
        this.casussen = casussen;
        this.clienten = clienten;
        this.verzending = verzending;
        this.clock = clock;
    }

    /**
     * Sends the JW301s the casus's writes made due, as the casus stands now: each message once, though a change makes both the toewijzing
     * it ends and its successor due (one message, OP087). While the casus has no client they are held back: giving it makes them due
     * again ({@link #maakWachtendeVerschuldigd}).
     *
     * @return false when the transport failed: the JW301s stay due, for the provider's fetch or the next start; the write they belong
     *     to stands either way
     */
    public boolean verstuurTeVersturen(String casusId) {
        Optional<Casussen.Verschuldigd> verschuldigd = casussen.teVersturen(casusId);
        if (verschuldigd.isEmpty() || verschuldigd.get().markeringen().isEmpty()) {
            return true;
        }
        Casus casus = verschuldigd.get().casus();
        try {
            clienten.find(casusId).ifPresent(client -> {
                LocalDate vandaag = LocalDate.now(clock.withZone(NEDERLAND));
                verschuldigd.get().toewijzingIds().stream().map(id -> casus.inEenBericht(id, vandaag).getFirst().toewijzingId()).distinct()
                        .forEach(eerst -> verstuur(casus, eerst, client));
            });
        } catch (RuntimeException e) {
            log.warn("JW301 van casus {} niet verstuurd, blijft verschuldigd: {}", casusId, e.toString());
            return false;
        }
        casussen.verstuurd(casusId, verschuldigd.get().markeringen());
        return true;
    }

    /**
     * The client is about to be given for the first time: every toewijzing's JW301 held back for it is made due first, so that a crash
     * after the client was stored still sends them. Then {@link #verstuurTeVersturen} sends them, as the casus stands.
     */
    public void maakWachtendeVerschuldigd(String casusId) {
        List<String> wachtend = wachtende(casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId)));
        if (!wachtend.isEmpty()) {
            casussen.maakVerschuldigd(casusId, wachtend);
        }
    }

    /** What stayed due after a crash or a failed transport, sent once at start ({@link Nazending}). */
    public int verstuurAlleTeVersturen() {
        return Nazending.veeg("JW301", casussen::metTeVersturen, this::verstuurTeVersturen);
    }

    /**
     * The one-time back-fill of the mailbox (ADR 0046): every current toewijzing's JW301 as the casus stands, handed to the transport
     * given ({@code ApiPostvak.alleenOntbrekend()}, which keeps what was sent).
     */
    public void verstuurWachtende(String casusId, Client client) {
        Casus casus = casussen.find(casusId).orElseThrow(() -> new CasusOnbekend(casusId));
        wachtende(casus).forEach(id -> verstuur(casus, id, client));
    }

    /** The toewijzingen whose JW301 a client makes sendable: each one not ended by an aanpassing or correctie (its successor's is). */
    private static List<String> wachtende(Casus casus) {
        return casus.toewijzingen().stream().filter(t -> t.wijziging() == null || t.wijziging().vervangenDoor() == null)
                .map(Toewijzing::toewijzingId).toList();
    }

    private void verstuur(Casus casus, String toewijzingId, Client client) {
        LocalDate vandaag = LocalDate.now(clock.withZone(NEDERLAND));
        List<Toewijzing> inBericht = casus.inEenBericht(toewijzingId, vandaag);
        String eerst = inBericht.getFirst().toewijzingId();
        // Every toewijzing whose message this is: the one that leads it and those it continues.
        List<String> kenmerken = casus.toewijzingen().stream()
                .filter(t -> t.toewijzingId().equals(eerst) || casus.inEenBericht(t.toewijzingId(), vandaag).getFirst().toewijzingId().equals(eerst))
                .map(Toewijzing::toewijzingId).toList();
        Toewijzing t = inBericht.getFirst();
        verzending.verstuur(t.agbCode(), Jw301.BERICHTCODE, jw301(casus.gemeenteCode(), inBericht, client), kenmerken);
    }

    /**
     * The JW301 with every current toewijzing of the client at this provider (OP087): the leading one first, under its
     * identification; the others with their own number, dates and RedenWijziging. The provider's ReferentieAanbieder only on the
     * first message of the toewijzing that honoured its request (TR379).
     */
    static Jw301 jw301(String casusGemeente, List<Toewijzing> inBericht, Client c) {
        Toewijzing t = inBericht.getFirst();
        LocalDateTime op = LocalDateTime.ofInstant(t.toegewezenOp(), NEDERLAND).truncatedTo(ChronoUnit.SECONDS);
        // The Afzender is the municipality that assigned it: under the woonplaatsbeginsel possibly another than the casus's.
        String toewijzend = t.gemeente(casusGemeente);
        String gemeente = toewijzend.startsWith("GM") ? toewijzend.substring(2) : toewijzend;
        // A changed toewijzing is a new message under the same number: T<number>W<change>, dated the change (TR056).
        var w = t.wijziging();
        var header = IjwElementen.Header.van(Jw301.BERICHTCODE, gemeente, t.agbCode(), w == null
                ? new IjwElementen.BerichtIdentificatie(t.jw301Identificatie(), op.toLocalDate())
                : new IjwElementen.BerichtIdentificatie(t.jw301Identificatie(), w.gewijzigdOp().atZone(NEDERLAND).toLocalDate()));
        List<Jw301.ToegewezenProduct> producten = inBericht.stream()
                .map(x -> product(x, x.toewijzingId().equals(t.toewijzingId()) && x.wijziging() == null ? x.referentieAanbieder() : null)).toList();
        return new Jw301(header, new Jw301.Client(c.bsn(), new IjwElementen.Geboortedatum(c.geboortedatum(), null), c.geslacht(),
                new IjwElementen.VolledigeNaam(new IjwElementen.Geslachtsnaam(c.achternaam(), c.voorvoegsel()), c.voornamen(), c.voorletters()), null,
                new Jw301.ToegewezenProducten(producten)));
    }

    private static Jw301.ToegewezenProduct product(Toewijzing t, @Nullable String referentieAanbieder) {
        LocalDateTime op = LocalDateTime.ofInstant(t.toegewezenOp(), NEDERLAND).truncatedTo(ChronoUnit.SECONDS);
        var w = t.wijziging();
        return new Jw301.ToegewezenProduct(t.toewijzingNummer(), referentieAanbieder,
                t.product() == null ? null : new IjwElementen.Product(t.product().categorie(), t.product().code()), op.toLocalDate(), op.toLocalTime(),
                t.ingangsdatum(), t.einddatum(), w == null ? null : w.redenWijziging(),
                t.omvang() == null ? null : new IjwElementen.Omvang(t.omvang().volume(), t.omvang().eenheid().code(), t.omvang().frequentie().code()),
                t.budget(), null);
    }
}
