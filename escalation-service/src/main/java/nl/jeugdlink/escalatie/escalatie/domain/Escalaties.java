package nl.jeugdlink.escalatie.escalatie.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stored escalations, with their outgoing events in the same write: the port the use cases
 * write through. All escalations of one traject are one record (keyed by the referral, as the
 * deadline topic is), so its events stay in order with the deadlines their steps start.
 */
public interface Escalaties {

    /** The escalations of the traject of this referral, oldest first. */
    List<Escalatie> vanTraject(String aanmeldingId);

    /**
     * Writes a new escalation with its events; the change runs again on a fresh copy after a lost race.
     */
    Escalatie.Wijziging nieuw(String aanmeldingId, java.util.function.Supplier<Escalatie.Wijziging> nieuw);

    /** Loads the escalation, changes it and writes it with its events, in one write. */
    Optional<Escalatie.Wijziging> wijzig(String aanmeldingId, String escalatieId, Function<Escalatie, Escalatie.Wijziging> wijziging);

    /** The escalations of these municipalities with minutes approved in [van, tot), for the learning report (not a hot path). */
    List<Escalatie> metGoedgekeurdVerslag(java.util.Set<String> gemeenten, Instant van, Instant tot);
}
