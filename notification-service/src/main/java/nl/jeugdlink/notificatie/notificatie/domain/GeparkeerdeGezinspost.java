package nl.jeugdlink.notificatie.notificatie.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.jeugdlink.notificatie.notificatie.domain.Notificatie.Betreft;
import org.jspecify.annotations.Nullable;

/**
 * Letters to a family whose contact has not arrived yet - it comes on the referral's stream, the letters' events on
 * other streams, in either order - kept until it does (or given up after a term). One write parks one letter, so a
 * crash loses none; a letter's values (a personal link is a bearer secret) are kept encrypted.
 */
public interface GeparkeerdeGezinspost {

    /** @return false when this letter of this event was parked already (the same event delivered again) */
    boolean parkeer(Brief brief, Instant geparkeerdOp);

    /** What waits for the contacts of these referrals (a consumer's poll of them, in one read): per referral that has any, oldest first. */
    Map<String, List<Geparkeerd>> voorAanmeldingen(Collection<String> aanmeldingIds);

    /** What was parked before {@code grens}, oldest first, at most {@code max}. */
    List<Geparkeerd> geparkeerdVoor(Instant grens, int max);

    /** How many wait, and since when the oldest. */
    GeparkeerdeVerslagen.Stand stand();

    /** Written to the family (or recorded as undeliverable): it waits no longer. */
    void verwijder(Brief brief);

    /**
     * One letter of one event to a family, as {@code Gezinspost} writes it once the addresses are known.
     *
     * @param voorvoegsel put before each parent's recipient id (a second letter of the same event: the child's)
     * @param perOuder the template's values: one without a parent for every parent, or one per parent naming them
     */
    record Brief(String eventId, String sjabloon, String voorvoegsel, Betreft betreft, List<Variant> perOuder) {

        public Brief {
            perOuder = List.copyOf(perOuder);
        }

        /**
         * The template's values for one parent, or for all.
         *
         * @param ouderId the parent these values are for (their own personal link), paired with the address that names
         *     the same parent; null: for every parent
         */
        public record Variant(@Nullable String ouderId, Map<String, String> waarden) {

            public Variant {
                waarden = Map.copyOf(waarden);
            }
        }

        /** The letter's own id: the event, the template and the prefix. */
        public String sleutel() {
            return eventId + ":" + sjabloon + ":" + voorvoegsel;
        }
    }

    record Geparkeerd(Brief brief, Instant geparkeerdOp) {
    }
}
