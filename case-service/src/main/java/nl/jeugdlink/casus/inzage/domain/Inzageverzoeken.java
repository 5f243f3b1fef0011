package nl.jeugdlink.casus.inzage.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The requests, each stored with the rounds it asks in one write (outbox). */
public interface Inzageverzoeken {

    enum Uitkomst { ONBEKEND, ONGEWIJZIGD, GEWIJZIGD }

    void add(Inzageverzoek verzoek, List<Inzageverzoek.Gebeurtenis> events);

    Optional<Inzageverzoek> find(String id);

    /**
     * Loads the request, applies {@code stap} and stores the result with the rounds it returns in one write, again on a fresh copy
     * after a concurrent write. {@code stap} answers null when it changed nothing (a redelivered part).
     */
    Uitkomst wijzig(String id, Function<Inzageverzoek, @Nullable List<Inzageverzoek.Gebeurtenis>> stap);

    /**
     * The requests whose parts fall due on a day up to and including {@code tot}, as the due index names them (written when a
     * request completes; read by day, never by looking through the requests). An id may name a request not due after all.
     */
    List<String> teVerwijderenTot(LocalDate tot);

    /** The due index's days before {@code dag} are done with: their entries go. */
    void afgehandeldVoor(LocalDate dag);
}
