package nl.jeugdlink.escalatie.escalatie.application;

import java.util.Optional;

/** Which traject (referral and municipality) a casus belongs to, as the deadline clock learnt from the casus topic. */
public interface Trajectregister {

    record TrajectVanCasus(String aanmeldingId, String gemeenteCode) {
    }

    Optional<TrajectVanCasus> vanCasus(String casusId);
}
