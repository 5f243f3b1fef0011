package nl.jeugdlink.jbt.verzoek.domain;

import java.time.LocalDate;
import java.util.List;

/** One weekly moment of a table: the time of day it begins (Dutch local time), its capacity and the requests planned in it. */
public record Tafelmoment(String tafel, LocalDate datum, java.time.LocalTime aanvang, int capaciteit, List<String> verzoekIds) {

    public Tafelmoment {
        verzoekIds = List.copyOf(verzoekIds);
    }

    public boolean heeftRuimte() {
        return verzoekIds.size() < capaciteit;
    }
}
