package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;

/** The chair sent a filed request back for missing information (002:450); kept, every time. */
public record Terugsturing(String reden, String door, Instant op) {
}
