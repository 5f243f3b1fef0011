package nl.jeugdlink.contracts.routing;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The municipality's back office has assigned youth care of a casus to a care provider: the content
 * of one iJw JW301 ToegewezenProduct (IJW.md 1.5). Ids and codes only: no BSN, no names.
 *
 * @param toewijzingId the toewijzing (UUID)
 * @param toewijzingNummer the iJw ToewijzingNummer, unique per gemeente (TR332)
 * @param casusId the casus the care is for
 * @param aanmeldingId the referral the casus came from
 * @param gemeenteCode the assigning municipality, CBS code
 * @param agbCode the care provider's AGB code (8 digits)
 * @param product category (JZ020) and optional product code; null for a generic toewijzing (budget only)
 * @param ingangsdatum first day of the toewijzing
 * @param einddatum last day, or null when open-ended
 * @param omvang volume, unit and frequency; null when a budget is assigned
 * @param budget budget in eurocent; null when an omvang is assigned
 * @param toegewezenOp when it was assigned (the JW301 Toewijzingsdatum/-tijd)
 * @param toegewezenDoor the back-office employee's id
 * @param bepalingId the bepaling jeugdhulp this toewijzing carries out, when the back office named it; null otherwise (and in events
 *     published before it was carried)
 * @param volgensBepaling whether it carries out a bepaling ({@code bepalingId} set): a rule can ask this of the event, where it cannot
 *     ask whether a field is there (the Bouwsteen 5 terms from the bepaling to the JW301)
 * @param jw301Identificatie the BerichtIdentificatie of the JW301 now waiting for the provider ({@code T<nummer>}), which it fetches over
 *     its message API (the message carries the client: it never crosses Kafka); null in events published before it was carried
 * @param toewijzendeGemeente the municipality that assigned it, the JW301's Afzender, whose number it is (TR332): under the
 *     woonplaatsbeginsel another than the casus's {@code gemeenteCode}; null in events published before it was carried
 */
public record JeugdhulpToegewezen(
        String toewijzingId,
        long toewijzingNummer,
        String casusId,
        String aanmeldingId,
        String gemeenteCode,
        String agbCode,
        @Nullable Product product,
        LocalDate ingangsdatum,
        @Nullable LocalDate einddatum,
        @Nullable Omvang omvang,
        @Nullable Long budget,
        Instant toegewezenOp,
        String toegewezenDoor,
        @Nullable String bepalingId,
        boolean volgensBepaling,
        @Nullable String jw301Identificatie,
        @Nullable String toewijzendeGemeente) {

    /**
     * @param categorie JZ020 productcategorie, 2 positions
     * @param code the regional product code (at most 5 positions), or null for an aspecific toewijzing
     */
    public record Product(String categorie, @Nullable String code) {
    }

    /**
     * @param volume 1 to 99 999 999
     * @param eenheid WJ756 code, e.g. {@code 04} (uur)
     * @param frequentie WMO757 code, e.g. {@code 2} (per week)
     */
    public record Omvang(int volume, String eenheid, String frequentie) {
    }
}
