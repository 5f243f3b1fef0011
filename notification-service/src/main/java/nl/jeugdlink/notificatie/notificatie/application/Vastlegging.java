package nl.jeugdlink.notificatie.notificatie.application;

import java.util.List;
import java.util.function.Consumer;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie;
import nl.jeugdlink.notificatie.notificatie.domain.Notificaties;

/** Records the messages of one event and hands each new one on; the ones already there (the event delivered again) are skipped. */
final class Vastlegging {

    private final Notificaties notificaties;
    private final Consumer<Notificatie> nieuw;

    Vastlegging(Notificaties notificaties, Consumer<Notificatie> nieuw) {
        this.notificaties = notificaties;
        this.nieuw = nieuw;
    }

    /** @return whether anything new was recorded */
    boolean neemOp(List<Notificatie> berichten) {
        boolean iets = false;
        for (Notificatie bericht : berichten) {
            if (notificaties.add(bericht)) {
                iets = true;
                nieuw.accept(bericht);
            }
        }
        return iets;
    }
}
