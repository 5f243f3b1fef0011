package nl.jeugdlink.notificatie.notificatie.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Bericht;
import nl.jeugdlink.notificatie.notificatie.domain.GedeeldVerslag;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen.Geparkeerd;
import nl.jeugdlink.notificatie.notificatie.domain.GeparkeerdeVerslagen;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.notificatie.notificatie.domain.Ontzegeling;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The family gets the written summary of each conversation by e-mail (seed 000:189, ADR 0011). The
 * intake hands over the family's addresses once, sealed; the case-service seals each summary. The
 * two come on different streams, in either order: a summary whose contact is not here yet is parked,
 * still sealed, and written when the contact arrives. Each parent with an address gets one message,
 * its id following from event and parent, so a second delivery sends nothing twice. Without an
 * address or consent the message is recorded as undeliverable, so the delivery log shows that the
 * family could not be told. Logs name ids only, never an address or a word of the summary.
 */
public class SharingVerslagMetGezin {

    private static final Logger log = LoggerFactory.getLogger(SharingVerslagMetGezin.class);

    /** The recipient id of the message recorded when the family has no address: there is no parent to name. */
    static final String GEZIN_ZONDER_ADRES = "gezin";

    private enum Uitkomst { VERSTUURD, ONBESTELBAAR, GEPARKEERD }

    private final Notificaties notificaties;
    private final Gezinscontacten gezinscontacten;
    private final GeparkeerdeVerslagen parkeerplaats;
    private final Ontzegeling ontzegeling;
    private final Sjabloon sjabloon;
    private final Clock clock;
    private final Vastlegging vastlegging;
    private final Map<Uitkomst, Counter> tellers = new HashMap<>();

    /** @param nieuw told of each newly recorded message (to send it, or count it as undeliverable) */
    public SharingVerslagMetGezin(Notificaties notificaties, Gezinscontacten gezinscontacten, GeparkeerdeVerslagen parkeerplaats, Ontzegeling ontzegeling,
            Sjablonen sjablonen, Clock clock, Consumer<Notificatie> nieuw, MeterRegistry meters) {
        this.notificaties = notificaties;
        this.gezinscontacten = gezinscontacten;
        this.parkeerplaats = parkeerplaats;
        this.ontzegeling = ontzegeling;
        this.sjabloon = sjablonen.get(Sjablonen.VERSLAG_VOOR_GEZIN);
        this.clock = clock;
        this.vastlegging = new Vastlegging(notificaties, nieuw);
        for (Uitkomst uitkomst : Uitkomst.values()) {
            tellers.put(uitkomst, Counter.builder("jeugdlink.notificaties.gezinsverslagen")
                    .description("Summaries shared with a family: recorded to be sent to its addresses (verstuurd), recorded as undeliverable"
                            + " for want of an address or consent (onbestelbaar), or parked until the family's contact arrives (geparkeerd)")
                    .tag("uitkomst", uitkomst.name().toLowerCase(Locale.ROOT))
                    .register(meters));
        }
    }

    /** A summary's casus is known to come from another referral than the event says: writing it would reach another family. */
    public static final class AndereAanmelding extends RuntimeException {
        AndereAanmelding(String reden) {
            super(reden);
        }
    }

    /**
     * The families' contacts of a consumer's poll arrived: they are kept (one bulk write), and the summaries that waited
     * for them (one read) are written. A referral whose contact comes twice in one poll: the first writes what waited, as
     * one event at a time would have.
     *
     * @return per contact, by position, whether anything new was kept or recorded
     */
    public List<Boolean> contactenGedeeld(List<Gezinscontact> contacten) {
        List<Boolean> nieuw = new ArrayList<>(gezinscontacten.legVastAlle(contacten));
        Map<String, List<Geparkeerd>> wachtend = new HashMap<>(parkeerplaats.voorAanmeldingen(contacten.stream().map(Gezinscontact::aanmeldingId).distinct().toList()));
        for (int i = 0; i < contacten.size(); i++) {
            Gezinscontact contact = contacten.get(i);
            for (Geparkeerd geparkeerd : wachtend.getOrDefault(contact.aanmeldingId(), List.of())) {
                nieuw.set(i, schrijfGeparkeerd(geparkeerd, contact) | nieuw.get(i));
            }
            wachtend.remove(contact.aanmeldingId());
        }
        return nieuw;
    }

    /**
     * A summary was shared with the family. It is opened first, so that one that does not open is
     * refused whole, before anything is recorded or parked.
     *
     * @return whether anything new was recorded or parked
     * @throws Ontzegeling.Onleesbaar when it does not open
     * @throws AndereAanmelding when its casus came from another referral than it says
     */
    public boolean verslagGedeeld(String eventId, GedeeldVerslag verslag) {
        Optional<String> bekend = notificaties.aanmeldingVan(verslag.casusId());
        if (bekend.isPresent() && !bekend.get().equals(verslag.aanmeldingId())) {
            throw new AndereAanmelding("casus " + verslag.casusId() + " came from referral " + bekend.get() + ", not " + verslag.aanmeldingId());
        }
        String samenvatting = ontzegeling.samenvatting(verslag);
        notificaties.koppelCasus(verslag.casusId(), verslag.aanmeldingId());
        Optional<Gezinscontact> contact = gezinscontacten.vind(verslag.aanmeldingId());
        if (contact.isPresent()) {
            return schrijf(eventId, verslag, samenvatting, contact.get());
        }
        boolean geparkeerd = parkeerplaats.parkeer(eventId, verslag, clock.instant());
        if (geparkeerd) {
            tellers.get(Uitkomst.GEPARKEERD).increment();
            log.info("summary of event {} parked: the family's contact for referral {} has not arrived yet", eventId, verslag.aanmeldingId());
        }
        // The contact may have arrived in between, its consumer looking for parked summaries before this one was there.
        Optional<Gezinscontact> alsnog = gezinscontacten.vind(verslag.aanmeldingId());
        if (alsnog.isPresent()) {
            geparkeerd |= schrijf(eventId, verslag, samenvatting, alsnog.get());
            parkeerplaats.verwijder(eventId);
        }
        return geparkeerd;
    }

