package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Bericht;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost.Brief;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost.Brief.Variant;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeGezinspost.Geparkeerd;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a message reaches a family: one message of an event to each parent whose address the intake shared
 * with consent (the family's contact of the referral). Each message's id follows from event and parent, so a second
 * delivery of the event sends nothing twice. A letter whose family's contact has not arrived yet (it comes on the
 * referral's stream, the letter's event on another, in either order) is parked - its values encrypted - and written
 * when the contact comes ({@link #contactGedeeld}); one that waited longer than the term is given up as undeliverable
 * ({@link #geefOpNa}). A contact that arrived without addresses or consent means one undeliverable line at once: the
 * delivery log shows the family was not told by mail.
 */
public class Gezinspost {

    private static final Logger log = LoggerFactory.getLogger(Gezinspost.class);
    /** The recipient of a parent's own letter that reached no address: numbered when more than one parent has none. */
    static final String OUDER_ZONDER_ADRES = "ouder-zonder-adres";
    static final String GEEN_ADRES_VAN_DEZE_OUDER = "geen bruikbaar e-mailadres van deze ouder bekend; de persoonlijke link gaat naar niemand anders";
    static final String GEEN_KOPPELING = "de persoonlijke varianten van dit bericht noemen geen ouder; op volgorde gekoppeld kon een ouder andermans link krijgen";

    private final Gezinscontacten gezinscontacten;
    private final GeparkeerdeGezinspost parkeerplaats;
    private final Sjablonen sjablonen;
    private final Clock clock;
    private final Vastlegging vastlegging;
    private final Counter geparkeerd;

    public Gezinspost(Notificaties notificaties, Gezinscontacten gezinscontacten, GeparkeerdeGezinspost parkeerplaats, Sjablonen sjablonen, Clock clock,
            Consumer<Notificatie> nieuw, MeterRegistry meters) {
        this.gezinscontacten = gezinscontacten;
        this.parkeerplaats = parkeerplaats;
        this.sjablonen = sjablonen;
        this.clock = clock;
        this.vastlegging = new Vastlegging(notificaties, nieuw);
        this.geparkeerd = Counter.builder("jeugdlink.notificaties.gezinspost.geparkeerd")
                .description("Letters to a family parked until the family's contact arrives (the summaries are counted apart)").register(meters);
    }

    /** Whether the family of this referral can be mailed now. */
    boolean bereikbaar(String aanmeldingId) {
        return gezinscontacten.vind(aanmeldingId).map(c -> !c.adressen().isEmpty()).orElse(false);
    }

    /** Whether the family's contact of this referral has not arrived yet: a letter now is parked, not given up. */
    boolean wachtOpContact(String aanmeldingId) {
        return gezinscontacten.vind(aanmeldingId).isEmpty();
    }

    /**
     * @param onbestelbaar why it cannot go whatever the address, or null
     * @param voorvoegsel put before each recipient's id, so that a second letter of the same event to the same
     *        parent is a message of its own
     * @return whether anything new was recorded or parked
     */
    boolean aanGezin(String eventId, Sjabloon sjabloon, Betreft betreft, Map<String, String> waarden, @Nullable String onbestelbaar,
            String voorvoegsel) {
        return aanOuders(eventId, sjabloon, betreft, List.of(new Variant(null, waarden)), onbestelbaar, voorvoegsel);
    }

    /**
     * A letter whose text differs per parent (each their own personal link): the variant naming a parent by
     * {@code ouderId} goes to the address naming the same parent, and to no other; the one variant naming no parent goes to
     * every parent without their own. A parent's variant whose parent has no usable address is recorded as undeliverable;
     * an address without a variant gets none (both logged by count, never by address or id).
     */
    boolean aanOuders(String eventId, Sjabloon sjabloon, Betreft betreft, List<Variant> perOuder, @Nullable String onbestelbaar,
            String voorvoegsel) {
        if (onbestelbaar != null) {
            return onbestelbaar(eventId, sjabloon, betreft, voorvoegsel, onbestelbaar);
        }
        Brief brief = new Brief(eventId, sjabloon.naam(), voorvoegsel, betreft, perOuder);
        Optional<Gezinscontact> contact = gezinscontacten.vind(betreft.aanmeldingId());
        if (contact.isPresent()) {
            return schrijf(brief, contact.get());
        }
        boolean nieuw = parkeerplaats.parkeer(brief, clock.instant());
        if (nieuw) {
            geparkeerd.increment();
            log.info("{} of event {} parked: the family's contact for referral {} has not arrived yet", sjabloon.naam(), eventId, betreft.aanmeldingId());
        }
        // The contact may have arrived in between, its consumer looking for parked letters before this one was there.
        Optional<Gezinscontact> alsnog = gezinscontacten.vind(betreft.aanmeldingId());
        if (alsnog.isPresent()) {
            nieuw |= schrijf(brief, alsnog.get());
            parkeerplaats.verwijder(brief);
        }
        return nieuw;
    }

    /**
     * The families' contacts of a consumer's poll arrived (and are kept): the letters that waited for them (one read) are
     * written. A referral whose contact comes twice in one poll: the first writes what waited, as one event at a time would have.
     *
     * @return per contact, by position, whether anything new was recorded
     */
    public List<Boolean> contactenGedeeld(List<Gezinscontact> contacten) {
        List<Boolean> nieuw = new ArrayList<>(Collections.nCopies(contacten.size(), Boolean.FALSE));
        Map<String, List<Geparkeerd>> wachtend = new HashMap<>(parkeerplaats.voorAanmeldingen(contacten.stream().map(Gezinscontact::aanmeldingId).distinct().toList()));
        for (int i = 0; i < contacten.size(); i++) {
            Gezinscontact contact = contacten.get(i);
            for (Geparkeerd g : wachtend.getOrDefault(contact.aanmeldingId(), List.of())) {
                nieuw.set(i, schrijf(g.brief(), contact) | nieuw.get(i));
                parkeerplaats.verwijder(g.brief());
            }
            wachtend.remove(contact.aanmeldingId());
        }
        return nieuw;
    }

    /**
     * Letters that waited longer than {@code termijn} for the family's contact will not get one: each is recorded as
     * undeliverable (the casus's delivery log shows the family was not told) and its values are removed.
     *
     * @return how many were given up
     */
    public int geefOpNa(Duration termijn) {
        Instant grens = clock.instant().minus(termijn);
        int opgegeven = 0;
        for (List<Geparkeerd> ronde; !(ronde = parkeerplaats.geparkeerdVoor(grens, 100)).isEmpty(); ) {
            for (Geparkeerd g : ronde) {
                Brief b = g.brief();
                // The contact may have come in just now, its consumer not yet at this letter: then it is written after all.
                Optional<Gezinscontact> contact = gezinscontacten.vind(b.betreft().aanmeldingId());
                if (contact.isPresent()) {
                    schrijf(b, contact.get());
                } else {
                    onbestelbaar(b.eventId(), sjablonen.get(b.sjabloon()), b.betreft(), b.voorvoegsel(),
                            "geen contactgegevens van het gezin ontvangen binnen " + termijn.toDays() + " dagen nadat het bericht hier binnenkwam");
                    opgegeven++;
                }
                parkeerplaats.verwijder(b);
            }
        }
        return opgegeven;
    }

    /** How many letters wait, and since when the oldest. */
    nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen.Stand stand() {
        return parkeerplaats.stand();
    }

    private boolean schrijf(Brief brief, Gezinscontact contact) {
        Sjabloon sjabloon = sjablonen.get(brief.sjabloon());
        if (contact.adressen().isEmpty() || brief.perOuder().isEmpty()) {
            return onbestelbaar(brief.eventId(), sjabloon, brief.betreft(), brief.voorvoegsel(), Notificatie.GEEN_ADRES_VAN_GEZIN);
        }
        List<Gezinscontact.Adres> adressen = contact.adressen();
        List<String> ontvangers = SharingVerslagMetGezin.ontvangers(adressen);
        Koppeling koppeling = Koppeling.van(brief.perOuder());
        List<Notificatie> berichten = new ArrayList<>();
        Set<Variant> bezorgd = new HashSet<>();
        for (int i = 0; i < ontvangers.size(); i++) {
            Variant variant = koppeling.voor(adressen.get(i));
            if (variant == null) {
                continue;
            }
            bezorgd.add(variant);
            berichten.add(Notificatie.nieuw(brief.eventId(), sjabloon.naam(), new Ontvanger(Ontvanger.GEZIN, brief.voorvoegsel() + ontvangers.get(i)),
                    adressen.get(i).email(), brief.betreft(), sjabloon.vul(variant.waarden()), clock.instant()));
        }
        int verzonden = berichten.size();
        // A parent's own variant whose parent has no address here (none given, or one this service cannot mail to) goes to
        // nobody else: the delivery log shows that this parent was not told, by a line without text or id of the parent.
        List<Variant> zonderAdres = koppeling.eigen().stream().filter(v -> !bezorgd.contains(v)).toList();
        for (int k = 0; k < zonderAdres.size(); k++) {
            berichten.add(Notificatie.onbestelbaar(brief.eventId(), sjabloon.naam(),
                    new Ontvanger(Ontvanger.GEZIN, brief.voorvoegsel() + OUDER_ZONDER_ADRES + (k == 0 ? "" : "-" + (k + 1))), brief.betreft(),
                    new Bericht(sjabloon.onderwerp(), ""), clock.instant(), GEEN_ADRES_VAN_DEZE_OUDER));
        }
        if (!zonderAdres.isEmpty() || koppeling.ongekoppeld() > 0 || verzonden < ontvangers.size()) {
            log.warn("{} of event {}: {} personal variant(s) for {} address(es) of referral {}; {} parent(s) without an address, {} address(es) without"
                    + " their own variant, {} variant(s) naming no parent not paired", sjabloon.naam(), brief.eventId(), brief.perOuder().size(),
                    ontvangers.size(), brief.betreft().aanmeldingId(), zonderAdres.size(), ontvangers.size() - verzonden, koppeling.ongekoppeld());
        }
        if (berichten.isEmpty()) {
            return onbestelbaar(brief.eventId(), sjabloon, brief.betreft(), brief.voorvoegsel(), GEEN_KOPPELING);
        }
        return vastlegging.neemOp(berichten);
    }

    /**
     * Which variant goes to which address: a parent's own (naming them by {@code ouderId}) only to the address naming the
     * same parent - never by position, for an address this service left out would hand the next parent another's link.
     * The one variant naming no parent (a letter for all, the parents' shared link of a casus of before) goes to each
     * address without their own. Several naming no parent cannot be paired safely and go to nobody.
     */
    private record Koppeling(Map<String, Variant> perOuderId, List<Variant> eigen, @Nullable Variant gedeeld, int ongekoppeld) {

        static Koppeling van(List<Variant> varianten) {
            Map<String, Variant> perOuderId = new LinkedHashMap<>();
            List<Variant> eigen = new ArrayList<>();
            List<Variant> zonderOuder = new ArrayList<>();
            for (Variant v : varianten) {
                if (v.ouderId() == null) {
                    zonderOuder.add(v);
                } else if (perOuderId.putIfAbsent(v.ouderId(), v) == null) {
                    eigen.add(v);
                }
            }
            Variant gedeeld = zonderOuder.size() == 1 ? zonderOuder.getFirst() : null;
            return new Koppeling(perOuderId, eigen, gedeeld, gedeeld == null ? zonderOuder.size() : 0);
        }

        @Nullable Variant voor(Gezinscontact.Adres adres) {
            Variant eigen = adres.ouderId() == null ? null : perOuderId.get(adres.ouderId());
            return eigen != null ? eigen : gedeeld;
        }
    }

    /** Recorded without text: a message nobody will get needs no copy of it. */
    private boolean onbestelbaar(String eventId, Sjabloon sjabloon, Betreft betreft, String voorvoegsel, String reden) {
        log.info("{} for the family of referral {} recorded as undeliverable: {}", sjabloon.naam(), betreft.aanmeldingId(), reden);
        return vastlegging.neemOp(List.of(Notificatie.onbestelbaar(eventId, sjabloon.naam(),
                new Ontvanger(Ontvanger.GEZIN, voorvoegsel + SharingVerslagMetGezin.GEZIN_ZONDER_ADRES), betreft, new Bericht(sjabloon.onderwerp(), ""),
                clock.instant(), reden)));
    }
}
