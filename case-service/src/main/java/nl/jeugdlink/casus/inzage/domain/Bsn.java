package nl.jeugdlink.casus.inzage.domain;

/** A BSN as a beheerder types it: nine digits passing the 11-test (the intake checks a referral's the same way). */
public final class Bsn {

    private Bsn() {
    }

    public static boolean geldig(String bsn) {
        if (!bsn.matches("[0-9]{9}")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
