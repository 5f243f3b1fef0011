package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The gedragswetenschapper was involved at one of the fixed moments of a casus (000:203). */
public record GwMoment(Soort moment, String gedragswetenschapperId, LocalDate datum, Instant vastgelegdOp) {

    public enum Soort { START, KOERSBEPALING, KOERSWIJZIGING, VOORGENOMEN_AFSLUITING }
}
