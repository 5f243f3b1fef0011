package nl.jeugdlink.notificatie.notificatie.application;

import java.time.Clock;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;
import nl.jeugdlink.notificatie.notificatie.domain.Ontvanger;

/** Tells the referrer that a casus has been opened from the referral. */
public class NotifyingVerwijzer {

    private final Notificaties notificaties;
    private final Clock clock;

    public NotifyingVerwijzer(Notificaties notificaties, Clock clock) {
        this.notificaties = notificaties;
        this.clock = clock;
    }

    /** @return false when the message had already been recorded for this event */
    public boolean casusGeopend(String eventId, String casusId, String gemeenteCode, String verwijzerId) {
        return notificaties.add(Notificatie.casusGeopendVoorVerwijzer(eventId, casusId, gemeenteCode, new Ontvanger("VERWIJZER", verwijzerId), clock.instant()));
    }
}
