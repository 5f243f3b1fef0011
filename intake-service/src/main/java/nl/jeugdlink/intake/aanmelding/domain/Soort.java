package nl.jeugdlink.intake.aanmelding.domain;

/** The kinds of referral: the JeugdLink form (Bijlage 1), the zorgtafel form (Bijlage 2), or an anonymous consult. */
public enum Soort {
    JEUGDLINK,
    ZORGTAFEL,
    /** Without parental consent JeugdLink only advises anonymously: no personal data is kept. */
    ANONIEM_CONSULT
}
