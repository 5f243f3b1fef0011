package nl.jeugdlink.routing.ijw.adapter.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import nl.jeugdlink.routing.ijw.domain.Beoordeling;
import nl.jeugdlink.routing.ijw.domain.Retourcode;

/**
 * What the message API counts: messages per kind and outcome ({@code jeugdlink.routing.ijw.berichten}),
 * retourcodes given ({@code jeugdlink.routing.ijw.retourcodes}, by code and rule), and input refused
 * before it was a message ({@code jeugdlink.routing.ijw.geweigerd}).
 */
public class Metingen {

    private final MeterRegistry meters;

    public Metingen(MeterRegistry meters) {
        this.meters = meters;
    }

    void beoordeeld(String soort, Beoordeling beoordeling) {
        meters.counter("jeugdlink.routing.ijw.berichten", "soort", soort, "uitkomst", beoordeling.isAfgekeurd() ? "afgekeurd" : "geaccepteerd")
                .increment();
        for (Retourcode code : beoordeling.alle()) {
            meters.counter("jeugdlink.routing.ijw.retourcodes", "code", code.code(), "regel", code.regel()).increment();
        }
    }

    void geweigerd(String reden) {
        meters.counter("jeugdlink.routing.ijw.geweigerd", "reden", reden).increment();
    }

    /** A retour received (JW302), per code it carries. */
    void ontvangen(String soort, List<String> codes) {
        for (String code : codes) {
            meters.counter("jeugdlink.routing.ijw.retouren", "soort", soort, "retourcode", code).increment();
        }
    }
}
