package nl.jeugdlink.notificatie.notificatie.application;

import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.StartoverlegGepland;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;

/**
 * The family is invited to the startoverleg that the screening's mails promise (seed 000 §6.2: a first talk of the
 * family with the professionals who will help): each parent whose address the intake shared with consent (ADR 0011)
 * hears the day and time, nothing else - no names, no ids. The address comes from the family's contact of the
 * referral ({@link Gezinspost}).
 */
public class MailingGezinVoorStartoverleg {

    private final Gezinspost post;
    private final Sjabloon sjabloon;

    public MailingGezinVoorStartoverleg(Gezinspost post, Sjablonen sjablonen) {
        this.post = post;
        this.sjabloon = sjablonen.get(Sjablonen.STARTOVERLEG_GEZIN);
    }

    /** @return whether anything new was recorded */
    public boolean gepland(String eventId, StartoverlegGepland e) {
        return post.aanGezin(eventId, sjabloon, new Betreft(e.aanmeldingId(), null, e.gemeenteCode()),
                Map.of("moment", Omschrijvingen.moment(e.geplandOp())), null, "");
    }
}
