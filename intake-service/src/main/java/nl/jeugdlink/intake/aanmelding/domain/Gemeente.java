package nl.jeugdlink.intake.aanmelding.domain;

import java.util.Arrays;
import java.util.Optional;

/** The municipalities of jeugdhulpregio FoodValley (seed 001), by CBS code. */
public enum Gemeente {
    EDE("GM0228", "Ede"),
    BARNEVELD("GM0203", "Barneveld"),
    NIJKERK("GM0267", "Nijkerk"),
    SCHERPENZEEL("GM0279", "Scherpenzeel"),
    VEENENDAAL("GM0345", "Veenendaal"),
    RHENEN("GM0340", "Rhenen"),
    RENSWOUDE("GM0339", "Renswoude");

    private final String cbsCode;
    private final String naam;

    Gemeente(String cbsCode, String naam) {
        this.cbsCode = cbsCode;
        this.naam = naam;
    }

    public String cbsCode() {
        return cbsCode;
    }

    public String naam() {
        return naam;
    }

    public static Optional<Gemeente> metCbsCode(String code) {
        return Arrays.stream(values()).filter(g -> g.cbsCode.equals(code)).findFirst();
    }
}
