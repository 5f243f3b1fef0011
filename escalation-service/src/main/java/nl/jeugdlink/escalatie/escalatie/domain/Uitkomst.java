package nl.jeugdlink.escalatie.escalatie.domain;

/** How a step ends: the stagnation lifted, or on to the next step. */
public enum Uitkomst {
    OPGELOST,
    GEESCALEERD
}
