package nl.jeugdlink.jbt.verzoek.domain;

import java.util.List;
import java.util.Optional;

/**
 * The casussen the service learned from the case-service, by id. Each remembers everyone who held its regie (the
 * dossierhouder it opened with and every regisseur coupled since): they were involved with the family
 * ({@link Betrokkenheden#betrokken}). Written a consumer's poll at a time.
 */
public interface BekendeCasussen {

    /** A regisseur coupled to a casus by the inbound event {@code eventId} (its dedup). */
    record Koppeling(String casusId, String regisseurId, String eventId) {
    }

    /** Records opened casussen, in one write; per casus (by position) false when it was already known (a redelivery). */
    List<Boolean> voegToe(List<BekendeCasus> casussen);

    /**
     * Records the regisseurs coupled, in one write and in their order (two of one casus: the later holds the regie);
     * per coupling false when its casus is unknown or the event was applied before.
     */
    List<Boolean> koppelRegisseurs(List<Koppeling> koppelingen);

    default boolean voegToe(BekendeCasus casus) {
        return voegToe(List.of(casus)).getFirst();
    }

    default boolean koppelRegisseur(String casusId, String regisseurId, String eventId) {
        return koppelRegisseurs(List.of(new Koppeling(casusId, regisseurId, eventId))).getFirst();
    }

    Optional<BekendeCasus> find(String casusId);
}
