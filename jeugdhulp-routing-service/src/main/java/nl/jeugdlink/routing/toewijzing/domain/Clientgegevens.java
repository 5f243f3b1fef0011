package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Optional;

/** The client of each casus, by casus id, protected at rest by the adapter. */
public interface Clientgegevens {

    void bewaar(String casusId, Client client);

    Optional<Client> find(String casusId);

    /**
     * The casussen whose client was ever given with this BSN (by a keyed index, never the BSN itself): a client corrected since may still
     * be listed, so a caller checks {@link #find} before it acts.
     */
    java.util.List<String> casussenVan(String bsn);
}
