package nl.jeugdlink.escalatie.termijn.domain;

/** Whom a breach of a deadline concerns: a role in an organisation or municipality (a CBS code, an AGB code ...). */
public record Betrokkene(String rol, String organisatie) {
}