    /**
     * Summaries that waited longer than {@code termijn} for the family's contact will not get one (a
     * referral accepted before contacts were shared, or an event lost upstream): each is recorded as
     * undeliverable, so the casus's delivery log shows that the family was not told and the regisseur
     * can hand the summary over another way, and its sealed text is removed - it is not kept for a
     * mail that will never go.
     *
     * @return how many were given up
     */
    public int geefOpNa(Duration termijn) {
        Instant grens = clock.instant().minus(termijn);
        int opgegeven = 0;
        for (List<Geparkeerd> ronde; !(ronde = parkeerplaats.geparkeerdVoor(grens, 100)).isEmpty(); ) {
            for (Geparkeerd geparkeerd : ronde) {
                // The contact may have come in just now, its consumer not yet at this summary: then it is written after all.
                Optional<Gezinscontact> contact = gezinscontacten.vind(geparkeerd.verslag().aanmeldingId());
                if (contact.isPresent()) {
                    schrijfGeparkeerd(geparkeerd, contact.get());
                    continue;
                }
                onbestelbaar(geparkeerd.eventId(), geparkeerd.verslag(),
                        "geen contactgegevens van het gezin ontvangen binnen " + termijn.toDays() + " dagen nadat het verslag hier binnenkwam");
                parkeerplaats.verwijder(geparkeerd.eventId());
                opgegeven++;
            }
        }
        return opgegeven;
    }

    private boolean schrijfGeparkeerd(Geparkeerd geparkeerd, Gezinscontact contact) {
        boolean nieuw;
        try {
            nieuw = schrijf(geparkeerd.eventId(), geparkeerd.verslag(), ontzegeling.samenvatting(geparkeerd.verslag()), contact);
        } catch (Ontzegeling.Onleesbaar e) {
            // It opened when it arrived, so the key it was sealed with has gone since. The log shows the family was not told.
            log.warn("parked summary of event {} no longer opens ({}): recorded as undeliverable", geparkeerd.eventId(), e.getMessage());
            nieuw = onbestelbaar(geparkeerd.eventId(), geparkeerd.verslag(), "het verslag kon niet meer worden geopend");
        }
        parkeerplaats.verwijder(geparkeerd.eventId());
        return nieuw;
    }

    private boolean schrijf(String eventId, GedeeldVerslag verslag, String samenvatting, Gezinscontact contact) {
        if (contact.adressen().isEmpty()) {
            return onbestelbaar(eventId, verslag, Notificatie.GEEN_ADRES_VAN_GEZIN);
        }
        Bericht bericht = sjabloon.vul(Map.of(
                "datum", Omschrijvingen.datum(verslag.gehoudenOp()),
                "gesprek", Omschrijvingen.gesprek(verslag.soort()),
                "samenvatting", samenvatting.strip()));
        List<Notificatie> berichten = new ArrayList<>();
        List<String> ontvangers = ontvangers(contact.adressen());
        for (int i = 0; i < ontvangers.size(); i++) {
            berichten.add(Notificatie.nieuw(eventId, sjabloon.naam(), new Ontvanger(Ontvanger.GEZIN, ontvangers.get(i)), contact.adressen().get(i).email(),
                    betreft(verslag), bericht, clock.instant()));
        }
        boolean nieuw = vastlegging.neemOp(berichten);
        if (nieuw) {
            tellers.get(Uitkomst.VERSTUURD).increment();
        }
        return nieuw;
    }

    /** Recorded without text: a message nobody will get needs no copy of the summary. */
    private boolean onbestelbaar(String eventId, GedeeldVerslag verslag, String reden) {
        boolean nieuw = vastlegging.neemOp(List.of(Notificatie.onbestelbaar(eventId, sjabloon.naam(), new Ontvanger(Ontvanger.GEZIN, GEZIN_ZONDER_ADRES),
                betreft(verslag), new Bericht(sjabloon.onderwerp(), ""), clock.instant(), reden)));
        if (nieuw) {
            tellers.get(Uitkomst.ONBESTELBAAR).increment();
            log.info("summary of event {} recorded as undeliverable for referral {}: {}", eventId, verslag.aanmeldingId(), reden);
        }
        return nieuw;
    }

    private static Betreft betreft(GedeeldVerslag verslag) {
        return new Betreft(verslag.aanmeldingId(), verslag.casusId(), verslag.gemeenteCode());
    }

    /**
     * Each parent by relation ({@code biologische-moeder}), numbered when two share one ({@code pleegouder-2}):
     * the log tells who got it without naming anyone, and the id stays the same on a second delivery.
     */
    static List<String> ontvangers(List<Gezinscontact.Adres> adressen) {
        Map<String, Integer> gezien = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Gezinscontact.Adres adres : adressen) {
            String relatie = adres.relatie().toLowerCase(Locale.ROOT).replace('_', '-');
            int keer = gezien.merge(relatie, 1, Integer::sum);
            ids.add(keer == 1 ? relatie : relatie + "-" + keer);
        }
        return ids;
    }
}
