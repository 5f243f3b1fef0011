package nl.jeugdlink.casus.casus.domain;

/** Whether a child was seen and/or spoken with in one conversation. */
public record Kindcontact(String kindId, boolean gezien, boolean gesproken) {
}
