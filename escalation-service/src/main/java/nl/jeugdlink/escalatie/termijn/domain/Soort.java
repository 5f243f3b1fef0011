package nl.jeugdlink.escalatie.termijn.domain;

/** The deadlines of a traject (seed 003:405-412), each counted in working days from its own start. */
public enum Soort {
    /** First contact with the family, counted from the referral. */
    EERSTE_CONTACT,
    /** Inventory, analysis and plan fixed, counted from the first contact. */
    PLAN,
    /** Help deployed or referred to, counted from the start of the traject: the first contact. */
    HULP_INGEZET
}
