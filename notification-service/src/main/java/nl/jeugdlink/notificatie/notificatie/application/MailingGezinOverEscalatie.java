package nl.jeugdlink.notificatie.notificatie.application;

import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.application.Aanleiding.GezinGeinformeerdOverEscalatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import nl.jeugdlink.notificatie.notificatie.domain.Omschrijvingen;
import nl.jeugdlink.notificatie.notificatie.domain.Sjabloon;

/**
 * The family hears in plain Dutch that the professionals escalate (seed 002 Bouwsteen 6): why, in words of
 * the situation, and who will look at it (or did), beforehand or afterwards. Built only from situation, who
 * is at work and the moment - the event carries no names and no free text, and the mail adds none. Each
 * parent with an address gets one message ({@link Gezinspost}); without an address or consent one
 * undeliverable line shows the family was not told by mail.
 */
public class MailingGezinOverEscalatie {

    private final Gezinspost post;
    private final Sjabloon sjabloon;

    public MailingGezinOverEscalatie(Gezinspost post, Sjablonen sjablonen) {
        this.post = post;
        this.sjabloon = sjablonen.get(Sjablonen.ESCALATIE_GEZIN);
    }

    /** @return whether anything new was recorded */
    public boolean geinformeerd(String eventId, GezinGeinformeerdOverEscalatie e) {
        Betreft betreft = new Betreft(e.aanmeldingId(), e.casusId(), e.gemeenteCode());
        return post.aanGezin(eventId, sjabloon, betreft, Map.of(
                "situatie", Omschrijvingen.escalatieSituatie(e.situatie()),
                "stap", Omschrijvingen.escalatieStap(e.aanZet(), e.achteraf())), null, "");
    }
}
