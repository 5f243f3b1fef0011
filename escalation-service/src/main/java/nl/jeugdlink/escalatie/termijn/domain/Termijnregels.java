package nl.jeugdlink.escalatie.termijn.domain;

/**
 * The region's terms in working days. One deployment serves one region, so these come from its
 * configuration; seed 003's values are the defaults (5 working days; 4 weeks; 6 weeks).
 */
public record Termijnregels(int eersteContactWerkdagen, int planWerkdagen, int hulpIngezetWerkdagen) {

    /** The published contract allows 1 to 250 working days (a year of work). */
    static final int MAXIMUM = 250;

    public Termijnregels {
        check("eerste-contact-werkdagen", eersteContactWerkdagen);
        check("plan-werkdagen", planWerkdagen);
        check("hulp-ingezet-werkdagen", hulpIngezetWerkdagen);
    }

    public static Termijnregels seed003() {
        return new Termijnregels(5, 20, 30);
    }

    public int werkdagen(Soort soort) {
        return switch (soort) {
            case EERSTE_CONTACT -> eersteContactWerkdagen;
            case PLAN -> planWerkdagen;
            case HULP_INGEZET -> hulpIngezetWerkdagen;
        };
    }

    private static void check(String naam, int werkdagen) {
        if (werkdagen < 1 || werkdagen > MAXIMUM) {
            throw new IllegalArgumentException(naam + " is 1 to " + MAXIMUM + " working days, not " + werkdagen);
        }
    }
}
