package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two Bouwsteen 5 routes to youth care under a measure (seed 002), by the iJw message that starts the allocation: on route 301
 * (the local team's) the youth protector consults the local team within 3 working days and the back office sends the JW301; on route
 * 315 (the provider's) the youth protector consults the local team and a provider within 5 working days, steps 2-3 take 2 weeks, and
 * the provider asks for the allocation with a JW315.
 */
public enum Aanmeldroute {
    LOKALE_TOEGANG("301"),
    ZORGAANBIEDER("315");

    private final String code;

    Aanmeldroute(String code) {
        this.code = code;
    }

    /** As the region names it: {@code 301} or {@code 315}. */
    public String code() {
        return code;
    }

    public static Optional<Aanmeldroute> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
