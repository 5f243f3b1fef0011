package nl.jeugdlink.jbt.verzoek.domain;

import java.time.Instant;
import java.time.LocalDate;

/** When and at which table the request is talked about; {@code buurtafel} when that is the neighbouring table. */
public record Planning(String tafel, LocalDate datum, boolean buurtafel, String geplandDoor, Instant geplandOp) {
}
