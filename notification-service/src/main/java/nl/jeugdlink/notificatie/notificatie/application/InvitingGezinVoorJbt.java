package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontact;
import nl.jeugdlink.notificatie.gezinscontact.domain.Gezinscontacten;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.JbtVerzoekGepland;
import nl.jeugdlink.notificatie.notificatie.domain.Bericht;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parents' invitation to the Jeugdbeschermingstafel: when a talk is planned, each parent with
 * custody whose address the intake shared with consent (ADR 0011: who takes part in the family's mail
 * is decided at the intake) hears the day and that they may bring someone they trust. The address
 * comes from the family's contact of the referral the casus came from; without one (no consent, none
 * shared yet) one undeliverable line shows the family was not invited by mail. The message carries no
 * names and nothing of the request; its text is dropped once sent, as for the family's summary.
 */
public class InvitingGezinVoorJbt {

    private static final Logger log = LoggerFactory.getLogger(InvitingGezinVoorJbt.class);

    private final Gezinscontacten gezinscontacten;
    private final Sjabloon sjabloon;
    private final Clock clock;
    private final Vastlegging vastlegging;

    public InvitingGezinVoorJbt(Notificaties notificaties, Gezinscontacten gezinscontacten, Sjablonen sjablonen, Clock clock, Consumer<Notificatie> nieuw) {
        this.gezinscontacten = gezinscontacten;
        this.sjabloon = sjablonen.get(Sjablonen.JBT_UITNODIGING_GEZIN);
        this.clock = clock;
        this.vastlegging = new Vastlegging(notificaties, nieuw);
    }

    /** @return whether anything new was recorded */
    public boolean gepland(String eventId, JbtVerzoekGepland e) {
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        Optional<Gezinscontact> contact = gezinscontacten.vind(e.aanmeldingId());
        if (contact.isEmpty() || contact.get().adressen().isEmpty()) {
            log.info("no address of the family of referral {}: JBT invitation recorded as undeliverable", e.aanmeldingId());
            return vastlegging.neemOp(List.of(Notificatie.onbestelbaar(eventId, sjabloon.naam(),
                    new Ontvanger(Ontvanger.GEZIN, SharingVerslagMetGezin.GEZIN_ZONDER_ADRES), betreft, new Bericht(sjabloon.onderwerp(), ""),
                    clock.instant(), Notificatie.GEEN_ADRES_VAN_GEZIN)));
        }
        Bericht bericht = sjabloon.vul(Map.of("datum", Omschrijvingen.datum(e.datum())));
        List<Gezinscontact.Adres> adressen = contact.get().adressen();
        List<String> ontvangers = SharingVerslagMetGezin.ontvangers(adressen);
        List<Notificatie> berichten = new ArrayList<>();
        for (int i = 0; i < ontvangers.size(); i++) {
            berichten.add(Notificatie.nieuw(eventId, sjabloon.naam(), new Ontvanger(Ontvanger.GEZIN, ontvangers.get(i)), adressen.get(i).email(),
                    betreft, bericht, clock.instant()));
        }
        return vastlegging.neemOp(berichten);
    }
}
