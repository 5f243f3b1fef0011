package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The care of a toewijzing as the provider reports it: started with a JW305 (Begindatum), stopped with
 * a JW307 (Einddatum and a JZ588 reden). Dates as the provider gives them; the times when the routing
 * accepted each message, so that the terms of OP271/OP272 (5 working days) can be judged.
 */
public record Levering(LocalDate begindatum, Instant gestartGemeldOp, @Nullable LocalDate einddatum, @Nullable String redenBeeindiging,
        @Nullable Instant gestoptGemeldOp) {

    public static Levering gestart(LocalDate begindatum, Instant op) {
        return new Levering(begindatum, op, null, null, null);
    }

    Levering gestopt(LocalDate eind, String reden, Instant op) {
        return new Levering(begindatum, gestartGemeldOp, eind, reden, op);
    }

    /** The care started again as before its stop: the stop withdrawn. */
    Levering zonderStop() {
        return new Levering(begindatum, gestartGemeldOp, null, null, null);
    }

    public boolean isGestopt() {
        return einddatum != null;
    }
}
