package nl.jeugdlink.escalatie.termijn.domain;

import java.util.regex.Pattern;

/**
 * Which kind of deadline: an open code, one per rule in the region's configuration (ADR 0013). The
 * three of journey 1 are named here only because the seed-003 monitoring figure reads the first.
 */
public record Soort(String code) implements Comparable<Soort> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** First contact with the family, counted from the referral. */
    public static final Soort EERSTE_CONTACT = new Soort("EERSTE_CONTACT");
    /** Inventory, analysis and plan fixed, counted from the first contact. */
    public static final Soort PLAN = new Soort("PLAN");
    /** Help deployed or referred to, counted from the start of the traject: the first contact. */
    public static final Soort HULP_INGEZET = new Soort("HULP_INGEZET");

    public Soort {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a soort is 1 to 64 capitals, digits or _, starting with a capital: " + code);
        }
    }

    public static Soort of(String code) {
        return new Soort(code);
    }

    public String name() {
        return code;
    }

    @Override
    public int compareTo(Soort ander) {
        return code.compareTo(ander.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
