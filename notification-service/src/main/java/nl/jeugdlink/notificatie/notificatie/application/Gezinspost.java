package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.domain.Bericht;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one message of an event to each parent whose address the intake shared with consent (the family's
 * contact of the referral); without one, a single undeliverable line shows the family was not told by mail.
 * Each message's id follows from event and parent, so a second delivery of the event sends nothing twice.
 */
public class Gezinspost {

    private static final Logger log = LoggerFactory.getLogger(Gezinspost.class);

    private final Gezinscontacten gezinscontacten;
    private final Clock clock;
    private final Vastlegging vastlegging;

    public Gezinspost(Notificaties notificaties, Gezinscontacten gezinscontacten, Clock clock, Consumer<Notificatie> nieuw) {
        this.gezinscontacten = gezinscontacten;
        this.clock = clock;
        this.vastlegging = new Vastlegging(notificaties, nieuw);
    }

    /** Whether the family of this referral can be mailed at all. */
    boolean bereikbaar(String aanmeldingId) {
        return gezinscontacten.vind(aanmeldingId).map(c -> !c.adressen().isEmpty()).orElse(false);
    }

    /**
     * @param onbestelbaar why it cannot go whatever the address, or null
     * @param voorvoegsel put before each recipient's id, so that a second letter of the same event to the same
     *        parent is a message of its own
     * @return whether anything new was recorded
     */
    boolean aanGezin(String eventId, Sjabloon sjabloon, Betreft betreft, Map<String, String> waarden, @Nullable String onbestelbaar,
            String voorvoegsel) {
        return aanOuders(eventId, sjabloon, betreft, List.of(waarden), onbestelbaar, voorvoegsel);
    }

    /**
     * A letter whose text differs per parent (each their own personal link): parent {@code i} in the order the intake
     * shared the addresses gets {@code perOuder.get(i)}; one variant goes to every parent; a parent without a variant
     * of their own gets none (logged by count, never by address).
     */
    boolean aanOuders(String eventId, Sjabloon sjabloon, Betreft betreft, List<Map<String, String>> perOuder, @Nullable String onbestelbaar,
            String voorvoegsel) {
        Optional<Gezinscontact> contact = gezinscontacten.vind(betreft.aanmeldingId());
        String reden = onbestelbaar != null ? onbestelbaar
                : contact.isEmpty() || contact.get().adressen().isEmpty() || perOuder.isEmpty() ? Notificatie.GEEN_ADRES_VAN_GEZIN : null;
        if (reden != null) {
            log.info("{} for the family of referral {} recorded as undeliverable: {}", sjabloon.naam(), betreft.aanmeldingId(), reden);
            return vastlegging.neemOp(List.of(Notificatie.onbestelbaar(eventId, sjabloon.naam(),
                    new Ontvanger(Ontvanger.GEZIN, voorvoegsel + SharingVerslagMetGezin.GEZIN_ZONDER_ADRES), betreft, new Bericht(sjabloon.onderwerp(), ""),
                    clock.instant(), reden)));
        }
        List<Gezinscontact.Adres> adressen = contact.get().adressen();
        List<String> ontvangers = SharingVerslagMetGezin.ontvangers(adressen);
        List<Notificatie> berichten = new ArrayList<>();
        for (int i = 0; i < ontvangers.size(); i++) {
            Map<String, String> waarden = perOuder.size() == 1 ? perOuder.getFirst() : i < perOuder.size() ? perOuder.get(i) : null;
            if (waarden == null) {
                continue;
            }
            berichten.add(Notificatie.nieuw(eventId, sjabloon.naam(), new Ontvanger(Ontvanger.GEZIN, voorvoegsel + ontvangers.get(i)), adressen.get(i).email(),
                    betreft, sjabloon.vul(waarden), clock.instant()));
        }
        if (perOuder.size() > 1 && perOuder.size() != ontvangers.size()) {
            log.warn("{} of event {}: {} personal variant(s) for {} address(es) of referral {}; paired in order, the rest left out", sjabloon.naam(),
                    eventId, perOuder.size(), ontvangers.size(), betreft.aanmeldingId());
        }
        return vastlegging.neemOp(berichten);
    }
}
