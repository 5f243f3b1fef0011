package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bepaling jeugdhulp intended in a casus, on one of the two routes (seed 002, Bouwsteen 5): "zo vroeg als mogelijk, in ieder geval
 * wanneer sprake is van een voorgenomen bepaling jeugdhulp" the youth protector consults the local team (and on route 315 a provider).
 * Step 1's term runs from {@code voorgenomenOp}; the consultation recorded as it happens ({@link Raadpleging}) meets it, and so does
 * the bepaling that names this intention.
 *
 * @param gi the youth protector who intends it and its GI; null when the local team records it
 * @param raadpleging step 1's consultation, once recorded; null before
 */
public record Voornemen(String voornemenId, Aanmeldroute route, LocalDate voorgenomenOp, Instant vastgelegdOp, String vastgelegdDoor,
        Bepaling.@Nullable Gi gi, @Nullable Raadpleging raadpleging) {

    public Voornemen(String voornemenId, Aanmeldroute route, LocalDate voorgenomenOp, Instant vastgelegdOp, String vastgelegdDoor,
            Bepaling.@Nullable Gi gi) {
        this(voornemenId, route, voorgenomenOp, vastgelegdOp, vastgelegdDoor, gi, null);
    }

    /**
     * Step 1 as it happened: the day the local team was consulted (route 315: with the provider, by its AGB code), recorded when it
     * took place rather than when the bepaling is written - a bepaling written days later must not make a timely step 1 late.
     *
     * @param agbCode the provider consulted; route 315 only
     * @param notitie a short note; free text about a child, so it stays in the routing and is never published
     * @param gi the youth protector who recorded it; null when the local team did
     */
    public record Raadpleging(LocalDate geraadpleegdOp, @Nullable String agbCode, @Nullable String notitie, Instant vastgelegdOp,
            String vastgelegdDoor, Bepaling.@Nullable Gi gi) {
    }

    public Voornemen geraadpleegd(Raadpleging raadpleging) {
        return new Voornemen(voornemenId, route, voorgenomenOp, vastgelegdOp, vastgelegdDoor, gi, raadpleging);
    }

    /** The GI whose team leader a late step 1 concerns: the intending youth protector's, else the one who recorded the consultation. */
    public Bepaling.@Nullable Gi verantwoordelijkeGi() {
        if (gi != null) {
            return gi;
        }
        return raadpleging == null ? null : raadpleging.gi();
    }
}
