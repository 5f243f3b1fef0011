package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A care provider declines a toewijzing: it cannot give timely and/or suitable care (seed 002, Bouwsteen 5,
 * step 4; iJw has no message for it - a JW302 only says the JW301 arrived, IJW.md 0.1). The grond and
 * the reden are codes for the back office, the youth protector and the region's figures; the
 * toelichting is free text and stays in the routing.
 *
 * @param zoektocht step 5, once the case went to the provider network or the Regionaal Expertteam
 * @param zoektochtAfgeslotenOp when a new toewijzing to another provider closed the search the decline started (Bouwsteen 5, steps 5-6)
 */
public record Afwijzing(String afwijzingId, Grond grond, Reden reden, @Nullable String toelichting, Instant afgewezenOp, String afgewezenDoor,
        @Nullable Zoektocht zoektocht, @Nullable Instant zoektochtAfgeslotenOp) {

    /** A decline whose search has not begun. */
    public Afwijzing(String afwijzingId, Grond grond, Reden reden, @Nullable String toelichting, Instant afgewezenOp, String afgewezenDoor) {
        this(afwijzingId, grond, reden, toelichting, afgewezenOp, afgewezenDoor, null, null);
    }

    Afwijzing zoektochtAfgesloten(Instant op) {
        return new Afwijzing(afwijzingId, grond, reden, toelichting, afgewezenOp, afgewezenDoor, zoektocht, op);
    }

    Afwijzing met(Zoektocht nieuw) {
        return new Afwijzing(afwijzingId, grond, reden, toelichting, afgewezenOp, afgewezenDoor, nieuw, zoektochtAfgeslotenOp);
    }

    /** "Geen tijdige en/of passende hulp". */
    public enum Grond {
        GEEN_TIJDIGE_HULP,
        GEEN_PASSENDE_HULP,
        GEEN_TIJDIGE_EN_PASSENDE_HULP
    }

    /** Why, as the region counts it. */
    public enum Reden {
        WACHTLIJST,
        GEEN_PLAATS,
        ZORGVRAAG_PAST_NIET_BIJ_AANBOD,
        CONTRA_INDICATIE,
        VEILIGHEID,
        ANDERS
    }

    /** The text a person writes is bounded; the reason ANDERS needs one. */
    public static final int MAXIMALE_TOELICHTING = 2000;
}
