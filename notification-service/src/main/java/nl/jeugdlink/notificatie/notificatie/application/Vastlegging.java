package nl.jeugdlink.notificatie.notificatie.application;

import java.util.ArrayList;
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
        return neemOpPerAanleiding(List.of(berichten)).getFirst();
    }

    /**
     * The messages of several events (a consumer's poll) in one write, in their order.
     *
     * @return per event, by position, whether anything new was recorded for it
     */
    List<Boolean> neemOpPerAanleiding(List<List<Notificatie>> perAanleiding) {
        List<Notificatie> alle = perAanleiding.stream().flatMap(List::stream).toList();
        List<Boolean> nieuwe = alle.isEmpty() ? List.of() : notificaties.addAll(alle);
        List<Boolean> uitkomsten = new ArrayList<>(perAanleiding.size());
        int i = 0;
        for (List<Notificatie> berichten : perAanleiding) {
            boolean iets = false;
            for (Notificatie bericht : berichten) {
                if (nieuwe.get(i++)) {
                    iets = true;
                    nieuw.accept(bericht);
                }
            }
            uitkomsten.add(iets);
        }
        return uitkomsten;
    }
}
