package nl.jeugdlink.platform.inzage;

/** The two rounds of a request: the BSN resolved to the child's keys (the intake alone), then every service's part by them. */
public enum Ronde {
    SLEUTELS,
    DELEN
}
