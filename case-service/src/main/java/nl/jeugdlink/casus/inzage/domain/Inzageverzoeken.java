package nl.jeugdlink.casus.inzage.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The requests, each stored with the rounds it asks in one write (outbox). */
public interface Inzageverzoeken {

    enum Uitkomst { ONBEKEND, ONGEWIJZIGD, GEWIJZIGD }

    void add(Inzageverzoek verzoek, List<Inzageverzoek.RondeGevraagd> events);

    Optional<Inzageverzoek> find(String id);

    /**
     * Loads the request, applies {@code stap} and stores the result with the rounds it returns in one write, again on a fresh copy
     * after a concurrent write. {@code stap} answers null when it changed nothing (a redelivered part).
     */
    Uitkomst wijzig(String id, Function<Inzageverzoek, @Nullable List<Inzageverzoek.RondeGevraagd>> stap);
}
