package nl.jeugdlink.jbt.verzoek.domain;

import java.util.List;

/**
 * The request refuses a command, naming each field and rule. Two kinds, because the API answers
 * them differently: the input is not good enough ({@link OngeldigVerzoek}, 400) or the request says
 * no in its current state ({@link Regelschending}, 409).
 */
public abstract sealed class Weigering extends RuntimeException permits OngeldigVerzoek, Regelschending {

    private final List<Formulier.Gebrek> gebreken;

    Weigering(List<Formulier.Gebrek> gebreken) {
        super(gebreken.isEmpty() ? "geweigerd" : gebreken.get(0).uitleg());
        this.gebreken = List.copyOf(gebreken);
    }

    public List<Formulier.Gebrek> gebreken() {
        return gebreken;
    }
}
