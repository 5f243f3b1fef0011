package nl.jeugdlink.casus.casus.domain;

import java.util.Optional;

/** The casussen's stand at the Jeugdbeschermingstafel, by casus id. */
public interface JbtStanden {

    Optional<JbtStand> van(CasusId casusId);

    /**
     * Records the stand unless what is stored already is as far or further; answers whether it changed.
     * A stand for a casus this service does not know is kept all the same (the order of two topics is not
     * guaranteed).
     */
    boolean werkBij(CasusId casusId, JbtStand stand);
}
