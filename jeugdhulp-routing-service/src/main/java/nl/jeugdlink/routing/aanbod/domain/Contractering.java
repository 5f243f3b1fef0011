package nl.jeugdlink.routing.aanbod.domain;

import java.time.LocalDate;

/**
 * What the municipality's own contract register says about a provider's product on a day. Where the municipality keeps a register,
 * it decides who is listed; without one the provider's own statement of its contract stands (the region's start).
 */
@FunctionalInterface
public interface Contractering {

    enum Dekking {
        /** The municipality keeps no register: the provider's statement counts. */
        GEEN_REGISTER,
        GECONTRACTEERD,
        NIET_GECONTRACTEERD
    }

    Dekking dekking(String gemeenteCode, String agbCode, String categorie, String code, LocalDate op);
}
