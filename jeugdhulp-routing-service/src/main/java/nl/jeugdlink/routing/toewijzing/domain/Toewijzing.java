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
 */
public record Toewijzing(String toewijzingId, long toewijzingNummer, String agbCode, @Nullable Product product, LocalDate ingangsdatum,
        @Nullable LocalDate einddatum, @Nullable Omvang omvang, @Nullable Long budget, Instant toegewezenOp, String toegewezenDoor,
        @Nullable Afwijzing afwijzing, @Nullable Levering levering, @Nullable Ontvangst ontvangst) {

    /** A toewijzing not (yet) declined. */
    public Toewijzing(String toewijzingId, long toewijzingNummer, String agbCode, @Nullable Product product, LocalDate ingangsdatum,
            @Nullable LocalDate einddatum, @Nullable Omvang omvang, @Nullable Long budget, Instant toegewezenOp, String toegewezenDoor) {
        this(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor, null, null, null);
    }

    Toewijzing afgewezen(Afwijzing door) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                door, levering, ontvangst);
    }

    Toewijzing met(Levering nieuw) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, nieuw, ontvangst);
    }

    Toewijzing met(Ontvangst nieuw) {
        return new Toewijzing(toewijzingId, toewijzingNummer, agbCode, product, ingangsdatum, einddatum, omvang, budget, toegewezenOp, toegewezenDoor,
                afwijzing, levering, nieuw);
    }

    /** Whether the care provider with this AGB code may see it: only what is addressed to its own code. */
    public boolean isVoor(@Nullable String agb) {
        return agbCode.equals(agb);
    }
}
