package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;

/** How and when the casus was closed, with the monitoring categories of 000:139. */
public record Afsluiting(Reden reden, String door, Instant op) {

    public enum Reden { DOELEN_BEHAALD, ST_KAN_WEER_VERDER, NAAR_JBT, ANDERS }
}
