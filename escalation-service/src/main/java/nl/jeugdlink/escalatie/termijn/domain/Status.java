package nl.jeugdlink.escalatie.termijn.domain;

/**
 * Where a deadline stands. {@link #OPEN}, {@link #OPGESCHORT} and {@link #OVERSCHREDEN} are still
 * running (not met); the other three are final and never change again.
 */
public enum Status {
    OPEN,
    /** Passed without being met; reported once, and still waiting to be met or to lapse. */
    OVERSCHREDEN,
    GEHAALD,
    TE_LAAT_GEHAALD,
    /** The traject ended (referral declined, casus closed) before the deadline was met. */
    VERVALLEN,
    /** Suspended (opschorting): the clock stands still until it is resumed; it cannot pass meanwhile. */
    OPGESCHORT;

    public boolean lopend() {
        return this == OPEN || this == OVERSCHREDEN || this == OPGESCHORT;
    }
}
