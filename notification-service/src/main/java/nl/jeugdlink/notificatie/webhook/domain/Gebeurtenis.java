package nl.jeugdlink.notificatie.webhook.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event in a provider's own feed: addressed to its AGB code, numbered in the order it arrived
 * (the cursor of the change feed). {@code data} is the producer's payload as it was published;
 * {@code vorigeVanCasus} the number of the provider's previous event of the same casus, if any: a delivery waits behind it.
 */
public record Gebeurtenis(String agbCode, long volgnummer, String id, String soort, String type, String bron, String casusId, Instant tijd,
        String data, @Nullable Long vorigeVanCasus) {
}
