package nl.jeugdlink.escalatie.termijn.domain;

import java.time.LocalDate;

/** Which days are public holidays in this region: a port, so the domain does not know where the calendar comes from. */
public interface Feestdagen {

    boolean isFeestdag(LocalDate dag);
}
