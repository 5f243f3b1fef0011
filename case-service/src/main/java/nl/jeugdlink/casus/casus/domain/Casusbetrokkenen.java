package nl.jeugdlink.casus.casus.domain;

import java.util.Optional;

/** The port through which the people involved in a casus are read, by the casus's id, without the casus itself. */
public interface Casusbetrokkenen {

    /** Who is involved in the casus; empty when there is no casus with this id. */
    Optional<Betrokkenen> van(CasusId id);
}
