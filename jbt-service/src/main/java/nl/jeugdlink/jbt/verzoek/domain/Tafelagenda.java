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

    /** Takes a place at the moment for the request; false when it is full. Taking it again is a no-op. */
    boolean reserveer(Tafel tafel, LocalDate datum, String verzoekId);

    /** The table's moments from {@code vanaf} up to and including {@code tot}: capacity and who is planned. */
    List<Tafelmoment> momenten(Tafel tafel, LocalDate vanaf, LocalDate tot);

    /** The chair sets the capacity of one moment (0 closes it, say on a holiday); places taken stay taken. */
    Tafelmoment stelCapaciteitIn(Tafel tafel, LocalDate datum, int capaciteit);

    /** Gives back the request's place (its planning could not be stored). */
    void geefVrij(Tafel tafel, LocalDate datum, String verzoekId);
}
