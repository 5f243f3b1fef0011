package nl.jeugdlink.jbt.verzoek.domain;

/** Which of the two forms of Bijlage 3 (000:457): a talk, or an investigation by the Raad. */
public enum Verzoeksoort { BESPREKING, RAADSONDERZOEK }
