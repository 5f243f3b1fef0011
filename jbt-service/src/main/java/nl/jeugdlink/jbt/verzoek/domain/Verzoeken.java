package nl.jeugdlink.jbt.verzoek.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** The requests, stored with their outgoing events in one write (ADR 0016), found by id. */
public interface Verzoeken {

    Optional<Verzoek> find(String verzoekId);

    /** Inserts a new request with its events; false when one with its id exists (a redelivered draft). */
    boolean voegToe(Verzoek verzoek, List<VerzoekEvent> events);

    /**
     * Changes the request with this id and stores it with the events the change returns, run again on
     * the fresh copy after a lost race; empty when there is no such request.
     */
    Optional<Verzoek> wijzig(String verzoekId, Function<Verzoek, List<VerzoekEvent>> wijziging);

    /** As {@link #wijzig}, starting from what {@code nieuw} makes when there is no request yet. */
    Verzoek wijzigOfMaak(String verzoekId, Supplier<Verzoek> nieuw, Function<Verzoek, List<VerzoekEvent>> wijziging);
}
