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
}
