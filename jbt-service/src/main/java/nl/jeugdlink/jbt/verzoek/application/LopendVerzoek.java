package nl.jeugdlink.jbt.verzoek.application;

import nl.jeugdlink.jbt.verzoek.domain.Verzoek;
import nl.jeugdlink.jbt.verzoek.domain.Verzoeken;
import nl.jeugdlink.jbt.verzoek.domain.Verzoekreeksen;

/**
 * Which request a filing or a closure "naar JBT" works on: the casus's latest, unless the table decided
 * it, then the next one. Two reads by {@code _id}; the next one is started with a compare-and-set.
 */
final class LopendVerzoek {

    private LopendVerzoek() {
    }

    static String idVan(String casusId, Verzoekreeksen reeksen, Verzoeken verzoeken) {
        String laatste = reeksen.laatste(casusId);
        boolean afgerond = verzoeken.find(laatste).map(Verzoek::afgerond).orElse(false);
        return afgerond ? reeksen.volgendNa(casusId, laatste) : laatste;
    }
}
