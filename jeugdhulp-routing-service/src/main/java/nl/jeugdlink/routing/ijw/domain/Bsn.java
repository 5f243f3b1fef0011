package nl.jeugdlink.routing.ijw.domain;

/**
 * The burgerservicenummer's form as iJw checks it: 9 digits (RS015) passing the 11-proef (CS002,
 * retourcode 0001): 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11.
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn.length() != 9 || !bsn.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
