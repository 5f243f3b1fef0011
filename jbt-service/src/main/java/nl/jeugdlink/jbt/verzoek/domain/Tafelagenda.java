package nl.jeugdlink.jbt.verzoek.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The tables and their weekly moments: which has room, and reserving a place in one. */
public interface Tafelagenda {

    /** The table that serves this municipality. */
    Optional<Tafel> tafelVoor(String gemeenteCode);

    Optional<Tafel> tafel(String naam);

    /** The table's moments from {@code vanaf} up to and including {@code tot} that still have room, in order. */
    List<LocalDate> vrijeMomenten(Tafel tafel, LocalDate vanaf, LocalDate tot);

    /**
     * Takes a place at the moment for the request: the one beginning at {@code tijdstip} when the chair named it, else the
     * first free one (see {@link Tafelmoment#kiesPlaats}). The moment with it; empty when it is full. Taking it again is a no-op.
     */
    Optional<Tafelmoment> reserveer(Tafel tafel, LocalDate datum, String verzoekId, java.time.@org.jspecify.annotations.Nullable LocalTime tijdstip);

    /** The table's moments from {@code vanaf} up to and including {@code tot}: capacity and who is planned. */
    List<Tafelmoment> momenten(Tafel tafel, LocalDate vanaf, LocalDate tot);

    /**
     * The chair sets the capacity of one moment (0 closes it, say on a holiday) and, when given, its time of day; places
     * taken stay taken (a later time reaches the talks planned from then on).
     */
    Tafelmoment stelIn(Tafel tafel, LocalDate datum, int capaciteit, java.time.@org.jspecify.annotations.Nullable LocalTime aanvang);

    /**
     * Moves a request planned at the moment to the place beginning at {@code tijdstip} (see {@link Tafelmoment#plaatsOm}); the
     * moment with it. Every other request keeps the place it holds. Moving to its own place is a no-op.
     */
    Tafelmoment verzet(Tafel tafel, LocalDate datum, String verzoekId, java.time.LocalTime tijdstip);

    /** Gives back the request's place (its planning could not be stored). */
    void geefVrij(Tafel tafel, LocalDate datum, String verzoekId);
}
