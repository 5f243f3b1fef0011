package nl.jeugdlink.escalatie.termijn.domain;

import java.util.Locale;

/**
 * A term: so many Dutch working days, or so many calendar weeks, after the start day. Written in
 * configuration as {@code "5 werkdagen"} or {@code "6 weken"}.
 */
public record Termijnduur(int aantal, Eenheid eenheid) {

    public enum Eenheid { WERKDAGEN, WEKEN }

    /** The published contract allows 1 to 250 working days (a year of work); weeks likewise up to a year. */
    static final int MAXIMUM_WERKDAGEN = 250;
    static final int MAXIMUM_WEKEN = 52;

    public Termijnduur {
        int maximum = eenheid == Eenheid.WERKDAGEN ? MAXIMUM_WERKDAGEN : MAXIMUM_WEKEN;
        if (aantal < 1 || aantal > maximum) {
            throw new IllegalArgumentException("a term is 1 to " + maximum + " " + eenheid.name().toLowerCase(Locale.ROOT) + ", not " + aantal);
        }
    }

    public static Termijnduur werkdagen(int aantal) {
        return new Termijnduur(aantal, Eenheid.WERKDAGEN);
    }

    public static Termijnduur weken(int aantal) {
        return new Termijnduur(aantal, Eenheid.WEKEN);
    }

    /** Reads {@code "20 werkdagen"}, {@code "1 werkdag"}, {@code "6 weken"} or {@code "1 week"}. */
    public static Termijnduur parse(String tekst) {
        String[] delen = tekst.trim().split("\\s+");
        if (delen.length != 2) {
            throw new IllegalArgumentException("a term reads like '5 werkdagen' or '6 weken', not '" + tekst + "'");
        }
        int aantal;
        try {
            aantal = Integer.parseInt(delen[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a term starts with a whole number, not '" + tekst + "'", e);
        }
        return switch (delen[1].toLowerCase(Locale.ROOT)) {
            case "werkdag", "werkdagen" -> werkdagen(aantal);
            case "week", "weken" -> weken(aantal);
            default -> throw new IllegalArgumentException("a term is in werkdagen or weken, not '" + delen[1] + "'");
        };
    }

    @Override
    public String toString() {
        return aantal + (eenheid == Eenheid.WERKDAGEN ? " werkdagen" : " weken");
    }
}
