package nl.jeugdlink.notificatie.webhook.domain;

import java.util.List;
import java.util.Optional;

/** A provider's subscriptions, kept together by its AGB code. */
public interface Abonnementen {

    List<Abonnement> van(String agbCode);

    default Optional<Abonnement> vind(String agbCode, String id) {
        return van(agbCode).stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds or replaces it by its id. */
    void bewaar(Abonnement abonnement);

    /** @return false when the provider had no subscription with that id */
    boolean verwijder(String agbCode, String id);
}
