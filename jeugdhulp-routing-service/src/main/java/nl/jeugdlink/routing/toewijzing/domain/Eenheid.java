package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Arrays;
import java.util.Optional;

/** iJw code list WJ756: the unit of an omvang. */
public enum Eenheid {
    MINUUT("01"),
    UUR("04"),
    ETMAAL("14"),
    DAGDEEL("16"),
    STUKS_OUTPUT("82"),
    EUROS("83"),
    STUKS_INSPANNING("84");

    private final String code;

    Eenheid(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Eenheid> vanCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
