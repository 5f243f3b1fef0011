package nl.jeugdlink.notificatie.notificatie.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Summaries that arrived before the family's contact did - the two come on different streams, in
 * either order - kept sealed until the contact is there. One write parks one summary, so a crash
 * loses none.
 */
public interface GeparkeerdeVerslagen {

    /**
     * @param geparkeerdOp when it was parked here - the term of waiting counts from then, not from when it
     *     was shared, so that a consumer catching up after a long outage does not give up at once
     * @return false when the summary of this event was already parked (the same event delivered again)
     */
    boolean parkeer(String eventId, GedeeldVerslag verslag, Instant geparkeerdOp);

    /** What waits for the contacts of these referrals (a consumer's poll of them, in one read): per referral that has any, oldest first. */
    Map<String, List<Geparkeerd>> voorAanmeldingen(Collection<String> aanmeldingIds);

    /** What was parked here before {@code grens}, oldest first, at most {@code max}. */
    List<Geparkeerd> geparkeerdVoor(Instant grens, int max);

    /** How many wait, and since when the oldest. */
    Stand stand();

    /** The summary was written to the family (or recorded as undeliverable): it waits no longer. */
    void verwijder(String eventId);

    record Geparkeerd(String eventId, GedeeldVerslag verslag) {
    }

    record Stand(long aantal, @Nullable Instant oudste) {
    }
}
