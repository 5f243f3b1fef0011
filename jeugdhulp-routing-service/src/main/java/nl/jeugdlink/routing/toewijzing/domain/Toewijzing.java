package nl.jeugdlink.routing.toewijzing.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Youth care of a casus assigned to one care provider: one JW301 ToegewezenProduct.
 *
 * @param toewijzingId our id (UUID)
 * @param toewijzingNummer the iJw ToewijzingNummer, unique per gemeente (TR332)
 * @param agbCode the care provider it is addressed to
 * @param toegewezenOp the JW301 Toewijzingsdatum/-tijd
 * @param toegewezenDoor the back-office employee
 * @param afwijzing the care provider's decline, when it declined
 * @param levering the care as started (JW305) and stopped (JW307), once the provider reported it
 * @param ontvangst the provider's JW302 on the JW301: its retourcodes (0200 = received without remark), the last one received
 * @param wijziging the last change of its einddatum (an intrekking), when the back office changed it
 * @param referentieAanbieder the provider's ReferentieAanbieder of the JW315 product this toewijzing honours (315 route), which its
 *     first JW301 carries (TR379); null on the 301 route
 * @param bepalingId the bepaling jeugdhulp the toewijzing carries out, when the back office named it (for the figure "bepaling to care
 *     started")
 * @param toewijzendeGemeente the municipality that assigned it when the woonplaatsbeginsel made another than the casus's responsible
 *     (its back office, its ToewijzingNummer, the JW301's Afzender); null: the casus's municipality
 */
public record Toewijzing(String toewijzingId, long toewijzingNummer, String agbCode, @Nullable Product product, LocalDate ingangsdatum,
        @Nullable LocalDate einddatum, @Nullable Omvang omvang, @Nullable Long budget, Instant toegewezenOp, String toegewezenDoor,
        @Nullable Afwijzing afwijzing, @Nullable Levering levering, @Nullable Ontvangst ontvangst, @Nullable Wijziging wijziging,
        @Nullable String referentieAanbieder, @Nullable String bepalingId, @Nullable String toewijzendeGemeente) {

    /** A toewijzing not (yet) declined. */
    public Toewijzing(String toewijzingId, long toewijzingNummer, String agbCode, @Nullable Product product, LocalDate ingangsdatum,
            @Nullable LocalDate einddatum, @Nullable Omvang omvang, @Nullable Long budget, Instant toegewezenOp, String toegewezenDoor) {
        this(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor, null, null, null,
                null, null, null, null);
    }

    /** The same toewijzing honouring the provider's requested product with this reference (TR379). */
    Toewijzing opVerzoek(@Nullable String referentie) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, levering, ontvangst, wijziging, referentie, bepalingId, toewijzendeGemeente);
    }

    /**
     * An intrekking (iJw procesbeschrijving 3.3.2): the back office brings the einddatum forward, with a RedenWijziging (JZ002); the
     * JW301 goes out again under the same ToewijzingNummer with the new einddatum. {@code volgnummer} counts the changes, so each
     * changed JW301 has its own BerichtIdentificatie (TR056).
     *
     * @param instemmingAanbieder whether the provider consented: required for an end in the past (OP186), recorded for rechtmatigheid
     * @param vervangenDoor the toewijzing that continues it when an aanpassing or correctie ended it (null for a plain intrekking): the
     *        change is one JW301, that toewijzing's, carrying both (OP087)
     */
    public record Wijziging(String redenWijziging, @Nullable LocalDate vorigeEinddatum, int volgnummer, Instant gewijzigdOp, String gewijzigdDoor,
            boolean instemmingAanbieder, @Nullable String vervangenDoor) {
    }

    /**
     * The BerichtIdentificatie of this toewijzing's JW301 as it stands (unique per municipality, TR056): {@code T<number>}, and a changed
     * toewijzing a new message under the same number, {@code T<number>W<change>}.
     */
    public String jw301Identificatie() {
        return wijziging == null ? "T" + toewijzingNummer : "T" + toewijzingNummer + "W" + wijziging.volgnummer();
    }

    /** The same toewijzing, assigned by the municipality the woonplaatsbeginsel makes responsible (null: the casus's). */
    Toewijzing doorGemeente(@Nullable String gemeente) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, levering, ontvangst, wijziging, referentieAanbieder, bepalingId, gemeente);
    }

    /** The municipality that assigned it: its own when the woonplaatsbeginsel named another, else the casus's. */
    public String gemeente(String casusGemeente) {
        return toewijzendeGemeente == null ? casusGemeente : toewijzendeGemeente;
    }

    /** Removed with reason 13 (a correction or a mistake): void, it counts for nothing and nothing changes it. */
    public boolean isVerwijderd() {
        return wijziging != null && "13".equals(wijziging.redenWijziging());
    }

    Toewijzing gewijzigd(LocalDate nieuweEinddatum, Wijziging nieuw) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, nieuweEinddatum, omvang, budget, toegewezenOp,
                toegewezenDoor, afwijzing, levering, ontvangst, nieuw, referentieAanbieder, bepalingId, toewijzendeGemeente);
    }

    Toewijzing afgewezen(Afwijzing door) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                door, levering, ontvangst, wijziging, referentieAanbieder, bepalingId, toewijzendeGemeente);
    }

    /** The same toewijzing carrying out this bepaling. */
    Toewijzing volgens(@Nullable String bepaling) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, levering, ontvangst, wijziging, referentieAanbieder, bepaling, toewijzendeGemeente);
    }

    /** The toewijzing as if never started: its start withdrawn. */
    Toewijzing zonderLevering() {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, null, ontvangst, wijziging, referentieAanbieder, bepalingId, toewijzendeGemeente);
    }

    Toewijzing met(Levering nieuw) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, nieuw, ontvangst, wijziging, referentieAanbieder, bepalingId, toewijzendeGemeente);
    }

    Toewijzing met(Ontvangst nieuw) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, levering, nieuw, wijziging, referentieAanbieder, bepalingId, toewijzendeGemeente);
    }

    /** Whether the care provider with this AGB code may see it: only what is addressed to its own code. */
    public boolean isVoor(@Nullable String agb) {
        return agbCode.equals(agb);
    }
}
