package nl.jeugdlink.casus.casus.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How and when the casus was closed, with the monitoring categories of 000:139; and the closure form
 * (Bijlage 4), null only for casussen closed before the form was kept.
 */
public record Afsluiting(Reden reden, String door, Instant op, @Nullable Afsluitformulier formulier) {

    public enum Reden { DOELEN_BEHAALD, ST_KAN_WEER_VERDER, NAAR_JBT, ANDERS }
}
