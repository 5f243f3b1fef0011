package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Arrays;
import java.util.Optional;

/** iJw code list WMO757: how often the volume of an omvang is delivered. */
public enum Frequentie {
    PER_DAG("1"),
    PER_WEEK("2"),
    PER_MAAND("4"),
    TOTAAL_BINNEN_GELDIGHEIDSDUUR("6");

    private final String code;

    Frequentie(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Frequentie> vanCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
