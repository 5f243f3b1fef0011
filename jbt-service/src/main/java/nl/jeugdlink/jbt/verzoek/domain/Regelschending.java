package nl.jeugdlink.jbt.verzoek.domain;

import java.util.List;

/** A command the request refuses in its current state (already filed, already decided, not filed). */
public final class Regelschending extends Weigering {

    public Regelschending(String veld, String regel, String uitleg) {
        super(List.of(new Formulier.Gebrek(veld, regel, uitleg)));
    }
}
