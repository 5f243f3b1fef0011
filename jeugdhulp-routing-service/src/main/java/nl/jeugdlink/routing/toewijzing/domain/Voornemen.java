package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bepaling jeugdhulp intended in a casus, on one of the two routes (seed 002, Bouwsteen 5): "zo vroeg als mogelijk, in ieder geval
 * wanneer sprake is van een voorgenomen bepaling jeugdhulp" the youth protector consults the local team (and on route 315 a provider).
 * Step 1's term runs from {@code voorgenomenOp}; the bepaling that names this intention meets it.
 *
 * @param gi the youth protector who intends it and its GI; null when the local team records it
 */
public record Voornemen(String voornemenId, Aanmeldroute route, LocalDate voorgenomenOp, Instant vastgelegdOp, String vastgelegdDoor,
        Bepaling.@Nullable Gi gi) {
}
