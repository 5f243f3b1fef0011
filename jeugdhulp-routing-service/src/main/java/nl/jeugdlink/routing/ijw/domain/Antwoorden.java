package nl.jeugdlink.routing.ijw.domain;

import java.util.Optional;

/** The answers per requested product, each under the key of its provider and ReferentieAanbieder (unique per provider, TR347). */
public interface Antwoorden {

    Optional<Antwoord> find(String aanbieder, String referentieAanbieder);

    /**
     * Stores the answer when the product has none, or replaces an "in onderzoek", with its event in the same write.
     *
     * @return false when another answer won the race (nothing stored)
     */
    boolean bewaar(VerzoekEvent.Beantwoord beantwoord);

    /**
     * The JW319s a request's answers made due and that were not sent yet (ADR 0047): an answer other than a toewijzing makes its JW319
     * due in the write that stores it.
     *
     * @param referenties the ReferentieAanbieder of each product whose JW319 is due
     * @param markeringen what marks them due: what {@link #verstuurd} removes once they are sent
     */
    record Verschuldigd(java.util.Set<String> referenties, java.util.List<String> markeringen) {
    }

    /** What is due for the request, read by {@code _id}; nothing for an unknown request. */
    Verschuldigd teVersturen(String verzoekId);

    /** The markings read by {@link #teVersturen} were sent: removed; one a later answer added stays. */
    void verstuurd(String verzoekId, java.util.List<String> markeringen);

    /** Requests with a JW319 still due (a crash after the answer, a failed transport), at most {@code max}: the sweep at start. */
    java.util.List<String> metTeVersturen(int max);
}
