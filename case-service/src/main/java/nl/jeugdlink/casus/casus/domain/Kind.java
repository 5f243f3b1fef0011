package nl.jeugdlink.casus.casus.domain;

/** A child of the family, by pseudonymous id, with its age band at screening. */
public record Kind(String kindId, Leeftijdscategorie leeftijdscategorie) {
}
