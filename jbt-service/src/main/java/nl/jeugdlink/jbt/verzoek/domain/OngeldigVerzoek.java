package nl.jeugdlink.jbt.verzoek.domain;

import java.util.List;

/** Input that cannot be filed or recorded (the safety section missing, a decision without its three items): every field named. */
public final class OngeldigVerzoek extends Weigering {

    public OngeldigVerzoek(List<Formulier.Gebrek> gebreken) {
        super(gebreken);
    }
}
