package nl.jeugdlink.intake.aanmelding.domain;

/**
 * A burgerservicenummer that passes the elfproef. Its {@link #toString()} never shows the number,
 * so it cannot leak into a log line or an error by accident.
 */
public record Bsn(String nummer) {

    public Bsn {
        if (!geldig(nummer)) {
            throw new IllegalArgumentException("geen geldig BSN");
        }
    }

    /** Nine digits, not all zero, and 9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11. */
    public static boolean geldig(String nummer) {
        if (nummer == null || !nummer.matches("[0-9]{9}") || nummer.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (nummer.charAt(i) - '0');
        }
        som -= nummer.charAt(8) - '0';
        return som % 11 == 0;
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
