package nl.jeugdlink.jbt.verzoek.domain;

import java.util.Optional;

/** The casussen the service learned from the case-service, by id. */
public interface BekendeCasussen {

    /** Records an opened casus; false when it was already known (a redelivery). */
    boolean voegToe(BekendeCasus casus);

    /** Records the regisseur coupled last; false when the casus is unknown or the event was applied before. */
    boolean koppelRegisseur(String casusId, String regisseurId, String eventId);

    Optional<BekendeCasus> find(String casusId);
}
