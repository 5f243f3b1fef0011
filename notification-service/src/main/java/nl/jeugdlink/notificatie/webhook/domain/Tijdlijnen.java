package nl.jeugdlink.notificatie.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each provider's own feed of what was addressed to it; nothing in it belongs to another provider. */
public interface Tijdlijnen {

    /** The event as it is in the provider's feed, and whether this call put it there (false: received before). */
    record Vastgelegd(Gebeurtenis gebeurtenis, boolean nieuw) {
    }

    /** Puts it in the provider's feed under the next number; the same event id a second time keeps its first number. */
    Vastgelegd legVast(String agbCode, String id, String soort, String type, String bron, String casusId, Instant tijd, String data);

    Optional<Gebeurtenis> vind(String agbCode, long volgnummer);

    /** At most {@code aantal} events after {@code volgnummer}, oldest first. */
    List<Gebeurtenis> na(String agbCode, long volgnummer, int aantal);
}
