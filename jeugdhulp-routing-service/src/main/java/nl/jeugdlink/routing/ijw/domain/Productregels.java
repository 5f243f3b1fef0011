package nl.jeugdlink.routing.ijw.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CD conditions and CS constraints of one product block that need nothing but the block itself (IJW.md 1.5, 1.6):
 * a toewijzing's ToegewezenProduct (JW301) and a requested AangevraagdProduct (JW315) share them, so they live here once.
 * The toewijzing turns a broken rule into a {@code 400} naming the field, the JW315 into retourcode 0001 on the product.
 * Code lists and ranges are not checked here: the XSD holds them for a message, the toewijzing's own input checks for REST.
 */
public final class Productregels {

    /** CS338 (JW301) / CS343 (JW315): these units are counted per week, month or in total, never per day. */
    private static final Set<String> NIET_PER_DAG = Set.of("14", "16", "83", "84");
    private static final String PER_DAG = "1";
    private static final String PER_WEEK = "2";

    private Productregels() {
    }

    /** A rule, with the name each message gives it (iJw names the same constraint CS338 in a JW301 and CS343 in a JW315). */
    public enum Regel {
        CS003("CS003", "CS003"),
        CD079("CD079", "CD079"),
        CD077("CD077", "CD077"),
        CD078("CD078", "CD078"),
        CD075("CD075", "CD075"),
        CD041("CD041", "CD041"),
        CD076("CD076", "CD076"),
        CS338("CS338", "CS343");

        private final String inToewijzing;
        private final String inVerzoek;

        Regel(String inToewijzing, String inVerzoek) {
            this.inToewijzing = inToewijzing;
            this.inVerzoek = inVerzoek;
        }

        /** Its name in a JW301 ToegewezenProduct. */
        public String inToewijzing() {
            return inToewijzing;
        }

        /** Its name in a JW315 AangevraagdProduct. */
        public String inVerzoek() {
            return inVerzoek;
        }
    }

    /**
     * One broken rule.
     *
     * @param veld the element it is about, as the toewijzing's request names it ({@code einddatum}, {@code omvang.frequentie})
     */
    public record Schending(Regel regel, String veld, String reden) {
    }

    /**
     * A product block as the rules read it.
     *
     * @param product whether a Product (category) is given
     * @param code the product code, when given
     * @param omvang whether an Omvang is given
     * @param eenheid the omvang's WJ756 unit, or null when there is none (or it could not be read)
     * @param frequentie the omvang's WMO757 frequency, or null likewise
     * @param budget whether a Budget is given
     */
    public record Blok(boolean product, @Nullable String code, @Nullable LocalDate ingangsdatum, @Nullable LocalDate einddatum, boolean omvang,
            @Nullable String eenheid, @Nullable String frequentie, boolean budget) {
    }

    /** Every rule the block breaks, in a fixed order. */
    public static List<Schending> controleer(Blok blok) {
        List<Schending> schendingen = new ArrayList<>();
        if (blok.ingangsdatum() != null && blok.einddatum() != null && blok.einddatum().isBefore(blok.ingangsdatum())) {
            schendingen.add(new Schending(Regel.CS003, "einddatum", "De einddatum mag niet voor de ingangsdatum liggen."));
        }
        if (!blok.product() && !blok.budget()) {
            schendingen.add(new Schending(Regel.CD079, "product", "Een product is verplicht als er geen budget is."));
        }
        if (blok.omvang() && blok.budget()) {
            schendingen.add(new Schending(Regel.CD077, "omvang", "Geef een omvang of een budget, niet allebei."));
            schendingen.add(new Schending(Regel.CD078, "budget", "Geef een omvang of een budget, niet allebei."));
        }
        if (blok.budget() && blok.einddatum() == null) {
            schendingen.add(new Schending(Regel.CD075, "einddatum", "Een toewijzing met een budget heeft een einddatum."));
        }
        if (blok.product() && blok.code() != null && !blok.omvang()) {
            schendingen.add(new Schending(Regel.CD041, "omvang", "Een toewijzing met een productcode heeft een omvang."));
        }
        if (PER_WEEK.equals(blok.frequentie()) && blok.einddatum() == null) {
            schendingen.add(new Schending(Regel.CD076, "einddatum", "Een omvang per week heeft een einddatum."));
        }
        if (blok.eenheid() != null && NIET_PER_DAG.contains(blok.eenheid()) && PER_DAG.equals(blok.frequentie())) {
            schendingen.add(new Schending(Regel.CS338, "omvang.frequentie",
                    "Bij eenheid etmaal, dagdeel, euro's of stuks (inspanning) is de frequentie per week, per maand of totaal."));
        }
        return schendingen;
    }
}
