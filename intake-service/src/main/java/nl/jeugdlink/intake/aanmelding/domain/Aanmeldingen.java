package nl.jeugdlink.intake.aanmelding.domain;

import java.util.List;
import java.util.Optional;

/** All referrals, and the port through which they are stored with their events in one write. */
public interface Aanmeldingen {

    /**
     * Stores a new referral together with its events.
     *
     * @return false when a referral with this id already exists (nothing was changed)
     */
    boolean add(Aanmelding aanmelding, List<AanmeldingEvent> events);

    Optional<Aanmelding> find(AanmeldingId id);
}
