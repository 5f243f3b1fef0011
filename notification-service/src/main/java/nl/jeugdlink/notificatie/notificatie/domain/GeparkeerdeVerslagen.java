package nl.jeugdlink.notificatie.notificatie.domain;

import java.util.List;

/**
 * Summaries that arrived before the family's contact did - the two come on different streams, in
 * either order - kept sealed until the contact is there. One write parks one summary, so a crash
 * loses none.
 */
public interface GeparkeerdeVerslagen {

    /** @return false when the summary of this event was already parked (the same event delivered again) */
    boolean parkeer(String eventId, GedeeldVerslag verslag);

    /** What waits for the contact of this referral, oldest first. */
    List<Geparkeerd> voorAanmelding(String aanmeldingId);

    /** The summary was written to the family (or recorded as undeliverable): it waits no longer. */
    void verwijder(String eventId);

    record Geparkeerd(String eventId, GedeeldVerslag verslag) {
    }
}
