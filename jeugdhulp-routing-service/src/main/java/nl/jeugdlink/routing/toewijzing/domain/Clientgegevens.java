package nl.jeugdlink.routing.toewijzing.domain;

import java.util.Optional;

/** The client of each casus, by casus id, protected at rest by the adapter. */
public interface Clientgegevens {

    void bewaar(String casusId, Client client);

    Optional<Client> find(String casusId);
}
