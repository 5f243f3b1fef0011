package nl.jeugdlink.notificatie.contactpersoon.application;

import java.util.List;
import java.util.Optional;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersonen;
import nl.jeugdlink.notificatie.contactpersoon.domain.Contactpersoon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the contact directory: seeded from configuration, then maintained by a beheerder. */
public class ManagingContactpersonen {

    private static final Logger log = LoggerFactory.getLogger(ManagingContactpersonen.class);

    private final Contactpersonen contactpersonen;

    public ManagingContactpersonen(Contactpersonen contactpersonen) {
        this.contactpersonen = contactpersonen;
    }

    /**
     * Adds the configured entries that are not in the directory yet. An entry a beheerder changed
     * is left as it is: configuration is the starting point, the directory is the truth.
     */
    public void zaai(List<Contactpersoon> uitConfiguratie) {
        int nieuw = 0;
        for (Contactpersoon contactpersoon : uitConfiguratie) {
            if (contactpersonen.voegToeAlsNieuw(contactpersoon)) {
                nieuw++;
            }
        }
        log.info("contact directory seeded: {} configured, {} new", uitConfiguratie.size(), nieuw);
    }

    public Optional<Contactpersoon> vind(String medewerkerId) {
        return contactpersonen.vind(medewerkerId);
    }

    /** Stores the entry, replacing an earlier one with the same id. */
    public void legVast(Contactpersoon contactpersoon) {
        contactpersonen.bewaar(contactpersoon);
    }
}
