package nl.jeugdlink.casus.casus.domain;

import org.jspecify.annotations.Nullable;

/**
 * Why a professional of another organisation may see the casus: the legal ground of sharing the
 * family's data with them. The parents' consent on the referral covers the team formed at
 * screening and JeugdLink professionals added later. Beyond it, a professional documents the
 * weighing seed 003 asks for (003:431-449): is sharing the least intrusive step (subsidiariteit),
 * in proportion to its aim (proportionaliteit), and the most effective (doelmatigheid)? The family
 * is told, unless there is a documented reason not to.
 */
public record Grondslag(Soort soort, @Nullable Afweging afweging) {

    public enum Soort {
        TOESTEMMING,
        AFWEGING
    }

    /** The documented weighing. Its text may name the family, so {@link #toString()} hides it. */
    public record Afweging(String subsidiariteit, String proportionaliteit, String doelmatigheid, boolean gezinGeinformeerd,
            @Nullable String redenNietGeinformeerd) {

        @Override
        public String toString() {
            return "Afweging[verborgen, gezinGeinformeerd=" + gezinGeinformeerd + "]";
        }
    }

    public Grondslag {
        if (soort == Soort.AFWEGING) {
            if (afweging == null) {
                throw new OngeldigeInvoer("grondslag.afweging", "required", "Leg de afweging vast: subsidiariteit, proportionaliteit en doelmatigheid.");
            }
            verplicht("grondslag.afweging.subsidiariteit", afweging.subsidiariteit(), "Is delen de minst ingrijpende stap? Leg uit waarom.");
            verplicht("grondslag.afweging.proportionaliteit", afweging.proportionaliteit(), "Staan het delen en het doel in verhouding? Leg uit waarom.");
            verplicht("grondslag.afweging.doelmatigheid", afweging.doelmatigheid(), "Is delen het meest effectief? Leg uit waarom.");
            if (!afweging.gezinGeinformeerd()) {
                verplicht("grondslag.afweging.redenNietGeinformeerd", afweging.redenNietGeinformeerd(),
                        "Het gezin wordt geïnformeerd, tenzij er een reden is om dat niet te doen: leg die reden vast.");
            }
        } else if (afweging != null) {
            throw new OngeldigeInvoer("grondslag.afweging", "alleenBijAfweging", "Een afweging hoort bij grondslag AFWEGING, niet bij TOESTEMMING.");
        }
    }

    public static Grondslag toestemming() {
        return new Grondslag(Soort.TOESTEMMING, null);
    }

    /** For the audit record: the ground, never the weighing's text. */
    public String omschrijving() {
        if (soort == Soort.TOESTEMMING) {
            return "toestemming ouders bij de aanmelding";
        }
        return "gedocumenteerde afweging van subsidiariteit, proportionaliteit en doelmatigheid; gezin "
                + (afweging != null && afweging.gezinGeinformeerd() ? "geïnformeerd" : "niet geïnformeerd, reden vastgelegd");
    }

    private static void verplicht(String veld, @Nullable String waarde, String uitleg) {
        if (waarde == null || waarde.isBlank()) {
            throw new OngeldigeInvoer(veld, "required", uitleg);
        }
    }
}
